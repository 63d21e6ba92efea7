package bench

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	_ "github.com/autogen-dev/autogen/internal/drivers"
	"github.com/autogen-dev/autogen/internal/synth"
	"github.com/autogen-dev/autogen/internal/testdb"
	"github.com/autogen-dev/autogen/introspect"
	"github.com/autogen-dev/autogen/models"
	"github.com/autogen-dev/autogen/render"
)

var (
	sizes    = []int{100, 1000, 5000}
	dialects = []dburl.Dialect{dburl.Postgres, dburl.SQLite, dburl.MySQL}
)

// fixture is a synthetic models package and, once made, a database that
// holds its tables; fixtures are made on first use and shared by the
// benchmarks of one run.
type fixture struct {
	base, changed string // models package directories
	url           *dburl.URL
}

var (
	mu       sync.Mutex
	fixtures = map[string]*fixture{}
	cleanups []func()
)

func TestMain(m *testing.M) {
	// An interrupted run still drops the databases it made.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		cleanup()
		os.Exit(1)
	}()
	code := m.Run()
	cleanup()
	os.Exit(code)
}

func cleanup() {
	mu.Lock()
	defer mu.Unlock()
	for _, c := range cleanups {
		c()
	}
	cleanups = nil
}

// models returns the base and changed packages of n models.
func modelsFixture(b *testing.B, n int) *fixture {
	b.Helper()
	mu.Lock()
	defer mu.Unlock()
	key := fmt.Sprint("models/", n)
	if f, ok := fixtures[key]; ok {
		return f
	}
	sum, err := os.ReadFile(filepath.Join("..", "..", "go.sum"))
	if err != nil {
		b.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "autogen-bench-")
	if err != nil {
		b.Fatal(err)
	}
	cleanups = append(cleanups, func() { os.RemoveAll(dir) })
	f := &fixture{}
	if f.base, err = synth.Write(filepath.Join(dir, "base"), n, synth.Base, sum); err != nil {
		b.Fatal(err)
	}
	if f.changed, err = synth.Write(filepath.Join(dir, "changed"), n, synth.Changed, sum); err != nil {
		b.Fatal(err)
	}
	fixtures[key] = f
	return f
}

// database returns the URL of a database of dialect d holding the base
// tables of n models, made with the SQL synth.SQL plans for them.
func database(b *testing.B, d dburl.Dialect, n int) *dburl.URL {
	b.Helper()
	m := modelsFixture(b, n)
	mu.Lock()
	defer mu.Unlock()
	key := fmt.Sprint(d, "/", n)
	if f, ok := fixtures[key]; ok {
		return f.url
	}
	raw := newDatabase(b, d)
	u, err := dburl.Parse(raw)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	db, err := dburl.Open(ctx, u)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ddl, err := synth.SQL(ctx, m.base, d)
	if err != nil {
		b.Fatal(err)
	}
	if err := apply(ctx, db, ddl); err != nil {
		b.Fatal(err)
	}
	fixtures[key] = &fixture{url: u}
	return u
}

// open connects to u: each benchmark iteration gets a new session, as each
// autogen run does (a new PostgreSQL backend starts with cold caches).
func open(b *testing.B, u *dburl.URL) *sql.DB {
	b.Helper()
	db, err := dburl.Open(context.Background(), u)
	if err != nil {
		b.Fatal(err)
	}
	return db
}

func newDatabase(b *testing.B, d dburl.Dialect) string {
	var (
		raw  string
		drop func()
		err  error
	)
	switch d {
	case dburl.Postgres:
		raw, drop, err = testdb.NewPostgres()
	case dburl.MySQL:
		raw, drop, err = testdb.NewMySQL()
	case dburl.SQLite:
		dir, derr := os.MkdirTemp("", "autogen-bench-")
		raw, drop, err = testdb.SQLite(dir), func() { os.RemoveAll(dir) }, derr
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			b.Fatalf("%s is not reachable: %v", d, err)
		}
		b.Skipf("%s is not reachable: %v", d, err)
	}
	cleanups = append(cleanups, drop)
	return raw
}

// apply runs the statements one by one, outside a transaction: one
// transaction that creates 5,000 tables runs out of PostgreSQL's lock
// table (max_locks_per_transaction).
func apply(ctx context.Context, db *sql.DB, ddl string) error {
	for _, stmt := range strings.SplitAfter(ddl, ";\n") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("%.80s: %w", stmt, err)
		}
	}
	return nil
}

func load(b *testing.B, dir string, d dburl.Dialect) *schema.Schema {
	b.Helper()
	res, err := models.Load(context.Background(), models.Config{Dirs: []string{dir}, Dialect: d})
	if err != nil {
		b.Fatal(err)
	}
	return res.Schema
}

func BenchmarkLoadModels(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint("N=", n), func(b *testing.B) {
			m := modelsFixture(b, n)
			for b.Loop() {
				load(b, m.base, dburl.Postgres)
			}
		})
	}
}

// BenchmarkIntrospect times introspect.Schema, the reader autogen uses.
func BenchmarkIntrospect(b *testing.B) {
	for _, d := range dialects {
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/N=%d", d, n), func(b *testing.B) {
				u := database(b, d, n)
				for b.Loop() {
					db := open(b, u)
					s, err := introspect.Schema(context.Background(), db, d, introspect.Options{})
					if err != nil {
						b.Fatal(err)
					}
					if len(s.Tables) != n {
						b.Fatalf("read %d tables, want %d", len(s.Tables), n)
					}
					db.Close()
				}
			})
		}
	}
}

// BenchmarkIntrospectAtlas times Atlas's inspector on the same databases,
// for comparison.
func BenchmarkIntrospectAtlas(b *testing.B) {
	for _, d := range dialects {
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/N=%d", d, n), func(b *testing.B) {
				u := database(b, d, n)
				for b.Loop() {
					db := open(b, u)
					conn, err := db.Conn(context.Background())
					if err != nil {
						b.Fatal(err)
					}
					drv, err := introspect.Driver(conn, d)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := drv.InspectSchema(context.Background(), "", &schema.InspectOptions{Mode: schema.InspectTables}); err != nil {
						b.Fatal(err)
					}
					conn.Close()
					db.Close()
				}
			})
		}
	}
}

// BenchmarkDiff times both directions of the diff between the database
// and the changed models, as autogen check and revision run them.
func BenchmarkDiff(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint("N=", n), func(b *testing.B) {
			cur, want := diffInputs(b, n)
			for b.Loop() {
				if _, err := diff.Schemas(cur, want, dburl.Postgres); err != nil {
					b.Fatal(err)
				}
				if _, err := diff.Schemas(want, cur, dburl.Postgres); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRender times planning the SQL of the 1% change, both ways.
func BenchmarkRender(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint("N=", n), func(b *testing.B) {
			cur, want := diffInputs(b, n)
			up, err := diff.Schemas(cur, want, dburl.Postgres)
			if err != nil {
				b.Fatal(err)
			}
			down, err := diff.Schemas(want, cur, dburl.Postgres)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := render.Plan(up, dburl.Postgres); err != nil {
					b.Fatal(err)
				}
				if _, err := render.Plan(down, dburl.Postgres); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// diffInputs returns the PostgreSQL database read back and the changed
// models.
func diffInputs(b *testing.B, n int) (cur, want *schema.Schema) {
	b.Helper()
	db := open(b, database(b, dburl.Postgres, n))
	defer db.Close()
	cur, err := introspect.Schema(context.Background(), db, dburl.Postgres, introspect.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return cur, load(b, modelsFixture(b, n).changed, dburl.Postgres)
}
