package migrate

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

func nonTxFile(id, parents, msg, up string) string {
	return strings.Replace(revFileMsg(id, parents, msg, up, ""), "\n\n-- autogen:up", "\n-- autogen:transaction false\n\n-- autogen:up", 1)
}

func TestPostgresNonTransactional(t *testing.T) {
	files := map[string]string{
		"a1a1a1a1a1a1_create_users.sql": threeRevisions["a1a1a1a1a1a1_create_users.sql"],
		// CREATE INDEX CONCURRENTLY fails inside a transaction block.
		"b2b2b2b2b2b2_index.sql": nonTxFile("b2b2b2b2b2b2", "a1a1a1a1a1a1", "index users.name",
			`CREATE INDEX CONCURRENTLY "idx_users_name" ON users (name);`),
		"c3c3c3c3c3c3_half.sql": nonTxFile("c3c3c3c3c3c3", "b2b2b2b2b2b2", "half applies",
			"CREATE INDEX CONCURRENTLY idx_users_id_name ON users (id, name);\nCREATE INDEX CONCURRENTLY bad ON missing (x);\nSELECT 1;"),
	}
	db := testdb.Open(t, testdb.Postgres(t))
	r, _ := newRunner(t, db, dburl.Postgres, files)
	ctx := context.Background()
	if err := r.Upgrade(ctx, "b2b2"); err != nil {
		t.Fatal(err)
	}
	wantCurrent(t, r, "b2b2b2b2b2b2")
	if got := queryStrings(t, db, "SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY 1"); got != "idx_users_name users_pkey" {
		t.Errorf("indexes = %q", got)
	}
	err := r.Upgrade(ctx, "head")
	var ae *ApplyError
	if !errors.As(err, &ae) || ae.Ran != 1 || ae.Total != 3 {
		t.Fatalf("upgrade: %#v", err)
	}
	want := "(transaction false): statement 1 of 3 (line 8) ran and stays applied, statement 2 failed, statement 3 did not run, and autogen_version still says b2b2b2b2b2b2"
	if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "c3c3c3c3c3c3_half.sql:9 failed: CREATE INDEX CONCURRENTLY bad ON missing (x): ") {
		t.Errorf("error %q\nwant it to say %q and name the statement", err, want)
	}
	wantCurrent(t, r, "b2b2b2b2b2b2")
}

func TestPostgresLock(t *testing.T) {
	lockedRun(t, testdb.Open(t, testdb.Postgres(t)), dburl.Postgres)
}

// TestPostgresConcurrentRuns: runs on one database wait for the advisory
// lock; the first applies, the others find nothing left to do and say so.
func TestPostgresConcurrentRuns(t *testing.T) {
	concurrentRuns(t, testdb.Postgres(t), dburl.Postgres)
}
