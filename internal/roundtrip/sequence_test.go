package roundtrip

import (
	"database/sql"
	"strconv"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// seqType reads the type of the sequence behind table.column from
// PostgreSQL's catalog (pg_get_serial_sequence follows the ownership
// link, whatever the sequence is called).
func seqType(t *testing.T, db *sql.DB, table, column string) string {
	t.Helper()
	var typ string
	err := db.QueryRow(`SELECT pg_catalog.format_type(seqtypid, NULL) FROM pg_catalog.pg_sequence
		WHERE seqrelid = pg_catalog.pg_get_serial_sequence($1, $2)::regclass`, table, column).Scan(&typ)
	if err != nil {
		t.Fatalf("read the sequence type of %s.%s: %v", table, column, err)
	}
	return typ
}

// nextContinues inserts a row into seq (id auto-incremented, n) and wants
// an id past the largest one: the counter carried over the change (a
// counter that restarted would fail the INSERT or give a smaller id).
func nextContinues(t *testing.T, db *sql.DB, d dburl.Dialect, stage string) {
	t.Helper()
	var max int64
	if err := db.QueryRow("SELECT max(id) FROM seq").Scan(&max); err != nil {
		t.Fatal(err)
	}
	testdb.Exec(t, db, "INSERT INTO seq (n) VALUES (99)")
	var got int64
	if err := db.QueryRow("SELECT max(id) FROM seq WHERE n = 99").Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got <= max {
		t.Errorf("after the %s, the next id is %d, want more than %d", stage, got, max)
	}
	testdb.Exec(t, db, "DELETE FROM seq WHERE n = 99")
}

// sequenceFollows checks, on PostgreSQL, that the sequence of seq.id has
// the type a fresh CREATE TABLE gives the column at each stage, and that
// the counter carries on.
func sequenceFollows(up, down string) func(*testing.T, *sql.DB, dburl.Dialect, string) {
	return func(t *testing.T, db *sql.DB, d dburl.Dialect, stage string) {
		nextContinues(t, db, d, stage)
		if d != dburl.Postgres {
			return
		}
		want := map[string]string{"upgrade": up, "downgrade": down}[stage]
		if got := seqType(t, db, "seq", "id"); got != want {
			t.Errorf("after the %s, the sequence of seq.id is %s, want %s", stage, got, want)
		}
		if stage != "upgrade" || want != "bigint" {
			return
		}
		// The widened counter goes past integer's end, then comes back so
		// that the downgrade can run.
		testdb.Exec(t, db, "SELECT setval(pg_get_serial_sequence('seq', 'id'), "+strconv.Itoa(1<<31-1)+")")
		testdb.Exec(t, db, "INSERT INTO seq (n) VALUES (98)")
		testdb.Exec(t, db, "DELETE FROM seq WHERE n = 98")
		testdb.Exec(t, db, "SELECT setval(pg_get_serial_sequence('seq', 'id'), (SELECT max(id) FROM seq))")
	}
}
