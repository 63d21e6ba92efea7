package roundtrip

import (
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

const (
	pg     = dburl.Postgres
	my     = dburl.MySQL
	sqlite = dburl.SQLite
)

// item is the table most cases change; its rows (id, name) are the
// untouched data the cases check.
const item = "CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL"

var itemSeed = []string{"INSERT INTO item (id, name) VALUES (1, 'pen')", "INSERT INTO item (id, name) VALUES (2, 'cup')"}

const itemRows = "SELECT id, name FROM item ORDER BY id"

// withItem makes a case on item: v1 and v2 are the rest of its column list
// (each starting with ", " or empty) and extra statements after it.
func withItem(name, v1, v2 string) change {
	return change{name: name, v1: item + v1 + ");\n", v2: item + v2 + ");\n", seed: itemSeed, rows: itemRows}
}

func both(v1, v2 string) [2]string { return [2]string{v1, v2} }

func only(c change, ds ...dburl.Dialect) change {
	m := map[dburl.Dialect][2]string{}
	for _, d := range []dburl.Dialect{pg, my, sqlite} {
		m[d] = [2]string{}
	}
	for _, d := range ds {
		m[d] = both(c.v1, c.v2)
	}
	for d, p := range c.byDialect {
		m[d] = p
	}
	c.byDialect = m
	return c
}

// cases are the change kinds of issue 4, each a v1 -> v2 pair.
var cases = []change{
	{name: "add table", v1: "", v2: "CREATE TABLE tag (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(20));\n"},
	{name: "drop table", v1: "CREATE TABLE tag (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(20));\n", v2: "",
		seed: []string{"INSERT INTO tag (id, label) VALUES (1, 'x')"}},
	withItem("add column", "", ", note VARCHAR(20)"),
	withItem("drop column", ", note VARCHAR(20)", ""),
	withItem("add not null column with default", "", ", qty INTEGER NOT NULL DEFAULT 1"),
	only(withItem("widen varchar", ", note VARCHAR(20)", ", note VARCHAR(50)"), pg, my),
	only(withItem("numeric precision and scale", ", price NUMERIC(10,2)", ", price NUMERIC(12,4)"), pg, my),
	withItem("type change", ", qty INTEGER", ", qty BIGINT"),
	only(withItem("text to integer type class", ", code VARCHAR(10)", ", code INTEGER"), sqlite, my),
	{name: "nullability", v1: item + ", note VARCHAR(20));\n", v2: item + ", note VARCHAR(20) NOT NULL DEFAULT '');\n",
		seed: []string{"INSERT INTO item (id, name, note) VALUES (1, 'pen', 'blue')"}, rows: "SELECT id, name, note FROM item"},
	withItem("add default", ", qty INTEGER", ", qty INTEGER DEFAULT 5"),
	withItem("change default", ", qty INTEGER DEFAULT 1", ", qty INTEGER DEFAULT 2"),
	withItem("drop default", ", note VARCHAR(20) DEFAULT 'x'", ", note VARCHAR(20)"),
	withItem("string default", ", note VARCHAR(20) DEFAULT 'a'", ", note VARCHAR(20) DEFAULT 'it''s'"),
	{name: "column comment", byDialect: map[dburl.Dialect][2]string{
		pg: both(item+", note VARCHAR(20));\n", item+", note VARCHAR(20));\nCOMMENT ON COLUMN item.note IS 'a note';\n"),
		my: both(item+", note VARCHAR(20));\n", item+", note VARCHAR(20) COMMENT 'a note');\n"),
	}, seed: itemSeed, rows: itemRows},
	{name: "table comment", byDialect: map[dburl.Dialect][2]string{
		pg: both(item+");\n", item+");\nCOMMENT ON TABLE item IS 'things';\n"),
		my: both(item+");\n", item+") COMMENT 'things';\n"),
	}, seed: itemSeed, rows: itemRows},
	{name: "collation", byDialect: map[dburl.Dialect][2]string{
		pg: both(item+", note VARCHAR(20));\n", item+`, note VARCHAR(20) COLLATE "C");`+"\n"),
		my: both(item+", note VARCHAR(20));\n", item+", note VARCHAR(20) COLLATE utf8mb4_bin);\n"),
	}, seed: itemSeed, rows: itemRows},
	{name: "serial and auto increment", byDialect: map[dburl.Dialect][2]string{
		pg:     both("CREATE TABLE seq (id INTEGER NOT NULL PRIMARY KEY, n INTEGER);\n", "CREATE TABLE seq (id SERIAL PRIMARY KEY, n INTEGER);\n"),
		my:     both("CREATE TABLE seq (id INTEGER NOT NULL PRIMARY KEY, n INTEGER);\n", "CREATE TABLE seq (id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, n INTEGER);\n"),
		sqlite: both("CREATE TABLE seq (id INTEGER PRIMARY KEY, n INTEGER);\n", "CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER);\n"),
	}, seed: []string{"INSERT INTO seq (id, n) VALUES (1, 10)"}, rows: "SELECT id, n FROM seq"},
	// The sequence follows the column both ways, as a fresh CREATE TABLE
	// makes it; MySQL's AUTO_INCREMENT counter follows MODIFY by itself.
	{name: "serial to bigserial", byDialect: map[dburl.Dialect][2]string{
		pg: both("CREATE TABLE seq (id SERIAL PRIMARY KEY, n INTEGER);\n", "CREATE TABLE seq (id BIGSERIAL PRIMARY KEY, n INTEGER);\n"),
		my: both("CREATE TABLE seq (id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, n INTEGER);\n", "CREATE TABLE seq (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, n INTEGER);\n"),
	}, seed: []string{"INSERT INTO seq (n) VALUES (10)"}, rows: "SELECT id, n FROM seq WHERE n = 10", check: sequenceFollows("bigint", "integer")},
	{name: "smallserial to serial", byDialect: map[dburl.Dialect][2]string{
		pg: both("CREATE TABLE seq (id SMALLSERIAL PRIMARY KEY, n INTEGER);\n", "CREATE TABLE seq (id SERIAL PRIMARY KEY, n INTEGER);\n"),
	}, seed: []string{"INSERT INTO seq (n) VALUES (10)"}, rows: "SELECT id, n FROM seq WHERE n = 10", check: sequenceFollows("integer", "smallint")},
	// Atlas cannot plan adding or dropping IDENTITY on an existing column
	// (its reverse fails: "unexpected attribute change"); GORM never makes
	// one. A table with one round-trips.
	{name: "identity", byDialect: map[dburl.Dialect][2]string{
		pg: both("", "CREATE TABLE seq (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n INTEGER);\n"),
	}},
	{name: "primary key", v1: "CREATE TABLE pair (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a));\n",
		v2:   "CREATE TABLE pair (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b));\n",
		seed: []string{"INSERT INTO pair (a, b) VALUES (1, 2)"}, rows: "SELECT a, b FROM pair"},
	{name: "unique constraint", byDialect: map[dburl.Dialect][2]string{
		pg: both(item+", sku VARCHAR(20));\n", item+", sku VARCHAR(20), CONSTRAINT uni_item_sku UNIQUE (sku));\n"),
	}, seed: itemSeed, rows: itemRows},
	withIndex("add index", "", "CREATE INDEX idx_item_note ON item (note)"),
	withIndex("drop index", "CREATE INDEX idx_item_note ON item (note)", ""),
	withIndex("unique index", "CREATE INDEX idx_item_note ON item (note)", "CREATE UNIQUE INDEX idx_item_note ON item (note)"),
	withIndex("index columns", "CREATE INDEX idx_item_note ON item (note)", "CREATE INDEX idx_item_note ON item (note, qty)"),
	withIndex("index order", "CREATE INDEX idx_item_note ON item (note, qty)", "CREATE INDEX idx_item_note ON item (note, qty DESC)"),
	only(withIndex("partial index", "CREATE INDEX idx_item_note ON item (note)", "CREATE INDEX idx_item_note ON item (note) WHERE qty > 0"), pg, sqlite),
	only(withIndex("partial index predicate", "CREATE INDEX idx_item_note ON item (note) WHERE qty > 0", "CREATE INDEX idx_item_note ON item (note) WHERE qty > 1"), pg, sqlite),
	only(withIndex("expression index", "", "CREATE INDEX idx_item_lower ON item (lower(note))"), pg, sqlite),
	only(withIndex("index method", "CREATE INDEX idx_item_note ON item (note)", "CREATE INDEX idx_item_note ON item USING hash (note)"), pg),
	only(withIndex("prefix length", "CREATE INDEX idx_item_note ON item (note)", "CREATE INDEX idx_item_note ON item (note(5))"), my),
	fk("add foreign key", "", "CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES owner (id)"),
	fk("drop foreign key", "CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES owner (id)", ""),
	fk("foreign key on delete", "CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES owner (id)",
		"CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES owner (id) ON DELETE CASCADE ON UPDATE CASCADE"),
	fk("foreign key target table", "CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES owner (id)",
		"CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES other (id)"),
	fk("foreign key columns", "CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES owner (id)",
		"CONSTRAINT fk_post_owner FOREIGN KEY (other_id) REFERENCES owner (id)"),
	withItem("add check", ", qty INTEGER", ", qty INTEGER, CONSTRAINT chk_item_qty CHECK (qty >= 0)"),
	withItem("drop check", ", qty INTEGER, CONSTRAINT chk_item_qty CHECK (qty >= 0)", ", qty INTEGER"),
	withItem("edit check", ", qty INTEGER, CONSTRAINT chk_item_qty CHECK (qty >= 0)", ", qty INTEGER, CONSTRAINT chk_item_qty CHECK (qty > -1 AND qty < 1000)"),
	{name: "enum add value", types: true, byDialect: map[dburl.Dialect][2]string{
		pg: both("CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood mood DEFAULT 'ok');\n",
			"CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\nCREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood mood DEFAULT 'ok');\n"),
		my: both("CREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood ENUM('sad', 'ok') DEFAULT 'ok');\n",
			"CREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood ENUM('sad', 'ok', 'happy') DEFAULT 'ok');\n"),
	}, seed: []string{"INSERT INTO person (id, mood) VALUES (1, 'sad')"}, rows: "SELECT id, mood FROM person"},
	{name: "enum drop value", types: true, byDialect: map[dburl.Dialect][2]string{
		pg: both("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\nCREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood mood DEFAULT 'ok');\n",
			"CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood mood DEFAULT 'ok');\n"),
		my: both("CREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood ENUM('sad', 'ok', 'happy') DEFAULT 'ok');\n",
			"CREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood ENUM('sad', 'ok') DEFAULT 'ok');\n"),
	}, seed: []string{"INSERT INTO person (id, mood) VALUES (1, 'sad')"}, rows: "SELECT id, mood FROM person"},
	{
		name: "rename column", v1: item + ", note VARCHAR(20));\nCREATE INDEX idx_item_note ON item (note);\n",
		v2:   item + ", memo VARCHAR(20));\nCREATE INDEX idx_item_memo ON item (memo);\n",
		seed: []string{"INSERT INTO item (id, name, note) VALUES (1, 'pen', 'blue')"},
		rows: "SELECT id, name, note FROM item", rowsUp: "SELECT id, name, memo FROM item",
		hints: renamed("item", "memo", "note"),
	},
	{
		name: "rename column and widen it", v1: item + ", note VARCHAR(20) NOT NULL DEFAULT '');\n",
		v2:   item + ", memo VARCHAR(40));\n",
		seed: []string{"INSERT INTO item (id, name, note) VALUES (1, 'pen', 'blue')"},
		rows: "SELECT id, name, note FROM item", rowsUp: "SELECT id, name, memo FROM item",
		hints: renamed("item", "memo", "note"),
	},
	{name: "add tables with a foreign key between them", v1: "",
		v2: "CREATE TABLE owner (id INTEGER NOT NULL PRIMARY KEY);\n" + postFK},
	{
		name: "rename table", v1: "CREATE TABLE owner (id INTEGER NOT NULL PRIMARY KEY, nick VARCHAR(20));\n" + postFK,
		v2:     "CREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, nick VARCHAR(20));\n" + strings.Replace(postFK, "owner (id)", "person (id)", 1),
		seed:   []string{"INSERT INTO owner (id, nick) VALUES (1, 'al')", "INSERT INTO post (id, owner_id) VALUES (1, 1)"},
		rows:   "SELECT o.id, o.nick, p.id FROM owner o JOIN post p ON p.owner_id = o.id",
		rowsUp: "SELECT o.id, o.nick, p.id FROM person o JOIN post p ON p.owner_id = o.id",
		hints:  renamed("person", "", "owner"),
	},
}

func init() { cases = append(cases, sqliteRebuilds...) }

// gormT is the table GORM's AutoMigrate creates on SQLite for a model
// with an autoIncrement key, a unique char(3) code, a varchar(40) name and
// a check on qty (sqlite@v1.6.0 and migrator.go CreateTable: columns, then
// CONSTRAINT … UNIQUE, then CONSTRAINT … CHECK); cols replaces qty's
// definition and extra goes before the constraints.
func gormT(qty, extra, uniques string) string {
	return "CREATE TABLE `t` (`id` integer PRIMARY KEY AUTOINCREMENT,`code` char(3),`name` varchar(40) NOT NULL,`qty` " + qty + extra +
		uniques + ",CONSTRAINT `chk_t_qty` CHECK (qty >= 0));\n"
}

const uniTCode = ",CONSTRAINT `uni_t_code` UNIQUE (`code`)"

var tSeed = []string{"INSERT INTO t (id, code, name, qty) VALUES (1, 'abc', 'pen', 3)", "INSERT INTO t (id, code, name, qty) VALUES (7, 'xyz', 'cup', NULL)"}

// sqliteRebuilds are the SQLite table rebuilds of issue 10: each rebuilt
// table must be the one GORM would create, constraints and declared types
// as written.
var sqliteRebuilds = []change{
	{name: "rebuild keeps unique constraint and declared types", byDialect: map[dburl.Dialect][2]string{
		sqlite: both(gormT("integer", "", uniTCode), gormT("integer NOT NULL DEFAULT 0", "", uniTCode)),
	}, seed: tSeed, rows: "SELECT id, code, name FROM t ORDER BY id", ddl: []string{"t"}},
	{name: "rebuild drops a column beside the unique constraint", byDialect: map[dburl.Dialect][2]string{
		sqlite: both(gormT("integer", ",`note` varchar(20)", uniTCode), gormT("integer", "", uniTCode)),
	}, seed: tSeed, rows: "SELECT id, code, name, qty FROM t ORDER BY id", ddl: []string{"t"}},
	{name: "add unique constraint", byDialect: map[dburl.Dialect][2]string{
		sqlite: both(gormT("integer", "", ""), gormT("integer", "", uniTCode)),
	}, seed: tSeed, rows: "SELECT id, code, name, qty FROM t ORDER BY id", ddl: []string{"t"}},
	{name: "unique constraint to unique index", byDialect: map[dburl.Dialect][2]string{
		sqlite: both(gormT("integer", "", uniTCode), gormT("integer", "", "")+"CREATE UNIQUE INDEX `uni_t_code` ON `t`(`code`);\n"),
	}, seed: tSeed, rows: "SELECT id, code, name, qty FROM t ORDER BY id", ddl: []string{"t"}},
}

const postFK = "CREATE TABLE post (id INTEGER NOT NULL PRIMARY KEY, owner_id INTEGER, CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES owner (id));\n"

// withIndex makes an index case on item(note, qty).
func withIndex(name, v1, v2 string) change {
	table := item + ", note VARCHAR(20), qty INTEGER);\n"
	stmt := func(s string) string {
		if s == "" {
			return table
		}
		return table + s + ";\n"
	}
	return change{name: name, v1: stmt(v1), v2: stmt(v2), seed: itemSeed, rows: itemRows}
}

// fk makes a foreign key case: post(owner_id, other_id) referencing
// owner(id) or other(id), with the constraint clause given.
func fk(name, v1, v2 string) change {
	tables := "CREATE TABLE owner (id INTEGER NOT NULL PRIMARY KEY);\nCREATE TABLE other (id INTEGER NOT NULL PRIMARY KEY);\n"
	post := func(c string) string {
		if c != "" {
			c = ", " + c
		}
		return tables + "CREATE TABLE post (id INTEGER NOT NULL PRIMARY KEY, owner_id INTEGER, other_id INTEGER" + c + ");\n"
	}
	return change{
		name: name, v1: post(v1), v2: post(v2),
		seed: []string{"INSERT INTO owner (id) VALUES (1)", "INSERT INTO other (id) VALUES (1)", "INSERT INTO post (id, owner_id, other_id) VALUES (1, 1, 1)"},
		rows: "SELECT id, owner_id, other_id FROM post",
	}
}

var _ = schema.New
