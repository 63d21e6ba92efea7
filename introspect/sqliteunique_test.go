package introspect

import (
	"context"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// TestSQLiteUniqueConstraintNames: the autoindex of a named UNIQUE
// constraint takes the constraint's name and stays a constraint (origin
// "u"); an unnamed one keeps SQLite's name; a CREATE UNIQUE INDEX is origin
// "c".
func TestSQLiteUniqueConstraintNames(t *testing.T) {
	ctx := context.Background()
	db := testdb.Open(t, testdb.SQLite(t.TempDir()))
	testdb.Exec(t, db, "CREATE TABLE t (id integer PRIMARY KEY, code char(3), b text UNIQUE, x int, y int, z text, "+
		"`w q` text CONSTRAINT `uni col` UNIQUE, "+
		"CONSTRAINT `uni_t_code` UNIQUE (`code` COLLATE NOCASE), CONSTRAINT uni_xy UNIQUE (x, y));\n"+
		"CREATE UNIQUE INDEX idx_t_z ON t (z);\n")
	s, err := Schema(ctx, db, dburl.SQLite, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tb, _ := s.Table("t")
	got := map[string]string{}
	for _, idx := range tb.Indexes {
		var cols []string
		for _, p := range idx.Parts {
			cols = append(cols, p.C.Name)
		}
		got[idx.Name] = sqliteOrigin(idx) + ":" + strings.Join(cols, ",")
	}
	want := map[string]string{
		"sqlite_autoindex_t_1": "u:b",
		"uni col":              "u:w q",
		"uni_t_code":           "u:code",
		"uni_xy":               "u:x,y",
		"idx_t_z":              "c:z",
	}
	if len(got) != len(want) {
		t.Errorf("indexes = %v, want %v", got, want)
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("index %q = %q, want %q (all: %v)", name, got[name], w, got)
		}
	}
}

// TestSQLiteDeclaredTypes: a column's Raw type is the CREATE TABLE's
// spelling, which PRAGMA table_xinfo upper-cases for standard names.
func TestSQLiteDeclaredTypes(t *testing.T) {
	db := testdb.Open(t, testdb.SQLite(t.TempDir()))
	testdb.Exec(t, db, "CREATE TABLE t (id integer PRIMARY KEY AUTOINCREMENT, code char(3) NOT NULL, n Text COLLATE NOCASE, u unsigned big int);\n")
	s, err := Schema(context.Background(), db, dburl.SQLite, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tb, _ := s.Table("t")
	want := map[string]string{"id": "integer", "code": "char(3)", "n": "Text", "u": "unsigned big int"}
	for _, c := range tb.Columns {
		if c.Type.Raw != want[c.Name] {
			t.Errorf("column %q declared %q, want %q", c.Name, c.Type.Raw, want[c.Name])
		}
	}
}
