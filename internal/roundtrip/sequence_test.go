package roundtrip

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/internal/testdb"
	"github.com/autogen-dev/autogen/migrate"
	"github.com/autogen-dev/autogen/render"
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

// A serial widened to bigserial whose counter has since passed integer's
// end cannot go back: the downgrade's guard (DF109, which the downgrade
// reports as IR103) stops it before its first statement, with nothing
// applied, online and in the --sql script; and a database already past it
// gets DF109 as an error from the live check.
func TestPostgresSequencePastInteger(t *testing.T) {
	ctx := context.Background()
	d := dburl.Postgres
	db := testdb.Open(t, testdb.Postgres(t))
	testdb.Exec(t, db, "CREATE TABLE seq (id SERIAL PRIMARY KEY, n INTEGER);\nINSERT INTO seq (n) VALUES (10);\n")
	start := inspect(t, db, d, false)
	scratch := testdb.Open(t, testdb.Postgres(t))
	testdb.Exec(t, scratch, "CREATE TABLE seq (id BIGSERIAL PRIMARY KEY, n INTEGER);\n")
	want := inspect(t, scratch, d, false)

	up, down := diffOf(t, start, want, d), diffOf(t, want, start, d)
	rep := hazard.Analyze(hazard.Input{Up: up, Down: down, Current: start, Desired: want, Dialect: d})
	if err := hazard.Live(ctx, db, rep, hazard.Options{}); err != nil {
		t.Fatal(err)
	}
	var guarded bool
	for _, f := range rep.Down() {
		guarded = guarded || f.Guard != nil && strings.Contains(f.Guard.Message, "sequence seq_id_seq")
	}
	if !guarded {
		t.Fatalf("no guard on the downgrade's sequence: %v", rep.Down())
	}
	upStmts, err := render.Plan(up, d, rep.Up()...)
	if err != nil {
		t.Fatal(err)
	}
	downStmts, err := render.Plan(down, d, rep.Down()...)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	f := render.Native(render.Revision{ID: "000000000001", Message: "widen", Created: "2026-01-01T00:00:00Z", Dialect: string(d)}, upStmts, downStmts)
	if err := os.WriteFile(filepath.Join(dir, f.Name), f.Content, 0o644); err != nil {
		t.Fatal(err)
	}
	graph, err := migrate.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := &migrate.Runner{DB: db, Dialect: d, Graph: graph}
	if err := r.Upgrade(ctx, "head"); err != nil {
		t.Fatalf("upgrade: %v\n%s", err, f.Content)
	}
	testdb.Exec(t, db, "SELECT setval('seq_id_seq', 3000000000)")
	testdb.Exec(t, db, "INSERT INTO seq (n) VALUES (11)") // id 3000000001
	testdb.Exec(t, db, "DELETE FROM seq WHERE n = 11")    // the column's data fits; the counter does not

	err = r.Downgrade(ctx, "base")
	if err == nil || !strings.Contains(err.Error(), "autogen guard") || !strings.Contains(err.Error(), "seq_id_seq") {
		t.Fatalf("downgrade: %v, want the sequence guard to stop it\n%s", err, f.Content)
	}
	unchanged := func(how string) {
		t.Helper()
		if got := seqType(t, db, "seq", "id"); got != "bigint" {
			t.Errorf("%s: the sequence is %s, want it left bigint", how, got)
		}
		if got := query(t, db, "SELECT format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = 'seq'::regclass AND attname = 'id'"); got != "bigint|\n" {
			t.Errorf("%s: the column is %q, want it left bigint", how, got)
		}
		if cur, err := r.Current(ctx); err != nil || len(cur) != 1 || cur[0] != "000000000001" {
			t.Errorf("%s: current revision %v, %v; want 000000000001", how, cur, err)
		}
	}
	unchanged("after the guarded downgrade")

	// The --sql script carries the same guard: run as one batch, it fails
	// at the guard and its transaction applies nothing.
	var script strings.Builder
	if err := r.SQL(&script, "downgrade", "head", "base"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(script.String()); err == nil || !strings.Contains(err.Error(), "autogen guard") {
		t.Fatalf("the --sql downgrade ran: %v\n%s", err, script.String())
	}
	if _, err := db.Exec("ROLLBACK"); err != nil {
		t.Log(err) // the batch's transaction may already be gone
	}
	unchanged("after the --sql downgrade")

	// Diffed from here, narrowing is an error the live check sees.
	now := inspect(t, db, d, false)
	back := diffOf(t, now, start, d)
	rep = hazard.Analyze(hazard.Input{Up: back, Down: diffOf(t, start, now, d), Current: now, Desired: start, Dialect: d})
	if err := hazard.Live(ctx, db, rep, hazard.Options{}); err != nil {
		t.Fatal(err)
	}
	var live *hazard.Flag
	for _, f := range rep.Up() {
		if f.Code == hazard.DF109 {
			live = &f
		}
	}
	if live == nil || live.Severity != hazard.Error || live.Evidence == nil || live.Evidence.Count != 1 {
		t.Errorf("DF109 on a sequence at 3000000001: %+v", live)
	}
}
