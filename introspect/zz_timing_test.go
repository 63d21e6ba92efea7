package introspect

import (
	"context"
	"database/sql"
	"testing"
	"time"

	_ "github.com/lib/pq"
)

func TestZZTiming(t *testing.T) {
	ctx := context.Background()
	for _, q := range []struct{ n, q string }{{"tables", pgTablesQuery}, {"columns", pgColumnsQuery}, {"indexes", pgIndexesQuery}, {"fks", pgFKsQuery}, {"checks", pgChecksQuery}} {
		for i := 0; i < 2; i++ {
			db, err := sql.Open("postgres", "postgres://postgres@127.0.0.1:5432/agperf_5000?sslmode=disable")
			if err != nil {
				t.Skip(err)
			}
			var ns int64
			db.QueryRow("select oid from pg_namespace where nspname='public'").Scan(&ns)
			start := time.Now()
			rows, err := db.QueryContext(ctx, q.q, ns)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for rows.Next() {
				n++
			}
			rows.Close()
			t.Logf("%s: %d rows %v (cold session)", q.n, n, time.Since(start))
			db.Close()
		}
	}
}
