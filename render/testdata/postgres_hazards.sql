-- autogen:revision b2c3d4e5f6a7
-- autogen:revises a1b2c3d4e5f6
-- autogen:message drop bio, unique email
-- autogen:created 2026-11-25T12:00:00Z
-- Generated for postgres. Review it before you apply it.
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
DO $autogen$ BEGIN IF EXISTS (SELECT "email" FROM "users" GROUP BY "email" HAVING count(*) > 1) THEN
  RAISE EXCEPTION 'autogen guard DF101: users.email has duplicate values; 100%% sure it''s a bug';
END IF; END $autogen$;
-- hazard: DL102: users.bio: 2 non-NULL values are lost by DROP COLUMN
-- modify "users" table
ALTER TABLE "users" DROP COLUMN "bio";
-- hazard: DF101: users.email: 0 duplicate values now; guarded
-- create index "idx_users_email" on "users"
CREATE UNIQUE INDEX "idx_users_email" ON "users" ("email");

-- autogen:down
-- This downgrade cannot restore data: what the upgrade drops or converts does not come back (IR101 below).
-- drop index "idx_users_email" on "users"
DROP INDEX "idx_users_email";
-- hazard: IR101: the downgrade re-creates users.bio empty
-- modify "users" table
ALTER TABLE "users" ADD COLUMN "bio" character varying(100) NULL;
