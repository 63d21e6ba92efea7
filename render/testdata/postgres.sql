-- autogen:revision a1b2c3d4e5f6
-- autogen:revises <base>
-- autogen:message Create users: the first table!
-- autogen:created 2026-11-25T12:00:00Z
-- Generated for postgres. Review it before you apply it.

-- autogen:up
-- create "users" table
CREATE TABLE "users" ("id" bigserial NOT NULL, "email" character varying(255) NOT NULL, PRIMARY KEY ("id"));
-- create index "idx_users_email" on "users"
CREATE UNIQUE INDEX "idx_users_email" ON "users" ("email");

-- autogen:down
-- drop "users" table
DROP TABLE "users";
