package hazard_test

import (
	"testing"

	"github.com/autogen-dev/autogen/dburl"
)

var (
	pg     = []dburl.Dialect{dburl.Postgres}
	my     = []dburl.Dialect{dburl.MySQL}
	lite   = []dburl.Dialect{dburl.SQLite}
	pgMy   = []dburl.Dialect{dburl.Postgres, dburl.MySQL}
	pgLite = []dburl.Dialect{dburl.Postgres, dburl.SQLite}
)

const usersDDL = "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100))"

// TestDataHazards: data loss (DL) and data-dependent failures (DF), each
// against rows that trigger it, with the live numbers in the text.
func TestDataHazards(t *testing.T) {
	forDialects(t, []hcase{{
		name: "clean",
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x')",
		want: usersDDL + ";\nCREATE TABLE tags ({{id}}, name varchar(50));\nCREATE INDEX idx_tags_name ON tags (name)",
		// No upgrade flag; the downgrade drops the new table.
		none:   true,
		expect: []string{`IR102 ^the downgrade drops table tags: whatever was written to it since the upgrade is lost$`},
	}, {
		name: "drop table",
		cur:  usersDDL + ";\nCREATE TABLE old_logs ({{id}}, msg varchar(20))",
		data: "INSERT INTO old_logs (msg) VALUES ('a'), ('b'), ('c')",
		want: usersDDL,
		expect: []string{
			`DL101 ^drop table old_logs: 3 rows are lost$`,
			`BC101 old_logs is dropped`,
			`IR101 ^the downgrade re-creates table old_logs empty: the upgrade drops 3 rows that it does not restore$`,
		},
	}, {
		name: "drop empty table",
		cur:  usersDDL + ";\nCREATE TABLE old_logs ({{id}}, msg varchar(20))",
		want: usersDDL,
		expect: []string{
			`DL101 ^drop table old_logs: the table is empty now; nothing is lost$`,
		},
	}, {
		name: "drop column",
		cur:  usersDDL,
		data: "INSERT INTO users (email, bio) VALUES ('a', 'x'), ('b', 'y'), ('c', NULL)",
		want: "CREATE TABLE users ({{id}}, email varchar(255))",
		expect: []string{
			`DL102 ^users.bio: 2 non-NULL values are lost by DROP COLUMN$`,
			`BC101 users.bio is dropped`,
			`IR101 ^the downgrade re-creates users.bio empty \(NULL or its default\): the upgrade drops 2 values that it does not restore$`,
		},
	}, {
		name: "possible column rename",
		cur:  "CREATE TABLE people ({{id}}, name varchar(100))",
		data: "INSERT INTO people (name) VALUES ('ann'), ('bob')",
		want: "CREATE TABLE people ({{id}}, full_name varchar(100))",
		expect: []string{
			`DL103 ^possible rename: people.name -> people.full_name; if so, tag the field autogen:"renamed_from:name"; otherwise DROP COLUMN loses 2 non-NULL values$`,
			`IR102 the downgrade drops people.full_name`,
		},
	}, {
		name: "possible table rename",
		cur:  usersDDL + ";\nCREATE TABLE logs ({{id}}, msg varchar(20))",
		data: "INSERT INTO logs (msg) VALUES ('a'), ('b')",
		want: usersDDL + ";\nCREATE TABLE events ({{id}}, msg varchar(20))",
		expect: []string{
			`DL103 ^possible rename: logs -> events; if so, put //autogen:renamed_from logs in the model type's doc comment; otherwise DROP TABLE loses 2 rows$`,
		},
	}, {
		name: "unique over duplicates",
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x'), ('a@x'), ('b@x'), ('b@x'), ('b@x'), ('c@x'), (NULL), (NULL)",
		want: usersDDL + ";\nCREATE UNIQUE INDEX idx_users_email ON users (email)",
		expect: []string{
			`DF101 ^users.email: 2 duplicate values; CREATE UNIQUE INDEX will fail$`,
		},
	}, {
		name: "unique over clean data",
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x'), ('b@x'), (NULL), (NULL)",
		want: usersDDL + ";\nCREATE UNIQUE INDEX idx_users_email ON users (email)",
		expect: []string{
			`DF101 ^users.email: 0 duplicate values now; the guard stops the migration if some arrive before it runs$`,
		},
	}, {
		name: "not null over nulls",
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x'), (NULL), (NULL)",
		want: "CREATE TABLE users ({{id}}, email varchar(255) NOT NULL, bio varchar(100))",
		expect: []string{
			`DF102 ^users.email: 2 rows are NULL; .* will fail$`,
			`BC103 users.email becomes NOT NULL`,
		},
		perDialect: map[dburl.Dialect]hcase{dburl.Postgres: {expect: []string{
			`DF102 ^users.email: 2 rows are NULL; SET NOT NULL will fail$`,
			`LK106 ^users.email: SET NOT NULL scans, under an ACCESS EXCLUSIVE lock, users \(3 rows\)$`,
			`BC103 users.email becomes NOT NULL`,
		}}},
	}, {
		name: "required column on a table with rows",
		only: pgLite,
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a'), ('b'), ('c')",
		want: "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), age integer NOT NULL)",
		expect: []string{
			`DF103 ^users.age: NOT NULL without a default on a table with 3 rows; ADD COLUMN will fail$`,
			`BC103 users.age: new required column`,
			`IR102 ^the downgrade drops users.age: whatever was written to it since the upgrade is lost$`,
		},
	}, {
		name: "foreign key over orphans",
		cur:  "CREATE TABLE authors ({{id}});\nCREATE TABLE posts ({{id}}, author_id {{ref}})",
		data: "INSERT INTO authors (id) VALUES (1);\nINSERT INTO posts (author_id) VALUES (1), (2), (3), (NULL)",
		want: "CREATE TABLE authors ({{id}});\nCREATE TABLE posts ({{id}}, author_id {{ref}}, CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES authors (id))",
		expect: []string{
			`DF104 ^posts.author_id -> authors: 2 rows point at no authors row; the foreign key will fail$`,
			`LK104 ^posts.author_id -> authors: .* posts \(4 rows\)$`,
		},
		perDialect: map[dburl.Dialect]hcase{dburl.SQLite: {expect: []string{
			`DF104 ^posts.author_id -> authors: 2 rows point at no authors row; the foreign key will fail$`,
			`RW105 posts \(4 rows\)`,
		}}},
	}, {
		name: "check over violating rows",
		cur:  "CREATE TABLE items ({{id}}, qty integer)",
		data: "INSERT INTO items (qty) VALUES (5), (-1), (-2), (NULL)",
		want: "CREATE TABLE items ({{id}}, qty integer, CONSTRAINT chk_qty CHECK (qty >= 0))",
		expect: []string{
			`DF105 ^items check chk_qty \(.*qty.* >= 0.*\): 2 rows violate it; adding it will fail$`,
		},
		perDialect: map[dburl.Dialect]hcase{dburl.MySQL: {expect: []string{
			`DF105 ^items check chk_qty \(.*qty.* >= 0.*\): 2 rows violate it; adding it will fail$`,
			`LK105 ^items check chk_qty .*: ADD CHECK copies and blocks writes to items \(4 rows\)$`,
		}}},
	}, {
		name: "narrowed varchar over long values",
		only: pgMy,
		cur:  "CREATE TABLE users ({{id}}, name varchar(20))",
		data: "INSERT INTO users (name) VALUES ('abcdefgh'), ('ab'), ('xxxxxxx'), (NULL)",
		want: "CREATE TABLE users ({{id}}, name varchar(5))",
		expect: []string{
			`DF106 ^users.name: 2 values are longer than 5 characters; the type change will fail$`,
			`BC105 users.name: type`,
		},
	}, {
		name: "narrowed integer over large values",
		only: pgMy,
		cur:  "CREATE TABLE counters ({{id}}, n bigint)",
		data: "INSERT INTO counters (n) VALUES (1), (3000000000), (-3000000000)",
		want: "CREATE TABLE counters ({{id}}, n integer)",
		expect: []string{
			`DF106 ^counters.n: 2 values are outside -2147483648..2147483647; the type change will fail$`,
		},
	}, {
		name: "text to integer",
		only: pgMy,
		cur:  "CREATE TABLE users ({{id}}, age varchar(10))",
		data: "INSERT INTO users (age) VALUES ('12'), ('x1'), ('')",
		want: "CREATE TABLE users ({{id}}, age integer)",
		perDialect: map[dburl.Dialect]hcase{
			dburl.Postgres: {expect: []string{`DF106 ^users.age: PostgreSQL has no automatic cast from character varying\(10\) to integer`}},
			dburl.MySQL:    {expect: []string{`DF106 ^users.age: 2 values are not integers; the type change will fail$`}},
		},
	}, {
		name: "enum value in use",
		only: my,
		cur:  "CREATE TABLE tickets ({{id}}, state enum('open','closed','spam'))",
		data: "INSERT INTO tickets (state) VALUES ('open'), ('spam'), ('spam')",
		want: "CREATE TABLE tickets ({{id}}, state enum('open','closed'))",
		expect: []string{
			`DF107 ^tickets.state: 2 rows hold removed enum values 'spam'; the change will fail$`,
			`RW104 ^tickets.state: the enum change copies tickets \(3 rows\)$`,
		},
	}, {
		name: "non-constant default on sqlite",
		only: lite,
		cur:  "CREATE TABLE items ({{id}}, name varchar(10))",
		data: "INSERT INTO items (name) VALUES ('a'), ('b')",
		want: "CREATE TABLE items ({{id}}, name varchar(10), created_at datetime DEFAULT CURRENT_TIMESTAMP)",
		expect: []string{
			`DF108 ^items.created_at: non-constant default on a table with 2 rows: ALTER TABLE ADD COLUMN would fail, so autogen rebuilds the table \(RW105\)$`,
			`RW105 ^rebuild copies every row of items \(2 rows\)$`,
		},
	}})
}
