package introspect

import (
	"context"
	"database/sql"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// sqliteDDL covers what models cannot express, one database per group.
var sqliteDDL = map[string][]string{
	"columns": {
		`CREATE TABLE kinds (
			id INTEGER PRIMARY KEY AUTOINCREMENT, vc varchar(10) NOT NULL DEFAULT 'x', d decimal(10,2) DEFAULT 1.5,
			b blob DEFAULT x'0A', r real, bo boolean DEFAULT true, dt datetime DEFAULT CURRENT_TIMESTAMP, j json,
			n text DEFAULT NULL, q "quoted type", u uuid, untyped,
			g1 int GENERATED ALWAYS AS (id * 2) VIRTUAL, g2 text AS (lower(vc)) STORED
		)`,
		`CREATE TABLE strict_t (a INTEGER PRIMARY KEY, b TEXT) STRICT`,
		`CREATE TABLE norowid (b text, a int, c int, PRIMARY KEY (b, a)) WITHOUT ROWID`,
		`CREATE TABLE "Mixed Case" ("Id" integer PRIMARY KEY, "Some Col" text)`,
		`CREATE TABLE autogen_version (version_num varchar(32) PRIMARY KEY)`,
	},
	"indexes": {
		`CREATE TABLE people (id integer PRIMARY KEY, email text NOT NULL UNIQUE, name text, age int, deleted_at datetime, CONSTRAINT people_name_age UNIQUE (name, age))`,
		`CREATE UNIQUE INDEX people_email_lower ON people (lower(email))`,
		`CREATE INDEX people_partial ON people (name) WHERE age > 18 AND deleted_at IS NULL`,
		`CREATE INDEX people_desc ON people (age DESC, name)`,
		`CREATE INDEX people_mixed ON people (name, (age + 1) DESC, email)`,
		`CREATE INDEX "people quoted" ON people ("name")`,
	},
	"constraints": {
		`CREATE TABLE parents (a int, b int, code text UNIQUE, PRIMARY KEY (a, b))`,
		`CREATE TABLE children (
			id integer PRIMARY KEY, a int, b int, code text CONSTRAINT children_code REFERENCES parents (code) ON DELETE SET NULL,
			up int REFERENCES children (id), qty int CHECK (qty >= 0), lo int, hi int,
			CONSTRAINT children_range CHECK (lo < hi),
			CONSTRAINT children_parent FOREIGN KEY (a, b) REFERENCES parents (a, b) ON DELETE CASCADE ON UPDATE RESTRICT,
			FOREIGN KEY (lo) REFERENCES parents (code)
		)`,
		`CREATE VIEW v_children AS SELECT id FROM children`,
		`CREATE TRIGGER t_children AFTER INSERT ON children BEGIN SELECT 1; END`,
	},
}

func TestSQLiteSameAsAtlas(t *testing.T) {
	ctx := context.Background()
	for name, dir := range fixtureDirs(t) {
		t.Run("models/"+name, func(t *testing.T) {
			db, conn := sqliteConn(t)
			execAll(t, ctx, conn, modelStatements(t, dir, dburl.SQLite))
			wantSameAsAtlas(t, ctx, db, conn, dburl.SQLite, []string{VersionTable})
		})
	}
	for name, ddl := range sqliteDDL {
		t.Run("ddl/"+name, func(t *testing.T) {
			db, conn := sqliteConn(t)
			execAll(t, ctx, conn, ddl)
			wantSameAsAtlas(t, ctx, db, conn, dburl.SQLite, []string{VersionTable, "kinds.untyped"})
		})
	}
}

func sqliteConn(t *testing.T) (*sql.DB, *sql.Conn) {
	t.Helper()
	db := testdb.Open(t, testdb.SQLite(t.TempDir()))
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return db, conn
}
