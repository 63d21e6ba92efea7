CREATE TABLE IF NOT EXISTS autogen_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT autogen_version_pkc PRIMARY KEY (version_num));

-- Running upgrade  -> aaaa00000001, base
BEGIN;
CREATE TABLE a (x integer);
INSERT INTO autogen_version (version_num) VALUES ('aaaa00000001');
COMMIT;

-- Running upgrade aaaa00000001 -> bbbb00000002, left
BEGIN;
CREATE TABLE b (x integer);
UPDATE autogen_version SET version_num='bbbb00000002' WHERE autogen_version.version_num = 'aaaa00000001';
COMMIT;

-- Running upgrade aaaa00000001 -> cccc00000003, right
BEGIN;
CREATE TABLE c (x integer);
INSERT INTO autogen_version (version_num) VALUES ('cccc00000003');
COMMIT;

-- Running upgrade cccc00000003, bbbb00000002 -> dddd00000004, merge
BEGIN;
DELETE FROM autogen_version WHERE autogen_version.version_num = 'cccc00000003';
UPDATE autogen_version SET version_num='dddd00000004' WHERE autogen_version.version_num = 'bbbb00000002';
COMMIT;

-- Running upgrade dddd00000004 -> eeee00000005, index concurrently
-- transaction false: the statements run outside a transaction
CREATE INDEX CONCURRENTLY i ON a (x);
UPDATE autogen_version SET version_num='eeee00000005' WHERE autogen_version.version_num = 'dddd00000004';

