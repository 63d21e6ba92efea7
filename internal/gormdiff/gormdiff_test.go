package gormdiff

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"reflect"
	"strings"
	"testing"

	"ariga.io/atlas/sql/schema"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
	gormschema "gorm.io/gorm/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/devdb"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/internal/gormdiff/fixtures"
	"github.com/autogen-dev/autogen/internal/gormdiff/fixtures/nolower"
	"github.com/autogen-dev/autogen/internal/gormdiff/fixtures/prefixed"
	"github.com/autogen-dev/autogen/internal/gormdiff/fixtures/replaced"
	"github.com/autogen-dev/autogen/introspect"
	"github.com/autogen-dev/autogen/models"
)

// suite is one fixture package AutoMigrated with one gorm.Config.
type suite struct {
	name   string
	dir    string                      // the package directory, read by models.Load
	models func(d dburl.Dialect) []any // what AutoMigrate gets, per dialect
	naming models.Naming
	gorm   gormschema.NamingStrategy // the same naming, as GORM takes it
}

var suites = []suite{
	{name: "fixtures", dir: "fixtures", models: fixtures.Models},
	{
		name: "prefixed", dir: "fixtures/prefixed", models: all(prefixed.Models),
		naming: models.Naming{TablePrefix: "app_", SingularTable: true},
		gorm:   gormschema.NamingStrategy{TablePrefix: "app_", SingularTable: true},
	},
	{
		name: "nolower", dir: "fixtures/nolower", models: all(nolower.Models),
		naming: models.Naming{NoLowerCase: true},
		gorm:   gormschema.NamingStrategy{NoLowerCase: true},
	},
	{
		name: "replaced", dir: "fixtures/replaced", models: all(replaced.Models),
		naming: models.Naming{NameReplacer: []models.Replacement{{From: "CID", To: "Cid"}, {From: "Legacy", To: ""}}},
		gorm:   gormschema.NamingStrategy{NameReplacer: strings.NewReplacer("CID", "Cid", "Legacy", "")},
	},
}

// all hands the same models to every dialect.
func all(f func() []any) func(dburl.Dialect) []any {
	return func(dburl.Dialect) []any { return f() }
}

// opener connects GORM to a fresh database of one dialect and returns its
// dburl form, for autogen's side.
type opener func(t *testing.T) (dialector func() gorm.Dialector, url string)

func runSuite(t *testing.T, s suite, d dburl.Dialect, open opener) {
	ctx := context.Background()
	want := s.models(d)
	res, err := models.Load(ctx, models.Config{
		Dirs: []string{s.dir}, Dialect: d, Models: typeNames(want), Naming: s.naming,
	})
	if err != nil {
		t.Fatalf("models.Load: %v", err)
	}
	if w := unexpected(res.Warnings); len(w) > 0 {
		t.Errorf("models.Load warns about tags GORM reads:\n%v", w)
	}
	dialector, url := open(t)
	u, err := dburl.Parse(url)
	if err != nil {
		t.Fatal(err)
	}
	db, err := dburl.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for run := 1; run <= 2; run++ {
		// A fresh *gorm.DB each run: a restarted program has an empty
		// schema cache.
		sqls := autoMigrate(t, dialector(), s, want)
		got, err := introspect.Schema(ctx, db, d, introspect.Options{})
		if err != nil {
			t.Fatal(err)
		}
		// As the CLI does: the server spells the models' expressions.
		want, err := devdb.Normalize(ctx, db, d, res.Schema)
		if err != nil {
			t.Fatal(err)
		}
		changes, err := diff.Schemas(got, want, d)
		if err != nil {
			t.Fatal(err)
		}
		if len(changes) > 0 {
			t.Errorf("run %d: autogen sees %d changes against GORM's AutoMigrate:\n%s\nGORM ran:\n%s",
				run, len(changes), strings.Join(diff.Describe(changes), "\n")+details(changes), sqls)
			return
		}
	}
}

// autoMigrate runs GORM's AutoMigrate once, in one call as GORM's users do,
// and returns the SQL it executed.
func autoMigrate(t *testing.T, dial gorm.Dialector, s suite, values []any) string {
	var buf bytes.Buffer
	lg := logger.New(log.New(&buf, "", 0), logger.Config{LogLevel: logger.Info, Colorful: false})
	ns := s.gorm
	gdb, err := gorm.Open(dial, &gorm.Config{Logger: lg, NamingStrategy: namer(ns)})
	if err != nil {
		t.Fatalf("gorm.Open: %v", err)
	}
	if sqlDB, err := gdb.DB(); err == nil {
		defer sqlDB.Close()
	}
	if err := gdb.AutoMigrate(values...); err != nil {
		t.Fatalf("AutoMigrate: %v\nlast statements:\n%s", err, lastLines(buf.String(), 4))
	}
	return sqlLines(buf.String())
}

// namer returns nil for the zero strategy, so that each dialector installs
// its own default (PostgreSQL's IdentifierMaxLength 63).
func namer(ns gormschema.NamingStrategy) gormschema.Namer {
	if reflect.ValueOf(ns).IsZero() {
		return nil
	}
	return ns
}

// sqlLines keeps the statements of GORM's log, dropping catalog queries.
func sqlLines(log string) string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		u := strings.ToUpper(l)
		if strings.Contains(u, "CREATE ") || strings.Contains(u, "ALTER ") || strings.Contains(u, "DROP ") || strings.Contains(u, "COMMENT ON") || strings.Contains(u, "INSERT ") {
			if i := strings.Index(l, "] "); i >= 0 {
				l = l[i+2:]
			}
			out = append(out, "  "+l)
		}
	}
	return strings.Join(out, "\n")
}

// typeNames lists the Go type names of the models handed to AutoMigrate.
func typeNames(values []any) []string {
	var out []string
	for _, v := range values {
		t := reflect.TypeOf(v)
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		out = append(out, t.Name())
	}
	return out
}

// details spells out the index changes, which Describe names only.
func details(changes []schema.Change) string {
	var b strings.Builder
	for _, c := range changes {
		mt, ok := c.(*schema.ModifyTable)
		if !ok {
			continue
		}
		for _, sub := range mt.Changes {
			if mi, ok := sub.(*schema.ModifyIndex); ok {
				fmt.Fprintf(&b, "\n  %s: db %s\n  %s: models %s", mi.From.Name, indexText(mi.From), mi.To.Name, indexText(mi.To))
			}
		}
	}
	return b.String()
}

func indexText(idx *schema.Index) string {
	var parts []string
	for _, p := range idx.Parts {
		s := fmt.Sprintf("%+v", p.X)
		if p.C != nil {
			s = p.C.Name
		}
		parts = append(parts, fmt.Sprintf("%s desc=%v attrs=%+v", s, p.Desc, p.Attrs))
	}
	var attrs []string
	for _, a := range idx.Attrs {
		attrs = append(attrs, fmt.Sprintf("%T%+v", a, a))
	}
	return fmt.Sprintf("unique=%v parts=%v attrs=%v", idx.Unique, parts, attrs)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
