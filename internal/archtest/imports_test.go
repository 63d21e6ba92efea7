package archtest

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/autogen-dev/autogen/"

// allowed lists, for each package, the autogen packages its non-test code
// may import. Data flows one way: models -> schema <- introspect;
// diff -> render -> migrate; only cmd/autogen joins them. hint is a leaf
// of schema attributes (renamed_from) that models writes and diff reads:
// the one thing models tells diff beyond the schema itself, passed without
// either importing the other. hazard is downstream of diff: it reads the
// changes diff returns, and takes possible renames (DL103) from diff's one
// detector rather than keeping a second one; diff never imports hazard.
// hint also carries what the catalog says of a serial column's sequence
// (introspect writes it, diff reads it) and the sequence change diff
// returns beside Atlas's (render plans it, hazard flags it).
var allowed = map[string][]string{
	"dburl":      {},
	"hint":       {},
	"models":     {"dburl", "hint", "sqlsafe"},
	"introspect": {"dburl", "hint", "sqlsafe"},
	"diff":       {"dburl", "hint", "sqlsafe"},
	"devdb":      {"dburl", "sqlsafe"},
	"render":     {"dburl", "hazard", "hint", "sqlsafe"},
	"hazard":     {"dburl", "diff", "hint", "sqlsafe"},
	"sqlsafe":    {"dburl"},
	"migrate":    {"dburl"},
}

func TestImportDirection(t *testing.T) {
	root := filepath.Join("..", "..")
	for pkg, ok := range allowed {
		for _, imp := range autogenImports(t, filepath.Join(root, pkg)) {
			if !slices.Contains(ok, imp) {
				t.Errorf("package %s imports %s; it may import only %v", pkg, imp, ok)
			}
		}
	}
}

// autogenImports returns the autogen packages imported by the non-test Go
// files of dir.
func autogenImports(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, p := range allImports(t, dir) {
		if rest, ok := strings.CutPrefix(p, module); ok {
			out = append(out, rest)
		}
	}
	return out
}

// allImports returns every import path of the non-test Go files of dir.
func allImports(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, spec := range af.Imports {
			p, _ := strconv.Unquote(spec.Path.Value)
			out = append(out, p)
		}
	}
	return out
}

// TestCatalogdumpStandardLibraryOnly keeps internal/catalogdump, the
// round-trip tests' independent judge, free of autogen's packages, Atlas
// and every other module: a blind spot it shared with introspect would
// hide the bugs it is there to find.
func TestCatalogdumpStandardLibraryOnly(t *testing.T) {
	for _, imp := range allImports(t, filepath.Join("..", "catalogdump")) {
		if first, _, _ := strings.Cut(imp, "/"); strings.Contains(first, ".") {
			t.Errorf("package internal/catalogdump imports %s; it may import only the standard library", imp)
		}
	}
}
