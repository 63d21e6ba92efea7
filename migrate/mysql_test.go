package migrate

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// halfFiles has a second revision whose third statement fails on MySQL
// after two that commit on their own: a DDL statement and an INSERT.
var halfFiles = map[string]string{
	"a1a1a1a1a1a1_create_users.sql": threeRevisions["a1a1a1a1a1a1_create_users.sql"],
	"b2b2b2b2b2b2_broken.sql": revFileMsg("b2b2b2b2b2b2", "a1a1a1a1a1a1", "broken",
		"CREATE TABLE first (x integer);\nINSERT INTO users (id, name) VALUES (7, 'x');\n-- fails:\nINSERT INTO missing_table\n  VALUES (1);",
		"DROP TABLE first;\nDELETE FROM users WHERE id = 7;"),
}

func wantErrorSays(t *testing.T, err error, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v\ndoes not say %q", err, want)
		}
	}
}

// A revision that fails part-way keeps what ran, says exactly what, and
// leaves a record that makes the next run refuse until autogen stamp.
func TestMySQLHalfApplied(t *testing.T) {
	db := testdb.Open(t, testdb.MySQL(t))
	r, _ := newRunner(t, db, dburl.MySQL, halfFiles)
	ctx := context.Background()
	if err := r.Upgrade(ctx, "+1"); err != nil {
		t.Fatal(err)
	}
	err := r.Upgrade(ctx, "head")
	var ae *ApplyError
	if !errors.As(err, &ae) || ae.Ran != 2 || ae.Total != 3 || !ae.Dirty {
		t.Fatalf("upgrade: %#v", err)
	}
	t.Log(err)
	wantErrorSays(t, err,
		"upgrade b2b2b2b2b2b2 (broken): statement at ", "b2b2b2b2b2b2_broken.sql:10 failed: INSERT INTO missing_table ...: ",
		"(MySQL commits each statement on its own): statements 1 to 2 of 3 (lines 7 to 8) ran and stay applied, statement 3 failed, "+
			"and autogen_version still says a1a1a1a1a1a1; autogen_dirty records the revision as half-applied",
		`"autogen stamp b2b2b2b2b2b2"`, `"autogen stamp a1a1a1a1a1a1"`)
	wantCurrent(t, r, "a1a1a1a1a1a1")
	wantTables(t, db, dburl.MySQL, "autogen_version first users")
	if got := queryStrings(t, db, "SELECT name FROM users"); got != "x" {
		t.Errorf("users = %q, want the row the second statement inserted", got)
	}

	// The next run refuses, in either direction, and says why.
	for _, err := range []error{r.Upgrade(ctx, "head"), r.Downgrade(ctx, "base")} {
		var de *DirtyError
		if !errors.As(err, &de) || de.Applied != 2 || de.ID != "b2b2b2b2b2b2" {
			t.Fatalf("run after the failure: %v, want a *DirtyError", err)
		}
		wantErrorSays(t, err, "upgrade b2b2b2b2b2b2 (broken) is half-applied",
			"statements 1 to 2 of 3 (lines 7 to 8 of ", "b2b2b2b2b2b2_broken.sql) ran and stay applied; statement 3 (line 10 of ",
			"failed: ", "missing_table", "autogen_version still says a1a1a1a1a1a1", "autogen refuses to upgrade or downgrade")
	}
	wantCurrent(t, r, "a1a1a1a1a1a1")

	// Finished by hand, then stamped: the record is gone and runs go on.
	mustExec(t, db, "CREATE TABLE missing_table (v integer)")
	mustExec(t, db, "INSERT INTO missing_table VALUES (1)")
	if err := r.Stamp(ctx, "b2b2"); err != nil {
		t.Fatal(err)
	}
	if got := queryStrings(t, db, "SELECT count(*) FROM autogen_dirty"); got != "0" {
		t.Errorf("autogen_dirty rows after stamp = %s", got)
	}
	if err := r.Downgrade(ctx, "-1"); err != nil {
		t.Fatal(err)
	}
	wantCurrent(t, r, "a1a1a1a1a1a1")
	wantTables(t, db, dburl.MySQL, "autogen_version missing_table users")
}

// A failing first statement leaves nothing applied and no record.
func TestMySQLFirstStatementFails(t *testing.T) {
	files := map[string]string{
		"a1a1a1a1a1a1_broken.sql": revFileMsg("a1a1a1a1a1a1", "<base>", "broken", "SELECT * FROM nope;\nCREATE TABLE t (x integer);", ""),
	}
	db := testdb.Open(t, testdb.MySQL(t))
	r, _ := newRunner(t, db, dburl.MySQL, files)
	for range 2 { // the second run is not refused: nothing is half-applied
		err := r.Upgrade(context.Background(), "head")
		var ae *ApplyError
		if !errors.As(err, &ae) || ae.Dirty {
			t.Fatalf("upgrade: %v", err)
		}
		wantErrorSays(t, err, "; no statement of this revision ran (MySQL commits each statement on its own, and the failed one was not applied) and the database stays at <base>")
	}
	wantTables(t, db, dburl.MySQL, "autogen_version") // made before the first statement
	wantCurrent(t, r)
}

// A downgrade that stops part-way is recorded the same way; the stamp
// hints name the revision's parent.
func TestMySQLDowngradeHalfApplied(t *testing.T) {
	files := map[string]string{
		"a1a1a1a1a1a1_create_users.sql": threeRevisions["a1a1a1a1a1a1_create_users.sql"],
		"b2b2b2b2b2b2_two.sql": revFileMsg("b2b2b2b2b2b2", "a1a1a1a1a1a1", "two tables",
			"CREATE TABLE t1 (x integer);\nCREATE TABLE t2 (x integer);", "DROP TABLE t2;\nDROP TABLE nope;\nDROP TABLE t1;"),
	}
	db := testdb.Open(t, testdb.MySQL(t))
	r, _ := newRunner(t, db, dburl.MySQL, files)
	ctx := context.Background()
	if err := r.Upgrade(ctx, "head"); err != nil {
		t.Fatal(err)
	}
	err := r.Downgrade(ctx, "-1")
	wantErrorSays(t, err, "statement 1 of 3 (line 11) ran and stays applied, statement 2 failed, statement 3 did not run, and autogen_version still says b2b2b2b2b2b2",
		`"autogen stamp a1a1a1a1a1a1"`, `"autogen stamp b2b2b2b2b2b2"`)
	wantTables(t, db, dburl.MySQL, "autogen_version t1 users")
	err = r.Upgrade(ctx, "head")
	wantErrorSays(t, err, "downgrade b2b2b2b2b2b2 (two tables) is half-applied", "statement 1 of 3 (line 11 of ")
}

// A run cut off mid-statement (killed, connection lost) could not record
// the failure; the next run says the statement may have taken effect.
func TestMySQLCutOff(t *testing.T) {
	db := testdb.Open(t, testdb.MySQL(t))
	r, _ := newRunner(t, db, dburl.MySQL, threeRevisions)
	ctx := context.Background()
	if err := r.Upgrade(ctx, "b2b2"); err != nil {
		t.Fatal(err)
	}
	mustExec(t, db, "INSERT INTO autogen_dirty (revision, direction, applied, total, version_before, version_after) "+
		"VALUES ('c3c3c3c3c3c3', 'upgrade', 1, 3, 'b2b2b2b2b2b2', 'c3c3c3c3c3c3')")
	err := r.Upgrade(ctx, "head")
	wantErrorSays(t, err, "statement 1 of 3 (line 7 of ", "the run was cut off during statement 2 (line 8 of ",
		"which may or may not have taken effect", `"autogen stamp c3c3c3c3c3c3"`)
	if err := r.Stamp(ctx, "b2b2"); err != nil {
		t.Fatal(err)
	}
	// The record was made up: nothing of c3 ran, so all of it applies.
	if err := r.Upgrade(ctx, "head"); err != nil {
		t.Fatal(err)
	}
	wantCurrent(t, r, "c3c3c3c3c3c3")
}

func TestMySQLLock(t *testing.T) {
	lockedRun(t, testdb.Open(t, testdb.MySQL(t)), dburl.MySQL)
}

// TestMySQLConcurrentRuns: runs on one database wait for the named lock;
// the first applies, the others find nothing left to do and say so.
func TestMySQLConcurrentRuns(t *testing.T) {
	concurrentRuns(t, testdb.MySQL(t), dburl.MySQL)
}

func TestMySQLLockName(t *testing.T) {
	if got := mysqlLockName("app"); got != "autogen:app.autogen_version" {
		t.Errorf("lock name = %q", got)
	}
	if got := mysqlLockName(strings.Repeat("d", 64)); len(got) > 64 || !strings.HasPrefix(got, "autogen:") {
		t.Errorf("lock name for a long database name = %q (%d bytes)", got, len(got))
	}
}
