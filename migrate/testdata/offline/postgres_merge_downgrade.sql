-- Running downgrade eeee00000005 -> dddd00000004, index concurrently
-- transaction false: the statements run outside a transaction
UPDATE autogen_version SET version_num='dddd00000004' WHERE autogen_version.version_num = 'eeee00000005';

-- Running downgrade dddd00000004 -> cccc00000003, bbbb00000002, merge
BEGIN;
INSERT INTO autogen_version (version_num) VALUES ('cccc00000003');
UPDATE autogen_version SET version_num='bbbb00000002' WHERE autogen_version.version_num = 'dddd00000004';
COMMIT;

-- Running downgrade cccc00000003 -> aaaa00000001, right
BEGIN;
DROP TABLE c;
DELETE FROM autogen_version WHERE autogen_version.version_num = 'cccc00000003';
COMMIT;

-- Running downgrade bbbb00000002 -> aaaa00000001, left
BEGIN;
DROP TABLE b;
UPDATE autogen_version SET version_num='aaaa00000001' WHERE autogen_version.version_num = 'bbbb00000002';
COMMIT;

-- Running downgrade aaaa00000001 -> , base
BEGIN;
DROP TABLE a;
DELETE FROM autogen_version WHERE autogen_version.version_num = 'aaaa00000001';
COMMIT;

