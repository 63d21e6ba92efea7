-- autogen:revision b2c3d4e5f6a7
-- autogen:revises a1b2c3d4e5f6
-- autogen:message drop bio, unique email
-- autogen:created 2026-11-25T12:00:00Z
-- Generated for mysql. Review it before you apply it.
-- MySQL and MariaDB DDL is not transactional: each statement commits on its own.
-- If one fails, the ones before it stay applied and the runner records the
-- revision as half-applied in autogen_dirty until it is fixed by hand.
--
-- Hazards: 1 error (DL102), 1 warning (IR101), 1 info (DF101).
-- Each is a "-- hazard: CODE: text" line before its statement (codes: README, Hazards).
-- Live checks: ran at generation time, read-only, each query bounded by 5s.
-- The data can change before this runs: the guard statements at the top of a
-- section stop the migration early when a check no longer holds.
--
-- Not compared:
--   in this database, outside the models: view active_users
--   the models cannot express: data moves

-- autogen:up
-- guard DF101: stop here if users.email has duplicate values; 100% sure it's a bug (the data may have changed since autogen checked it)
SELECT 'autogen guard DF101: users.email has duplicate values; 100% sure it''s a bug' AS guard,
  (SELECT 1 FROM (SELECT 1 AS n UNION ALL SELECT 2) AS two WHERE EXISTS (SELECT `email` FROM `users` GROUP BY `email` HAVING count(*) > 1)) AS fails_when_violated;
-- hazard: DL102: users.bio: 2 non-NULL values are lost by DROP COLUMN
-- hazard: DF101: users.email: 0 duplicate values now; guarded
-- modify "users" table
ALTER TABLE `users` DROP COLUMN `bio`, ADD UNIQUE INDEX `idx_users_email` (`email`);

-- autogen:down
-- This downgrade cannot restore data: what the upgrade drops or converts does not come back (IR101 below).
-- hazard: IR101: the downgrade re-creates users.bio empty
-- modify "users" table
ALTER TABLE `users` ADD COLUMN `bio` varchar(100) NULL, DROP INDEX `idx_users_email`;
