package migrate

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// cascadeBase creates users and posts, with two posts whose foreign key
// cascades on delete.
const cascadeBase = "CREATE TABLE `users` (`id` integer NOT NULL, `name` text NULL, PRIMARY KEY (`id`));\n" +
	"CREATE TABLE `posts` (`id` integer NOT NULL, `user_id` integer NOT NULL, PRIMARY KEY (`id`),\n" +
	"  CONSTRAINT `fk_posts_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE);\n" +
	"INSERT INTO `users` (`id`, `name`) VALUES (1, 'ann');\n" +
	"INSERT INTO `posts` (`id`, `user_id`) VALUES (1, 1), (2, 1);"

// atlasRebuild is the table rebuild Atlas plans on SQLite to add a column
// with a foreign key to users (atlas.md §5.4): new table, copy, drop,
// rename.
func atlasRebuild(where string) string {
	return "CREATE TABLE `teams` (`id` integer NOT NULL, PRIMARY KEY (`id`));\n" +
		"CREATE TABLE `new_users` (`id` integer NOT NULL, `name` text NULL, `team_id` integer NULL, PRIMARY KEY (`id`),\n" +
		"  CONSTRAINT `fk_users_team` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`));\n" +
		"INSERT INTO `new_users` (`id`, `name`) SELECT `id`, `name` FROM `users`" + where + ";\n" +
		"DROP TABLE `users`;\n" +
		"ALTER TABLE `new_users` RENAME TO `users`;"
}

func cascadeFiles(where string) map[string]string {
	return map[string]string{
		"a1a1a1a1a1a1_base.sql": revFileMsg("a1a1a1a1a1a1", "<base>", "users and posts", cascadeBase, ""),
		"b2b2b2b2b2b2_rebuild.sql": revFileMsg("b2b2b2b2b2b2", "a1a1a1a1a1a1", "add users.team_id",
			atlasRebuild(where), ""),
	}
}

// sqliteDB opens a SQLite file with one connection, so that the checks of
// PRAGMA foreign_keys see the connection the runner used.
func sqliteDB(t *testing.T) *sql.DB {
	db := testdb.Open(t, testdb.SQLite(t.TempDir()))
	db.SetMaxOpenConns(1)
	return db
}

func foreignKeysOn(t *testing.T, db *sql.DB) bool {
	t.Helper()
	var on bool
	if err := db.QueryRow("PRAGMA foreign_keys").Scan(&on); err != nil {
		t.Fatal(err)
	}
	return on
}

func TestSQLiteRebuildKeepsChildRows(t *testing.T) {
	db := sqliteDB(t)
	r, _ := newRunner(t, db, dburl.SQLite, cascadeFiles(""))
	if err := r.Upgrade(context.Background(), "head"); err != nil {
		t.Fatal(err)
	}
	if got := queryStrings(t, db, "SELECT id FROM posts ORDER BY id"); got != "1 2" {
		t.Errorf("posts after the rebuild = %q, want both rows %q", got, "1 2")
	}
	if !foreignKeysOn(t, db) {
		t.Error("foreign_keys is off after the upgrade; the runner must turn it back on")
	}
	wantCurrent(t, r, "b2b2b2b2b2b2")
}

// TestSQLiteRebuildInTransactionLosesRows proves the test above would fail
// without the PRAGMA handling: the same revision in a plain transaction,
// with foreign keys on as the URL sets them, deletes both child rows.
func TestSQLiteRebuildInTransactionLosesRows(t *testing.T) {
	db := sqliteDB(t)
	r, _ := newRunner(t, db, dburl.SQLite, cascadeFiles(""))
	if err := r.Upgrade(context.Background(), "+1"); err != nil {
		t.Fatal(err)
	}
	rev, err := r.Graph.Get("b2b2")
	if err != nil {
		t.Fatal(err)
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	tx.Exec("PRAGMA foreign_keys = OFF") // a no-op inside a transaction
	for _, s := range rev.Up {
		if _, err := tx.Exec(s.SQL); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := queryStrings(t, db, "SELECT count(*) FROM posts"); got != "0" {
		t.Errorf("posts after a naive rebuild = %s; expected the cascade to delete both (has SQLite changed?)", got)
	}
}

func TestSQLiteForeignKeyCheckRollsBack(t *testing.T) {
	db := sqliteDB(t)
	// This rebuild forgets user 1, whom both posts reference.
	r, _ := newRunner(t, db, dburl.SQLite, cascadeFiles(" WHERE `id` <> 1"))
	ctx := context.Background()
	if err := r.Upgrade(ctx, "+1"); err != nil {
		t.Fatal(err)
	}
	err := r.Upgrade(ctx, "head")
	var ae *ApplyError
	if !errors.As(err, &ae) || ae.Statement != nil {
		t.Fatalf("upgrade: %v, want an *ApplyError after the statements", err)
	}
	for _, want := range []string{
		`foreign key check failed: table "posts" rowid 1 references a missing row of "users"; table "posts" rowid 2`,
		"the revision was rolled back and the database stays at a1a1a1a1a1a1",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q\ndoes not contain %q", err, want)
		}
	}
	wantCurrent(t, r, "a1a1a1a1a1a1")
	wantTables(t, db, dburl.SQLite, "autogen_version posts users")
	if got := queryStrings(t, db, "SELECT name FROM users"); got != "ann" {
		t.Errorf("users = %q", got)
	}
	if !foreignKeysOn(t, db) {
		t.Error("foreign_keys is off after a failed upgrade")
	}
}

// TestSQLiteConcurrentRuns: runs on one file wait on BEGIN IMMEDIATE; a
// run that finds the rows moved plans again, so they end as on PostgreSQL
// and MySQL (before, the losers failed with ErrLocked and said the
// database stayed at <base>).
func TestSQLiteConcurrentRuns(t *testing.T) {
	concurrentRuns(t, testdb.SQLite(t.TempDir()), dburl.SQLite)
}

// TestSQLiteLock: a run that cannot get the write lock within LockWait
// fails with ErrLocked, as on the servers.
func TestSQLiteLock(t *testing.T) {
	lockedRun(t, testdb.Open(t, testdb.SQLite(t.TempDir())), dburl.SQLite)
}

// TestSQLiteBusyTimeoutRestored: the run sets busy_timeout to LockWait on
// its connection and puts the URL's value back before the connection
// returns to the pool.
func TestSQLiteBusyTimeoutRestored(t *testing.T) {
	db := sqliteDB(t)
	r, _ := newRunner(t, db, dburl.SQLite, threeRevisions)
	r.LockWait = 300 * time.Millisecond
	if err := r.Upgrade(context.Background(), "head"); err != nil {
		t.Fatal(err)
	}
	if got := queryStrings(t, db, "PRAGMA busy_timeout"); got != "5000" {
		t.Errorf("busy_timeout after a run = %s, want the URL's 5000", got)
	}
}
