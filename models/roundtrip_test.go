package models

import (
	"context"
	"strings"
	"testing"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/internal/testdb"
	"github.com/autogen-dev/autogen/introspect"
)

// TestRoundTrip creates every fixture's tables on a real database from the
// DDL autogen plans for the loaded schema, reads the database back and
// diffs: the loaded schema must be exactly what the catalog stores.
func TestRoundTrip(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx+"/postgres", func(t *testing.T) { roundTrip(t, fx, dburl.Postgres, testdb.Postgres(t)) })
		t.Run(fx+"/sqlite", func(t *testing.T) { roundTrip(t, fx, dburl.SQLite, testdb.SQLite(t.TempDir())) })
	}
}

func roundTrip(t *testing.T, fixture string, d dburl.Dialect, url string) {
	ctx := context.Background()
	res := load(t, fixture, d)
	u, err := dburl.Parse(url)
	if err != nil {
		t.Fatal(err)
	}
	db, err := dburl.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range plan(t, res.Schema, d) {
		if _, err := tx.ExecContext(ctx, c); err != nil {
			tx.Rollback()
			t.Fatalf("apply %s: %v", c, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	got, err := introspect.Schema(ctx, db, d, introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	changes, err := diff.Schemas(got, res.Schema, d)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) > 0 {
		t.Errorf("the database differs from the loaded schema:\n%s", describe(changes))
	}
}

// describe lists changes, one per line, with the parts of a
// ModifyTable spelled out.
func describe(changes []schema.Change) string {
	var b strings.Builder
	for _, c := range changes {
		mt, ok := c.(*schema.ModifyTable)
		if !ok {
			b.WriteString(changeString(c) + "\n")
			continue
		}
		for _, sub := range mt.Changes {
			b.WriteString(mt.T.Name + ": " + changeString(sub) + "\n")
		}
	}
	return b.String()
}
