-- autogen:revision b2c3d4e5f6a7
-- autogen:revises a1b2c3d4e5f6
-- autogen:message drop bio, unique email
-- autogen:created 2026-11-25T12:00:00Z
-- Generated for sqlite. Review it before you apply it.
-- SQLite: the runner turns foreign keys off around this file and runs
-- PRAGMA foreign_key_check before it commits, so table rebuilds keep child rows.
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
  abs((SELECT -9223372036854775807 - 1 FROM (SELECT `email` FROM `users` GROUP BY `email` HAVING count(*) > 1) LIMIT 1)) AS fails_when_violated;
-- hazard: DL102: users.bio: 2 non-NULL values are lost by DROP COLUMN
-- create "new_users" table
CREATE TABLE `new_users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `email` varchar(255) NOT NULL);
-- copy rows from old table "users" to new temporary table "new_users"
INSERT INTO `new_users` (`id`, `email`) SELECT `id`, `email` FROM `users`;
-- drop "users" table after copying rows
DROP TABLE `users`;
-- rename temporary table "new_users" to "users"
ALTER TABLE `new_users` RENAME TO `users`;
-- hazard: DF101: users.email: 0 duplicate values now; guarded
-- create index "idx_users_email" on "users"
CREATE UNIQUE INDEX `idx_users_email` ON `users` (`email`);

-- autogen:down
-- This downgrade cannot restore data: what the upgrade drops or converts does not come back (IR101 below).
-- hazard: IR101: the downgrade re-creates users.bio empty
-- add column "bio" on "users"
ALTER TABLE `users` ADD COLUMN `bio` varchar;
-- drop index "idx_users_email" on "users"
DROP INDEX `idx_users_email`;
