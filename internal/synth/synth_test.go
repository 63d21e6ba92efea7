package synth

import (
	"context"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
)

func TestModelsParse(t *testing.T) {
	for _, v := range []Variant{Base, Changed} {
		src := Models("gen", 300, v)
		f, err := parser.ParseFile(token.NewFileSet(), "gen.go", src, 0)
		if err != nil {
			t.Fatalf("variant %d does not parse: %v", v, err)
		}
		if got := len(f.Scope.Objects); got != 300 {
			t.Errorf("variant %d declares %d types, want 300", v, got)
		}
	}
}

// The changed variant touches 1% of the tables for each kind of change.
func TestChangedIsOnePercent(t *testing.T) {
	base, changed := Models("gen", 1000, Base), Models("gen", 1000, Changed)
	if n := strings.Count(changed, "Extra "); n != 10 {
		t.Errorf("%d added columns, want 10", n)
	}
	if n := strings.Count(changed, "size:150"); n != 10 {
		t.Errorf("%d widened columns, want 10", n)
	}
	if d := strings.Count(base, "not null;index") - strings.Count(changed, "not null;index"); d != 10 {
		t.Errorf("%d name indexes dropped, want 10", d)
	}
	if first, again := Models("gen", 10, Base), Models("gen", 10, Base); first != again {
		t.Error("output is not deterministic")
	}
}

// SQL plans one CREATE TABLE per model, and the changed variant's SQL
// differs from the base's.
func TestSQL(t *testing.T) {
	sum, err := os.ReadFile(filepath.Join("..", "..", "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	base, err := Write(t.TempDir(), 5, Base, sum)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.SQLite, dburl.MySQL} {
		ddl, err := SQL(context.Background(), base, d)
		if err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		if n := strings.Count(ddl, "CREATE TABLE"); n != 5 {
			t.Errorf("%s: %d CREATE TABLE statements, want 5:\n%s", d, n, ddl)
		}
		if !strings.HasSuffix(ddl, ";\n") {
			t.Errorf("%s: the SQL does not end in a statement terminator", d)
		}
	}
}
