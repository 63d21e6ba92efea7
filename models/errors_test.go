package models

import (
	"context"
	"errors"
	"go/ast"
	goparser "go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
)

// TestErrors loads the errs fixture once and checks that every line with a
// `// want "regexp"` comment got a matching error, and no other line got
// one (analysistest works the same way).
func TestErrors(t *testing.T) {
	dir := filepath.Join("testdata", "errs")
	_, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: dburl.Postgres})
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("want an ErrorList, got %v", err)
	}
	wants := wantComments(t, dir)
	got := map[string][]string{}
	for _, e := range list {
		key := filepath.Base(e.Pos.Filename) + ":" + strconv.Itoa(e.Pos.Line)
		got[key] = append(got[key], e.Msg)
	}
	for key, re := range wants {
		msgs := got[key]
		if len(msgs) != 1 || !re.MatchString(msgs[0]) {
			t.Errorf("%s: want one error matching %q, got %q", key, re, msgs)
		}
		delete(got, key)
	}
	for key, msgs := range got {
		t.Errorf("%s: unexpected errors %q", key, msgs)
	}
	if !strings.Contains(err.Error(), "models.go:") {
		t.Errorf("Error() does not print positions:\n%v", err)
	}
}

var wantRE = regexp.MustCompile("want `([^`]*)`")

func wantComments(t *testing.T, dir string) map[string]*regexp.Regexp {
	t.Helper()
	fset := token.NewFileSet()
	pkgs, err := goparser.ParseDir(fset, dir, nil, goparser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*regexp.Regexp{}
	for _, p := range pkgs {
		for name, f := range p.Files {
			for _, cg := range f.Comments {
				addWants(out, fset, filepath.Base(name), cg)
			}
		}
	}
	return out
}

func addWants(out map[string]*regexp.Regexp, fset *token.FileSet, file string, cg *ast.CommentGroup) {
	for _, c := range cg.List {
		if m := wantRE.FindStringSubmatch(c.Text); m != nil {
			out[file+":"+strconv.Itoa(fset.Position(c.Pos()).Line)] = regexp.MustCompile(m[1])
		}
	}
}
