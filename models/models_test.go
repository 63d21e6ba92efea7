package models

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	autorender "github.com/autogen-dev/autogen/render"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// The fixtures are modules of their own that require only modules already
// in autogen's go.sum; loading them must never reach the network.
func TestMain(m *testing.M) {
	os.Setenv("GOPROXY", "off")
	os.Setenv("GOWORK", "off")
	os.Setenv("GOFLAGS", "-mod=mod")
	os.Exit(m.Run())
}

// fixtures are the testdata packages that load without errors.
var fixtures = []string{"blog", "blogv2", "tags"}

var dialects = []dburl.Dialect{dburl.Postgres, dburl.SQLite, dburl.MySQL}

func load(t testing.TB, fixture string, d dburl.Dialect) *Result {
	t.Helper()
	res, err := Load(context.Background(), Config{Dirs: []string{filepath.Join("testdata", fixture)}, Dialect: d})
	if err != nil {
		t.Fatalf("load %s for %s: %v", fixture, d, err)
	}
	return res
}

func TestGolden(t *testing.T) {
	for _, fx := range fixtures {
		for _, d := range dialects {
			t.Run(fx+"/"+string(d), func(t *testing.T) {
				got := render(t, load(t, fx, d), d)
				golden(t, filepath.Join("testdata", fx, string(d)+".golden"), got)
			})
		}
	}
}

// render writes what a fixture loads to: its models, then the DDL autogen
// plans for creating every table, with each table's and column's source
// line.
func render(t *testing.T, res *Result, d dburl.Dialect) string {
	t.Helper()
	var b strings.Builder
	for _, m := range res.Models {
		fmt.Fprintf(&b, "-- model %s.%s at %s -> %q\n", m.Package, m.Name, short(m.Pos.String()), m.Table)
	}
	for _, tb := range res.Schema.Tables {
		fmt.Fprintf(&b, "-- table %s:", tb.Name)
		for _, c := range tb.Columns {
			pos, _ := PosOf(c.Attrs)
			fmt.Fprintf(&b, " %s@%d", c.Name, pos.Line)
		}
		b.WriteString("\n")
	}
	for _, c := range plan(t, res.Schema, d) {
		b.WriteString(c + ";\n")
	}
	return b.String()
}

func short(pos string) string { return filepath.Base(pos) }

// plan plans creating every table of s as autogen does (package render,
// which writes SQLite's CREATE TABLE itself), one statement a string.
func plan(t *testing.T, s *schema.Schema, d dburl.Dialect) []string {
	t.Helper()
	var changes []schema.Change
	for _, tb := range s.Tables {
		changes = append(changes, &schema.AddTable{T: tb})
	}
	stmts, err := autorender.Plan(changes, d)
	if err != nil {
		t.Fatalf("plan %s: %v", d, err)
	}
	out := make([]string, len(stmts))
	for i, st := range stmts {
		out[i] = st.SQL
	}
	return out
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./models -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run go test ./models -update, then review):\n%s", path, lineDiff(string(want), got))
	}
}

// lineDiff prints the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	inW, inG := map[string]int{}, map[string]int{}
	for _, l := range w {
		inW[l]++
	}
	for _, l := range g {
		inG[l]++
	}
	var b strings.Builder
	for _, l := range w {
		if inG[l] == 0 {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range g {
		if inW[l] == 0 {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
