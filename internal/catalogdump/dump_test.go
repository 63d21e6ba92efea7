package catalogdump

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	_ "github.com/autogen-dev/autogen/internal/drivers"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// dialect is how a test makes a fresh database of one kind.
type dialect struct {
	name   string
	newURL func(t *testing.T) string
}

var (
	postgres = dialect{"postgres", func(t *testing.T) string { return testdb.Postgres(t) }}
	mysql    = dialect{"mysql", func(t *testing.T) string { return testdb.MySQL(t) }}
	sqlite   = dialect{"sqlite", func(t *testing.T) string { return testdb.SQLite(t.TempDir()) }}
)

// dumpOf builds a fresh database of d from script and dumps it.
func dumpOf(t *testing.T, d dialect, script string, o Options) string {
	t.Helper()
	db := testdb.Open(t, d.newURL(t))
	testdb.Exec(t, db, script)
	return dumpDB(t, db, d, o)
}

func dumpDB(t *testing.T, db *sql.DB, d dialect, o Options) string {
	t.Helper()
	o.Dialect = d.name
	got, err := Dump(context.Background(), db, o)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestSmoke(t *testing.T) {
	for _, d := range []dialect{postgres, mysql, sqlite} {
		t.Run(d.name, func(t *testing.T) {
			s := "CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL DEFAULT 'x', qty INTEGER, CONSTRAINT chk_q CHECK (qty > 0));\nCREATE INDEX idx_item_name ON item (name, qty DESC);\nCREATE TABLE post (id INTEGER NOT NULL PRIMARY KEY, item_id INTEGER, CONSTRAINT fk_post_item FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE);\n"
			t.Log("\n" + dumpOf(t, d, s, Options{}))
			_ = strings.Contains
		})
	}
}
