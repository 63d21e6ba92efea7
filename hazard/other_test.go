package hazard_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// TestOtherHazards: silent data changes, rewrites, locks, transactions,
// backward incompatibility, downgrades and performance, each on the
// dialects where it applies.
func TestOtherHazards(t *testing.T) {
	long := strings.Repeat("x", 70)
	forDialects(t, []hcase{{
		name:   "zero-fill of a required column",
		only:   my,
		cur:    usersDDL,
		data:   "INSERT INTO users (email) VALUES ('a'), ('b'), ('c')",
		want:   "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), age integer NOT NULL)",
		expect: []string{`SD101 ^users.age: NOT NULL without a default: MySQL fills 3 rows with the type's zero value$`},
	}, {
		name: "decimal rounding",
		only: pgMy,
		cur:  "CREATE TABLE prices ({{id}}, amount decimal(10,4))",
		data: "INSERT INTO prices (amount) VALUES (2.0050), (1.5), (3.1416), (NULL)",
		want: "CREATE TABLE prices ({{id}}, amount decimal(10,2))",
		expect: []string{
			`SD102 ^prices.amount: 2 values are rounded to 2 decimal places, silently$`,
			`IR101 ^the downgrade cannot undo the conversion of prices.amount: 2 values stay as converted$`,
		},
	}, {
		name: "time zone shift",
		only: pgMy,
		cur:  "CREATE TABLE events ({{id}}, at timestamp with time zone)",
		data: "INSERT INTO events (at) VALUES ('2024-01-01 12:00:00+00'), ('2024-06-01 12:00:00+00')",
		want: "CREATE TABLE events ({{id}}, at timestamp)",
		perDialect: map[dburl.Dialect]hcase{dburl.MySQL: {
			cur:  "CREATE TABLE events ({{id}}, at timestamp NULL)",
			data: "INSERT INTO events (at) VALUES ('2024-01-01 12:00:00'), ('2024-06-01 12:00:00')",
			want: "CREATE TABLE events ({{id}}, at datetime NULL)",
		}},
		expect: []string{`SD102 converts 2 values in the session's time zone \(the session's (TimeZone|time_zone) is .+\)$`},
	}, {
		name:      "not null without strict mode",
		only:      my,
		nonStrict: true,
		cur:       usersDDL,
		data:      "INSERT INTO users (email) VALUES ('a@x'), (NULL), (NULL)",
		want:      "CREATE TABLE users ({{id}}, email varchar(255) NOT NULL, bio varchar(100))",
		expect:    []string{`SD103 ^sql_mode is not strict \("NO_ENGINE_SUBSTITUTION"\): users.email becomes NOT NULL and MySQL stores zero values in place of NULLs, without an error; users.email: 2 rows are NULL`},
	}, {
		name:   "modify drops attributes",
		only:   my,
		cur:    "CREATE TABLE docs ({{id}}, title varchar(10) COMMENT 'shown in lists', updated_at timestamp NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP)",
		want:   "CREATE TABLE docs ({{id}}, title varchar(20), updated_at timestamp NULL DEFAULT NULL)",
		expect: []string{`SD104 ^docs.title: MODIFY COLUMN restates the column from the models and drops COMMENT 'shown in lists'$`},
	}, {
		name: "rebuild loses trigger and check",
		only: lite,
		cur:  "CREATE TABLE items ({{id}}, qty integer CHECK (qty >= 0), name varchar(10));\nCREATE TRIGGER items_audit AFTER INSERT ON items BEGIN SELECT 1; END",
		data: "INSERT INTO items (qty, name) VALUES (1, 'a')",
		want: "CREATE TABLE items ({{id}}, qty integer NOT NULL DEFAULT 0, name varchar(10))",
		expect: []string{
			`SD105 ^items: the rebuild drops trigger items_audit and does not re-create it$`,
			`SD105 ^items: the table has CHECK constraints the models do not carry`,
			`RW105 ^rebuild copies every row of items \(1 row\)$`,
		},
	}, {
		name:       "identifier too long",
		only:       pgMy,
		cur:        usersDDL,
		want:       usersDDL,
		editSchema: func(s *schema.Schema) { addIndex(s, "users", "idx_"+long, "email") },
		expect:     []string{`SD106 ^index idx_x+ is 74 (bytes|characters) long`},
	}, {
		name: "type change rewrites",
		only: pgMy,
		cur:  "CREATE TABLE counters ({{id}}, n integer)",
		data: "INSERT INTO counters (n) VALUES (1), (2), (3)",
		want: "CREATE TABLE counters ({{id}}, n bigint)",
		expect: []string{
			`RW101 ^counters.n: integer -> bigint rewrites counters \(3 rows\)$|^counters.n: int(\(11\))? -> bigint(\(20\))? copies \(ALGORITHM=COPY, writes blocked\) counters \(3 rows\)$`,
			`BC105 ^counters.n: type`,
		},
	}, {
		name:   "type change on sqlite",
		only:   lite,
		cur:    "CREATE TABLE counters ({{id}}, n varchar(10))",
		data:   "INSERT INTO counters (n) VALUES ('1')",
		want:   "CREATE TABLE counters ({{id}}, n integer)",
		expect: []string{`BC105 ^counters.n: type varchar(\(10\))? -> integer: clients see the new type$`, `RW105 counters \(1 row\)`},
	}, {
		name: "volatile default",
		only: pgMy,
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a')",
		want: "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), token uuid DEFAULT gen_random_uuid())",
		perDialect: map[dburl.Dialect]hcase{dburl.MySQL: {
			want: "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), token varchar(36) DEFAULT (uuid()))",
		}},
		expect: []string{`RW102 ^users.token: DEFAULT .*uuid\(\).* is computed per row: ADD COLUMN rewrites users \(1 row\)$`},
	}, {
		name: "serial column added",
		only: pgMy,
		cur:  "CREATE TABLE codes (code varchar(10) PRIMARY KEY)",
		data: "INSERT INTO codes (code) VALUES ('a'), ('b')",
		want: "CREATE TABLE codes (code varchar(10) PRIMARY KEY, n bigserial)",
		perDialect: map[dburl.Dialect]hcase{dburl.MySQL: {
			want: "CREATE TABLE codes (code varchar(10) PRIMARY KEY, n bigint NOT NULL AUTO_INCREMENT, UNIQUE KEY uq_n (n))",
		}},
		expect: []string{`RW103 ^codes.n: adding a (serial|AUTO_INCREMENT) column rewrites codes \(2 rows\)$`},
	}, {
		name: "index added and dropped",
		cur:  usersDDL + ";\nCREATE INDEX idx_users_bio ON users (bio)",
		data: "INSERT INTO users (email, bio) VALUES ('a', 'x'), ('b', 'y'), ('c', 'z')",
		want: usersDDL + ";\nCREATE INDEX idx_users_email ON users (email)",
		expect: []string{
			`PF102 ^index idx_users_email is built over 3 rows of users$`,
			`PF101 ^index idx_users_bio on users`,
		},
		perDialect: map[dburl.Dialect]hcase{dburl.MySQL: {expect: []string{
			`PF102 ^index idx_users_email is built over 3 rows of users$`,
			`PF101 ^index idx_users_bio on users(: 0 scans since the statistics were reset| is dropped: queries that use it get slower \(usage unknown: performance_schema is off\))`,
		}}, dburl.Postgres: {expect: []string{
			`PF102 ^index idx_users_email is built over 3 rows of users$`,
			`PF101 ^index idx_users_bio on users: 0 scans since the statistics were reset; nothing seems to use it$`,
			`LK101 ^index idx_users_email: CREATE INDEX without CONCURRENTLY blocks writes while it reads users \(3 rows\)$`,
			`LK102 ^index idx_users_bio: DROP INDEX without CONCURRENTLY blocks reads and writes of users \(3 rows\)$`,
			`TX103 ^users: lock_timeout is 0 \(wait forever\)`,
		}}},
	}, {
		name:   "index created concurrently",
		only:   pg,
		cur:    usersDDL,
		want:   usersDDL + ";\nCREATE INDEX idx_users_email ON users (email)",
		editUp: concurrentIndexes,
		expect: []string{`TX101 ^index idx_users_email: CREATE INDEX CONCURRENTLY cannot run inside a transaction`},
	}, {
		name: "primary key added",
		only: pg,
		cur:  "CREATE TABLE logs (code varchar(10) NOT NULL, msg varchar(10));\nCREATE PUBLICATION autogen_test_pub FOR TABLE logs",
		data: "INSERT INTO logs (code) VALUES ('a'), ('b')",
		want: "CREATE TABLE logs (code varchar(10) PRIMARY KEY, msg varchar(10))",
		expect: []string{
			`LK103 ^primary key: built under an ACCESS EXCLUSIVE lock on logs \(2 rows\)$`,
			`DF101 ^logs.code: 0 duplicate values now`,
			`BC107 ^logs is in publication autogen_test_pub: changing its primary key changes its replica identity`,
		},
	}, {
		name: "partial DDL on MySQL",
		only: my,
		cur:  "CREATE TABLE accounts ({{id}});\n" + usersDDL,
		data: "INSERT INTO users (email) VALUES ('a'), ('a')",
		want: "CREATE TABLE accounts ({{id}}, note text);\n" + usersDDL + ";\nCREATE UNIQUE INDEX idx_users_email ON users (email)",
		expect: []string{
			`TX102 ^MySQL commits each DDL statement: if this one fails \(DF101\), what ran before it \(1 change\) stays applied`,
			`TX103 ^accounts: lock_wait_timeout is \d+s`,
			`IR104 ^MySQL cannot roll back DDL: if a step of this 2-step downgrade fails`,
		},
	}, {
		name: "scan inside the transaction",
		only: pg,
		cur:  "CREATE TABLE accounts ({{id}});\nCREATE TABLE items ({{id}}, qty integer)",
		data: "INSERT INTO items (qty) VALUES (1)",
		want: "CREATE TABLE accounts ({{id}}, note text);\nCREATE TABLE items ({{id}}, qty integer, CONSTRAINT chk_qty CHECK (qty >= 0))",
		expect: []string{
			`TX104 ^the scan inside the revision's transaction keeps earlier locks while it reads items \(1 row\)$`,
			`LK105 validated under an ACCESS EXCLUSIVE lock over items \(1 row\)$`,
			`DF105 0 rows violate it now`,
		},
	}, {
		name:   "rename declared",
		cur:    "CREATE TABLE people ({{id}}, name varchar(100))",
		want:   "CREATE TABLE people ({{id}}, full_name varchar(100))",
		editUp: asRename,
		expect: []string{`BC102 ^people.name renamed to full_name: the running application still uses the old name until it is deployed$`},
	}, {
		name: "relaxed and re-tightened",
		cur:  "CREATE TABLE users ({{id}}, email varchar(255) NOT NULL DEFAULT 'none', bio varchar(100))",
		want: "CREATE TABLE users ({{id}}, email varchar(255) DEFAULT 'unknown', bio varchar(100))",
		expect: []string{
			`BC104 ^users.email becomes nullable`,
			`BC106 ^users.email: default .*none.* -> .*unknown.*: GORM leaves zero values`,
		},
		perDialect: map[dburl.Dialect]hcase{
			dburl.Postgres: {expect: []string{`IR103 ^the downgrade re-tightens: users.email becomes NOT NULL: SET NOT NULL fails if a row holds NULL \(on data written since the upgrade\); guarded$`}},
			dburl.MySQL:    {expect: []string{`IR103 ^the downgrade re-tightens: users.email becomes NOT NULL: MODIFY COLUMN ... NOT NULL fails if a row holds NULL \(on data written since the upgrade\); guarded$`}},
			dburl.SQLite: {expect: []string{`BC104 ^users.email becomes nullable`, `BC106 ^users.email: default`,
				`RW105 ^rebuild copies every row of users`}},
		},
	}, {
		name: "foreign key dropped",
		cur:  "CREATE TABLE authors ({{id}});\nCREATE TABLE posts ({{id}}, author_id {{ref}}, CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES authors (id))",
		want: "CREATE TABLE authors ({{id}});\nCREATE TABLE posts ({{id}}, author_id {{ref}})",
		expect: []string{
			`BC108 ^foreign key fk_posts_author of posts dropped`,
			`IR103 ^the downgrade re-tightens: posts.author_id -> authors: the foreign key fails if a row points at no authors row`,
		},
	}, {
		name:   "auto-increment removed",
		only:   my,
		cur:    "CREATE TABLE items (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(10))",
		data:   "INSERT INTO items (name) VALUES ('a'), ('b')",
		want:   "CREATE TABLE items (id bigint NOT NULL PRIMARY KEY, name varchar(10))",
		expect: []string{`DL104 ^items.id: dropping AUTO_INCREMENT loses its AUTO_INCREMENT counter over 2 rows`},
	}, {
		name:   "identity removed",
		only:   pg,
		cur:    "CREATE TABLE items (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name varchar(10))",
		data:   "INSERT INTO items (name) VALUES ('a'), ('b')",
		want:   "CREATE TABLE items (id bigint PRIMARY KEY, name varchar(10))",
		expect: []string{`DL104 ^items.id: dropping identity loses its identity counter over 2 rows`},
	}, {
		name:   "rebuild resets the autoincrement counter",
		only:   lite,
		cur:    "CREATE TABLE items ({{id}}, name varchar(10))",
		data:   "INSERT INTO items (name) VALUES ('a'), ('b'), ('c');\nDELETE FROM items WHERE name = 'c'",
		want:   "CREATE TABLE items ({{id}}, name varchar(10) NOT NULL DEFAULT '')",
		expect: []string{`DL104 ^items.id: sqlite_sequence is past the largest id: the rebuild resets the AUTOINCREMENT counter`},
	}})
}

func addIndex(s *schema.Schema, table, name, col string) {
	t, _ := s.Table(table)
	c, _ := t.Column(col)
	t.AddIndexes(schema.NewIndex(name).AddColumns(c))
}

// concurrentIndexes asks for CREATE INDEX CONCURRENTLY, as a model's
// index option could.
func concurrentIndexes(up []schema.Change) []schema.Change {
	for _, c := range up {
		if m, ok := c.(*schema.ModifyTable); ok {
			for _, p := range m.Changes {
				if add, ok := p.(*schema.AddIndex); ok {
					add.Extra = append(add.Extra, &postgres.Concurrently{})
				}
			}
		}
	}
	return up
}

// asRename turns a drop and an add of one column into the rename a hint
// declares.
func asRename(up []schema.Change) []schema.Change {
	for _, c := range up {
		m, ok := c.(*schema.ModifyTable)
		if !ok {
			continue
		}
		var from, to *schema.Column
		for _, p := range m.Changes {
			switch p := p.(type) {
			case *schema.DropColumn:
				from = p.C
			case *schema.AddColumn:
				to = p.C
			}
		}
		if from != nil && to != nil {
			m.Changes = []schema.Change{&schema.RenameColumn{From: from, To: to}}
		}
	}
	return up
}

// A check that runs past --check-timeout leaves its flag unchecked, and
// says so.
func TestLiveTimeout(t *testing.T) {
	ctx := context.Background()
	raw := testdb.SQLite(t.TempDir())
	db := testdb.Open(t, raw)
	testdb.Exec(t, db, "CREATE TABLE users (id integer PRIMARY KEY, email varchar(255));\nINSERT INTO users (email) VALUES ('a'), ('a')")
	cur := inspect(t, db, dburl.SQLite)
	want := inspect(t, db, dburl.SQLite)
	addIndex(want, "users", "idx_users_email", "email")
	want.Tables[0].Indexes[0].Unique = true
	up, err := diff.Schemas(cur, want, dburl.SQLite)
	if err != nil {
		t.Fatal(err)
	}
	rep := hazard.Analyze(hazard.Input{Up: up, Current: cur, Desired: want, Dialect: dburl.SQLite})
	if err := hazard.Live(ctx, db, rep, hazard.Options{Timeout: time.Nanosecond}); err != nil {
		t.Fatal(err)
	}
	check(t, rep, hcase{expect: []string{`DF101 ^users.email: CREATE UNIQUE INDEX fails if the column holds duplicate values \(not checked: the check ran past 1ns\)$`}})
}
