-- Running downgrade c3c3c3c3c3c3 -> b2b2b2b2b2b2, add posts
BEGIN;
DROP TABLE posts;
DELETE FROM users WHERE id = 1;
UPDATE autogen_version SET version_num='b2b2b2b2b2b2' WHERE autogen_version.version_num = 'c3c3c3c3c3c3';
COMMIT;

-- Running downgrade b2b2b2b2b2b2 -> a1a1a1a1a1a1, add bio
BEGIN;
ALTER TABLE users DROP COLUMN bio;
UPDATE autogen_version SET version_num='a1a1a1a1a1a1' WHERE autogen_version.version_num = 'b2b2b2b2b2b2';
COMMIT;

-- Running downgrade a1a1a1a1a1a1 -> , create users
BEGIN;
DROP TABLE users;
DELETE FROM autogen_version WHERE autogen_version.version_num = 'a1a1a1a1a1a1';
COMMIT;

