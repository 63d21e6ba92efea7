package devdb

import (
	"context"
	"strings"
	"testing"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/internal/testdb"
	"github.com/autogen-dev/autogen/introspect"
)

// models builds the table as the models would: expressions as written.
func models(d dburl.Dialect, check string) *schema.Schema {
	status := schema.NewStringColumn("status", "varchar")
	status.Type.Type = &schema.StringType{T: "varchar", Size: 20}
	t := schema.NewTable("orders").AddColumns(status)
	t.AddChecks(schema.NewCheck().SetName("chk_orders_status").SetExpr(check))
	if d == dburl.Postgres {
		t.AddIndexes(schema.NewIndex("idx_orders_lower").AddParts(schema.NewExprPart(&schema.RawExpr{X: "lower(status)"})).
			AddAttrs(&postgres.IndexPredicate{P: "status IN ('a', 'b')"}))
	}
	return schema.New("").AddTables(t)
}

func TestNormalize(t *testing.T) {
	for _, tt := range []struct {
		d   dburl.Dialect
		url func(testdb.TB) string
		ddl []string
	}{
		{dburl.Postgres, testdb.Postgres, []string{
			`CREATE TABLE orders (status varchar(20) NOT NULL, CONSTRAINT chk_orders_status CHECK (status IN ('a', 'b')))`,
			`CREATE INDEX idx_orders_lower ON orders (lower(status)) WHERE status IN ('a', 'b')`,
		}},
		{dburl.MySQL, testdb.MySQL, []string{
			"CREATE TABLE orders (status varchar(20) NOT NULL, CONSTRAINT chk_orders_status CHECK (length(status) < 5))",
		}},
	} {
		t.Run(string(tt.d), func(t *testing.T) {
			ctx := context.Background()
			u, err := dburl.Parse(tt.url(t))
			if err != nil {
				t.Fatal(err)
			}
			db, err := dburl.Open(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			for _, q := range tt.ddl {
				if _, err := db.Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			cur, err := introspect.Schema(ctx, db, tt.d, introspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			check := "status IN ('a', 'b')"
			if tt.d == dburl.MySQL {
				check = "length(status) < 5"
			}
			want := models(tt.d, check)
			// As written, the text differs from the catalog's.
			if raw, _ := diff.Schemas(cur, want, tt.d); len(raw) == 0 {
				t.Log("the catalog spells these as written; the test shows nothing")
			}
			norm, err := Normalize(ctx, db, tt.d, want)
			if err != nil {
				t.Fatal(err)
			}
			if got, err := diff.Schemas(cur, norm, tt.d); err != nil || len(got) != 0 {
				t.Errorf("after normalization: %v, %v; want no changes", diff.Describe(got), err)
			}
			// A real edit still shows.
			edited, err := Normalize(ctx, db, tt.d, models(tt.d, strings.Replace(check, "5", "6", 1)+" AND status <> 'c'"))
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := diff.Schemas(cur, edited, tt.d); len(got) == 0 {
				t.Error("an edited check shows no change")
			}
			// Nothing is left behind.
			after, err := introspect.Schema(ctx, db, tt.d, introspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(after.Tables) != 1 {
				t.Errorf("tables after: %d", len(after.Tables))
			}
			if want.Tables[0].Attrs[0].(*schema.Check).Expr != check {
				t.Error("Normalize changed its input")
			}
		})
	}
}

// On SQLite the models' expressions are parsed in a scratch in-memory
// database: a syntax error is reported naming the table, a good one comes
// back unchanged, and the database file gets nothing.
func TestSQLiteParsesExpressions(t *testing.T) {
	ctx := context.Background()
	u, err := dburl.Parse(testdb.SQLite(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	db, err := dburl.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	good := models(dburl.SQLite, "status IN ('a', 'b')")
	got, err := Normalize(ctx, db, dburl.SQLite, good)
	if err != nil || got != good {
		t.Fatalf("Normalize(good) = %p, %v; want its input back", got, err)
	}
	_, err = Normalize(ctx, db, dburl.SQLite, models(dburl.SQLite, "status >"))
	if err == nil || !strings.Contains(err.Error(), "`orders`") || !strings.Contains(err.Error(), "syntax error") {
		t.Errorf("Normalize(bad) = %v; want a syntax error naming orders", err)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n); err != nil || n != 0 {
		t.Errorf("the database file holds %d objects (%v); want none", n, err)
	}
}
