package migrate

import (
	"context"
	"database/sql"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// onEachDatabase runs fn against a fresh PostgreSQL database, a fresh
// SQLite file and a fresh MySQL database.
func onEachDatabase(t *testing.T, fn func(t *testing.T, db *sql.DB, d dburl.Dialect)) {
	onTransactionalDatabases(t, fn)
	t.Run("mysql", func(t *testing.T) {
		fn(t, testdb.Open(t, testdb.MySQL(t)), dburl.MySQL)
	})
}

// onTransactionalDatabases leaves MySQL out: its DDL commits on its own,
// so a failed revision is not rolled back (mysql_test.go tests that).
func onTransactionalDatabases(t *testing.T, fn func(t *testing.T, db *sql.DB, d dburl.Dialect)) {
	t.Run("postgres", func(t *testing.T) {
		fn(t, testdb.Open(t, testdb.Postgres(t)), dburl.Postgres)
	})
	t.Run("sqlite", func(t *testing.T) {
		fn(t, testdb.Open(t, testdb.SQLite(t.TempDir())), dburl.SQLite)
	})
}

// threeRevisions is a linear history whose SQL runs on PostgreSQL and
// SQLite alike; the seed row's name holds a semicolon.
var threeRevisions = map[string]string{
	"a1a1a1a1a1a1_create_users.sql": revFileMsg("a1a1a1a1a1a1", "<base>", "create users",
		"-- create table \"users\"\nCREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);",
		"DROP TABLE users;"),
	"b2b2b2b2b2b2_add_bio.sql": revFileMsg("b2b2b2b2b2b2", "a1a1a1a1a1a1", "add bio",
		"ALTER TABLE users ADD COLUMN bio text;", "ALTER TABLE users DROP COLUMN bio;"),
	"c3c3c3c3c3c3_add_posts.sql": revFileMsg("c3c3c3c3c3c3", "b2b2b2b2b2b2", "add posts",
		"CREATE TABLE posts (id integer PRIMARY KEY, user_id integer REFERENCES users (id));\n"+
			"INSERT INTO users (id, name) VALUES (1, 'semi;colon');\nINSERT INTO posts (id, user_id) VALUES (1, 1);",
		"DROP TABLE posts;\nDELETE FROM users WHERE id = 1;"),
}

func revFileMsg(id, parents, msg, up, down string) string {
	return "-- autogen:revision " + id + "\n-- autogen:revises " + parents + "\n-- autogen:message " + msg +
		"\n-- autogen:created 2026-11-25T20:48:07Z\n\n-- autogen:up\n" + up + "\n\n-- autogen:down\n" + down + "\n"
}

func newRunner(t *testing.T, db *sql.DB, d dburl.Dialect, files map[string]string) (*Runner, *strings.Builder) {
	t.Helper()
	g, err := LoadDir(writeFiles(t, files))
	if err != nil {
		t.Fatal(err)
	}
	log := &strings.Builder{}
	return &Runner{DB: db, Dialect: d, Graph: g, Log: log}, log
}

func mustExec(t *testing.T, db *sql.DB, query string) {
	t.Helper()
	if _, err := db.Exec(query); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

func tables(t *testing.T, db *sql.DB, d dburl.Dialect) []string {
	t.Helper()
	q := "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1"
	switch d {
	case dburl.SQLite:
		q = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1"
	case dburl.MySQL:
		// autogen_dirty is made with autogen_version on MySQL; the tests
		// of mysql_test.go look at it.
		q = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'autogen_dirty' ORDER BY 1"
	}
	return strings.Fields(queryStrings(t, db, q))
}

// queryStrings returns the first column of every row, space-separated.
func queryStrings(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func wantCurrent(t *testing.T, r *Runner, want ...string) {
	t.Helper()
	got, err := r.Current(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Current = %v, want %v", got, want)
	}
}

func wantTables(t *testing.T, db *sql.DB, d dburl.Dialect, want string) {
	t.Helper()
	if got := strings.Join(tables(t, db, d), " "); got != want {
		t.Fatalf("tables = %q, want %q", got, want)
	}
}

func TestRunnerLinear(t *testing.T) {
	onEachDatabase(t, func(t *testing.T, db *sql.DB, d dburl.Dialect) {
		ctx := context.Background()
		r, log := newRunner(t, db, d, threeRevisions)
		// A table no migration touches; its rows must survive everything.
		mustExec(t, db, "CREATE TABLE keep (v text)")
		mustExec(t, db, "INSERT INTO keep (v) VALUES ('a'), ('b')")

		wantCurrent(t, r) // no version table yet, and Current must not create it
		wantTables(t, db, d, "keep")

		if err := r.Upgrade(ctx, "head"); err != nil {
			t.Fatal(err)
		}
		wantCurrent(t, r, "c3c3c3c3c3c3")
		wantTables(t, db, d, "autogen_version keep posts users")
		if got := queryStrings(t, db, "SELECT name FROM users"); got != "semi;colon" {
			t.Errorf("seed row = %q", got)
		}
		wantLog := "Running upgrade  -> a1a1a1a1a1a1, create users\n" +
			"Running upgrade a1a1a1a1a1a1 -> b2b2b2b2b2b2, add bio\n" +
			"Running upgrade b2b2b2b2b2b2 -> c3c3c3c3c3c3, add posts\n"
		if log.String() != wantLog {
			t.Errorf("log:\n%s\nwant:\n%s", log, wantLog)
		}

		log.Reset()
		if err := r.Downgrade(ctx, "-1"); err != nil {
			t.Fatal(err)
		}
		wantCurrent(t, r, "b2b2b2b2b2b2")
		wantTables(t, db, d, "autogen_version keep users")
		if want := "Running downgrade c3c3c3c3c3c3 -> b2b2b2b2b2b2, add posts\n"; log.String() != want {
			t.Errorf("log = %q, want %q", log, want)
		}

		if err := r.Upgrade(ctx, "+1"); err != nil {
			t.Fatal(err)
		}
		wantCurrent(t, r, "c3c3c3c3c3c3")
		if err := r.Upgrade(ctx, "head"); err != nil { // already there: nothing to do
			t.Fatal(err)
		}

		if err := r.Downgrade(ctx, "base"); err != nil {
			t.Fatal(err)
		}
		wantCurrent(t, r) // the table stays, empty
		wantTables(t, db, d, "autogen_version keep")
		if got := queryStrings(t, db, "SELECT v FROM keep ORDER BY v"); got != "a b" {
			t.Errorf("untouched rows = %q, want %q", got, "a b")
		}

		if err := r.Upgrade(ctx, "b2b2"); err != nil { // a prefix
			t.Fatal(err)
		}
		wantCurrent(t, r, "b2b2b2b2b2b2")
		err := r.Downgrade(ctx, "-3")
		if err == nil || err.Error() != "Relative revision -3 didn't produce 3 migrations" {
			t.Errorf("downgrade -3: %v", err)
		}
		err = r.Upgrade(ctx, "a1a1")
		if err == nil || err.Error() != "Destination a1a1 (a1a1a1a1a1a1) is not a valid upgrade target from current head(s): it is below b2b2b2b2b2b2; use downgrade to go down" {
			t.Errorf("upgrade to an ancestor: %v", err)
		}
		wantCurrent(t, r, "b2b2b2b2b2b2")
	})
}

func TestRunnerStamp(t *testing.T) {
	onEachDatabase(t, func(t *testing.T, db *sql.DB, d dburl.Dialect) {
		ctx := context.Background()
		r, log := newRunner(t, db, d, threeRevisions)
		if err := r.Stamp(ctx, "head"); err != nil {
			t.Fatal(err)
		}
		wantCurrent(t, r, "c3c3c3c3c3c3")
		wantTables(t, db, d, "autogen_version") // no migration SQL ran
		if err := r.Stamp(ctx, "a1a1a1"); err != nil {
			t.Fatal(err)
		}
		wantCurrent(t, r, "a1a1a1a1a1a1")
		if err := r.Stamp(ctx, "base"); err != nil {
			t.Fatal(err)
		}
		wantCurrent(t, r)
		want := "Running stamp_revision <base> -> c3c3c3c3c3c3\n" +
			"Running stamp_revision c3c3c3c3c3c3 -> a1a1a1a1a1a1\n" +
			"Running stamp_revision a1a1a1a1a1a1 -> <base>\n"
		if log.String() != want {
			t.Errorf("log:\n%s\nwant:\n%s", log, want)
		}
		// Stamp repairs a database whose revision file is gone.
		mustExec(t, db, "INSERT INTO autogen_version (version_num) VALUES ('deadbeef0000')")
		if err := r.Upgrade(ctx, "head"); !errors.Is(err, ErrUnknownRevision) {
			t.Errorf("upgrade from an unknown revision: %v", err)
		}
		if err := r.Stamp(ctx, "b2b2"); err != nil {
			t.Fatal(err)
		}
		wantCurrent(t, r, "b2b2b2b2b2b2")
	})
}

func TestRunnerFailureRollsBack(t *testing.T) {
	files := map[string]string{
		"a1a1a1a1a1a1_create_users.sql": threeRevisions["a1a1a1a1a1a1_create_users.sql"],
		"b2b2b2b2b2b2_broken.sql": revFileMsg("b2b2b2b2b2b2", "a1a1a1a1a1a1", "broken",
			"CREATE TABLE first (x integer);\nINSERT INTO users (id, name) VALUES (7, 'x');\n-- fails:\nINSERT INTO missing_table\n  VALUES (1);",
			"DROP TABLE first;"),
	}
	onTransactionalDatabases(t, func(t *testing.T, db *sql.DB, d dburl.Dialect) {
		ctx := context.Background()
		r, _ := newRunner(t, db, d, files)
		if err := r.Upgrade(ctx, "+1"); err != nil {
			t.Fatal(err)
		}
		mustExec(t, db, "INSERT INTO users (id, name) VALUES (1, 'kept')")

		err := r.Upgrade(ctx, "head")
		var ae *ApplyError
		if !errors.As(err, &ae) {
			t.Fatalf("upgrade: %v, want an *ApplyError", err)
		}
		msg := err.Error()
		t.Log(msg)
		for _, want := range []string{
			"upgrade b2b2b2b2b2b2 (broken): statement at ", "b2b2b2b2b2b2_broken.sql:10 failed: INSERT INTO missing_table ...: ",
			"missing_table", "; the revision was rolled back and the database stays at a1a1a1a1a1a1",
		} {
			if !strings.Contains(msg, want) {
				t.Errorf("error %q\ndoes not contain %q", msg, want)
			}
		}
		wantCurrent(t, r, "a1a1a1a1a1a1")
		wantTables(t, db, d, "autogen_version users") // "first" was rolled back
		if got := queryStrings(t, db, "SELECT name FROM users ORDER BY id"); got != "kept" {
			t.Errorf("users = %q, want only the row inserted before", got)
		}
	})
}

func TestRunnerFirstRevisionFails(t *testing.T) {
	files := map[string]string{
		"a1a1a1a1a1a1_broken.sql": revFileMsg("a1a1a1a1a1a1", "<base>", "broken", "CREATE TABLE t (x integer);\nSELECT * FROM nope;", ""),
	}
	onTransactionalDatabases(t, func(t *testing.T, db *sql.DB, d dburl.Dialect) {
		r, _ := newRunner(t, db, d, files)
		err := r.Upgrade(context.Background(), "head")
		if err == nil || !strings.HasSuffix(err.Error(), "the database stays at <base>") {
			t.Fatalf("upgrade: %v", err)
		}
		wantTables(t, db, d, "") // not even the version table
	})
}

func TestRunnerBranchesAndMerge(t *testing.T) {
	onEachDatabase(t, func(t *testing.T, db *sql.DB, d dburl.Dialect) {
		ctx := context.Background()
		r, log := newRunner(t, db, d, mergeRevisions)
		steps := []struct {
			up      bool
			target  string
			current []string
			tables  string
		}{
			{true, "bbbb", []string{"bbbb00000002"}, "a autogen_version b"},
			{true, "cccc", []string{"bbbb00000002", "cccc00000003"}, "a autogen_version b c"}, // a second branch: a second row
			{true, "dddd", []string{"dddd00000004"}, "a autogen_version b c"},                 // the merge joins the rows
			{false, "bbbb", []string{"bbbb00000002", "cccc00000003"}, "a autogen_version b c"},
			{false, "aaaa", []string{"aaaa00000001"}, "a autogen_version"},
			{false, "base", nil, "autogen_version"},
		}
		for _, s := range steps {
			do := r.Downgrade
			if s.up {
				do = r.Upgrade
			}
			if err := do(ctx, s.target); err != nil {
				t.Fatalf("%s: %v", s.target, err)
			}
			wantCurrent(t, r, s.current...)
			wantTables(t, db, d, s.tables)
		}
		if !strings.Contains(log.String(), "Running upgrade cccc00000003, bbbb00000002 -> dddd00000004, merge\n") {
			t.Errorf("log:\n%s", log)
		}
	})
}

// runLock returns what holds, on a connection of its own, the lock an
// autogen run waits for on dialect d: the advisory lock on PostgreSQL,
// the named lock on MySQL, the write lock (BEGIN IMMEDIATE) on SQLite.
func runLock(d dburl.Dialect) (lock, unlock func(context.Context, *sql.Conn) error) {
	exec := func(query string, args ...any) func(context.Context, *sql.Conn) error {
		return func(ctx context.Context, c *sql.Conn) error {
			_, err := c.ExecContext(ctx, query, args...)
			return err
		}
	}
	switch d {
	case dburl.Postgres:
		return exec("SELECT pg_advisory_lock($1)", lockKey()), exec("SELECT pg_advisory_unlock($1)", lockKey())
	case dburl.MySQL:
		named := func(stmt string) func(context.Context, *sql.Conn) error {
			return func(ctx context.Context, c *sql.Conn) error {
				var name string
				if err := c.QueryRowContext(ctx, "SELECT DATABASE()").Scan(&name); err != nil {
					return err
				}
				return exec(stmt, mysqlLockName(name))(ctx, c)
			}
		}
		return named("SELECT GET_LOCK(?, 0)"), named("SELECT RELEASE_LOCK(?)")
	}
	return exec("BEGIN IMMEDIATE"), exec("ROLLBACK")
}

// holdLock takes the run lock of d on a new connection of db and returns
// the function that releases it.
func holdLock(t *testing.T, db *sql.DB, d dburl.Dialect) (release func()) {
	t.Helper()
	ctx := context.Background()
	holder, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lock, unlock := runLock(d)
	if err := lock(ctx, holder); err != nil {
		t.Fatal(err)
	}
	return func() {
		if err := unlock(ctx, holder); err != nil {
			t.Error(err)
		}
		holder.Close()
	}
}

// concurrentRuns starts four upgrades of one database while the lock is
// held, so that all of them plan from <base> and wait, then lets them go.
// Every dialect must end alike: each run succeeds, each revision is
// applied once, and a run left nothing to do says the database is already
// at head (on SQLite a loser finds the rows moved when BEGIN IMMEDIATE
// returns, and plans again).
func concurrentRuns(t *testing.T, url string, d dburl.Dialect) {
	dir := writeFiles(t, threeRevisions)
	release := holdLock(t, testdb.Open(t, url), d)
	type result struct {
		err error
		log string
	}
	results := make(chan result, 4)
	for range 4 {
		g, err := LoadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		log := &strings.Builder{}
		r := &Runner{DB: testdb.Open(t, url), Dialect: d, Graph: g, Log: log}
		go func() {
			err := r.Upgrade(context.Background(), "head")
			results <- result{err, log.String()}
		}()
	}
	time.Sleep(300 * time.Millisecond) // every run reaches the wait
	release()
	var all strings.Builder
	idle := 0
	for range 4 {
		res := <-results
		if res.err != nil {
			t.Errorf("concurrent upgrade: %v", res.err)
		}
		all.WriteString(res.log)
		switch {
		case res.log == "Nothing to upgrade: the database is already at c3c3c3c3c3c3 (head)\n":
			idle++
		case !strings.HasPrefix(res.log, "Running upgrade "):
			t.Errorf("a run logged %q; want its upgrades, or that there was nothing to do", res.log)
		}
	}
	if idle == 0 {
		t.Errorf("no run said it had nothing to do; logs:\n%s", all.String())
	}
	for _, line := range []string{
		"Running upgrade  -> a1a1a1a1a1a1, create users\n",
		"Running upgrade a1a1a1a1a1a1 -> b2b2b2b2b2b2, add bio\n",
		"Running upgrade b2b2b2b2b2b2 -> c3c3c3c3c3c3, add posts\n",
	} {
		if n := strings.Count(all.String(), line); n != 1 {
			t.Errorf("%q logged %d times, want once; logs:\n%s", line, n, all.String())
		}
	}
	db := testdb.Open(t, url)
	r, _ := newRunner(t, db, d, threeRevisions)
	wantCurrent(t, r, "c3c3c3c3c3c3")
	if got := queryStrings(t, db, "SELECT count(*) FROM users"); got != "1" {
		t.Errorf("users rows = %s, want the seed once", got)
	}
}

// lockedRun holds the runner's lock on another connection: an upgrade
// then fails with ErrLocked, changes nothing and names the revision the
// database is at; after the lock is released it runs, and a run releases
// the lock behind it.
func lockedRun(t *testing.T, db *sql.DB, d dburl.Dialect) {
	r, log := newRunner(t, db, d, threeRevisions)
	r.LockWait = 300 * time.Millisecond
	ctx := context.Background()
	if err := r.Upgrade(ctx, "+1"); err != nil {
		t.Fatal(err)
	}
	release := holdLock(t, db, d)
	log.Reset()
	err := r.Upgrade(ctx, "head")
	if !errors.Is(err, ErrLocked) {
		release()
		t.Fatalf("upgrade while locked: %v, want ErrLocked", err)
	}
	t.Log(err)
	if want := "; the database is at a1a1a1a1a1a1; try again when it is done"; !strings.HasSuffix(err.Error(), want) {
		t.Errorf("error %q\ndoes not end in %q", err, want)
	}
	if log.Len() > 0 {
		t.Errorf("log = %q, want nothing: no revision ran", log)
	}
	wantCurrent(t, r, "a1a1a1a1a1a1")
	release()
	if err := r.Upgrade(ctx, "head"); err != nil {
		t.Fatal(err)
	}
	// The lock is released after a run: a second run takes it at once.
	if err := r.Downgrade(ctx, "base"); err != nil {
		t.Fatal(err)
	}
}
