package catalogdump

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestSQLiteSemantics: two tables that differ only in the order of their
// foreign keys (GORM writes them in map order) and in spelling dump the
// same after SQLiteSemantics, while a collation or constraint-name change
// still shows.
func TestSQLiteSemantics(t *testing.T) {
	const parents = "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY);\n"
	dump := func(ddl string) string {
		db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "x.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(parents + ddl); err != nil {
			t.Fatal(err)
		}
		s, err := Dump(context.Background(), db, Options{Dialect: "sqlite"})
		if err != nil {
			t.Fatal(err)
		}
		return SQLiteSemantics(s)
	}
	base := dump("CREATE TABLE c (x INTEGER, y INTEGER, s TEXT, CONSTRAINT fa FOREIGN KEY (x) REFERENCES a (id), CONSTRAINT fb FOREIGN KEY (y) REFERENCES b (id));")
	same := dump("CREATE TABLE `c` (`x` integer, `y` integer, `s` text, CONSTRAINT `fb` FOREIGN KEY (`y`) REFERENCES `b` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT `fa` FOREIGN KEY (`x`) REFERENCES `a` (`id`));")
	if base != same {
		t.Errorf("reordered foreign keys dump differently:\n%s\n---\n%s", base, same)
	}
	for _, ddl := range []string{
		"CREATE TABLE c (x INTEGER, y INTEGER, s TEXT COLLATE NOCASE, CONSTRAINT fa FOREIGN KEY (x) REFERENCES a (id), CONSTRAINT fb FOREIGN KEY (y) REFERENCES b (id));",
		"CREATE TABLE c (x INTEGER, y INTEGER, s TEXT, CONSTRAINT fz FOREIGN KEY (x) REFERENCES a (id), CONSTRAINT fb FOREIGN KEY (y) REFERENCES b (id));",
		"CREATE TABLE c (x INTEGER, y INTEGER, s TEXT, CONSTRAINT fa FOREIGN KEY (x) REFERENCES a (id) ON DELETE CASCADE, CONSTRAINT fb FOREIGN KEY (y) REFERENCES b (id));",
	} {
		if dump(ddl) == base {
			t.Errorf("SQLiteSemantics hides the change in %s", ddl)
		}
	}
}
