-- autogen:revision a1b2c3d4e5f6
-- autogen:revises <base>
-- autogen:message Create users: the first table!
-- autogen:created 2026-11-25T12:00:00Z
-- Generated for sqlite. Review it before you apply it.
-- SQLite: the runner turns foreign keys off around this file and runs
-- PRAGMA foreign_key_check before it commits, so table rebuilds keep child rows.

-- autogen:up
-- create "users" table
CREATE TABLE `users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `email` varchar(255) NOT NULL);
-- create index "idx_users_email" on "users"
CREATE UNIQUE INDEX `idx_users_email` ON `users` (`email`);

-- autogen:down
-- drop "users" table
DROP TABLE `users`;
