-- Running upgrade a1a1a1a1a1a1 -> b2b2b2b2b2b2, add bio
BEGIN;
ALTER TABLE users ADD COLUMN bio text;
UPDATE autogen_version SET version_num='b2b2b2b2b2b2' WHERE autogen_version.version_num = 'a1a1a1a1a1a1';
COMMIT;

