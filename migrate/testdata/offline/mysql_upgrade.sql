-- MySQL commits each statement on its own: there is no BEGIN/COMMIT. Run it with
-- the client stopping at the first error; the statements before it stay applied.

CREATE TABLE IF NOT EXISTS autogen_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT autogen_version_pkc PRIMARY KEY (version_num)) ENGINE=InnoDB;

-- Running upgrade  -> a1a1a1a1a1a1, create users
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO autogen_version (version_num) VALUES ('a1a1a1a1a1a1');

-- Running upgrade a1a1a1a1a1a1 -> b2b2b2b2b2b2, add bio
ALTER TABLE users ADD COLUMN bio text;
UPDATE autogen_version SET version_num='b2b2b2b2b2b2' WHERE autogen_version.version_num = 'a1a1a1a1a1a1';

-- Running upgrade b2b2b2b2b2b2 -> c3c3c3c3c3c3, add posts
CREATE TABLE posts (id integer PRIMARY KEY, user_id integer REFERENCES users (id));
INSERT INTO users (id, name) VALUES (1, 'semi;colon');
INSERT INTO posts (id, user_id) VALUES (1, 1);
UPDATE autogen_version SET version_num='c3c3c3c3c3c3' WHERE autogen_version.version_num = 'b2b2b2b2b2b2';

