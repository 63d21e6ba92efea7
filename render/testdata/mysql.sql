-- autogen:revision a1b2c3d4e5f6
-- autogen:revises <base>
-- autogen:message Create users: the first table!
-- autogen:created 2026-11-25T12:00:00Z
-- Generated for mysql. Review it before you apply it.
-- MySQL and MariaDB DDL is not transactional: each statement commits on its own.
-- If one fails, the ones before it stay applied and the runner records the
-- revision as half-applied in autogen_dirty until it is fixed by hand.

-- autogen:up
-- create "users" table
CREATE TABLE `users` (`id` bigint unsigned NOT NULL AUTO_INCREMENT, `email` varchar(255) NOT NULL, PRIMARY KEY (`id`), UNIQUE INDEX `idx_users_email` (`email`));

-- autogen:down
-- drop "users" table
DROP TABLE `users`;
