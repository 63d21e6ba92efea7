package migrate

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// graphOf builds a graph from "id" or "id<parent1,parent2" specs.
func graphOf(t *testing.T, specs ...string) *Graph {
	t.Helper()
	var revs []*Revision
	for _, s := range specs {
		id, parents, _ := strings.Cut(s, "<")
		r := &Revision{ID: id, Message: "msg " + id, Path: id + ".sql", Transactional: true, revisesLine: 2}
		if parents != "" {
			r.Parents = strings.Split(parents, ",")
		}
		revs = append(revs, r)
	}
	g, err := NewGraph(revs)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func ids(revs []*Revision) []string {
	var out []string
	for _, r := range revs {
		out = append(out, r.ID)
	}
	return out
}

func TestGraphShape(t *testing.T) {
	// a1 -> b2 -> c3 (head); b2 -> d4 -> m5 <- e6 (second base)
	g := graphOf(t, "m5<d4,e6", "c3<b2", "b2<a1", "a1", "d4<b2", "e6")
	check := func(name string, got, want []string) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("Heads", g.Heads(), []string{"c3", "m5"})
	check("Bases", g.Bases(), []string{"a1", "e6"})
	check("Revisions", ids(g.Revisions()), []string{"a1", "b2", "c3", "d4", "e6", "m5"})
	check("History", ids(g.History()), []string{"m5", "e6", "d4", "c3", "b2", "a1"})
	check("Children", g.Children("b2"), []string{"c3", "d4"})
}

func TestGraphGet(t *testing.T) {
	g := graphOf(t, "abcd1111", "abcd2222<abcd1111", "abcd2223<abcd2222", "abce0000<abcd2223", "ffff<abce0000")
	tests := []struct{ in, want, err string }{
		{in: "abcd1111", want: "abcd1111"},
		{in: "abce", want: "abce0000"},
		{in: "ffff", want: "ffff"},
		{in: "abcd1", want: "abcd1111"},
		{in: "abcd", err: "Multiple revisions start with 'abcd': 'abcd1111', 'abcd2222', 'abcd2223'..."},
		{in: "abcd222", err: "Multiple revisions start with 'abcd222': 'abcd2222', 'abcd2223'..."},
		{in: "abc", err: "Can't locate revision identified by 'abc'; please ensure at least four characters are present for partial revision identifier matches"},
		{in: "0000", err: "Can't locate revision identified by '0000'"},
	}
	for _, tt := range tests {
		r, err := g.Get(tt.in)
		switch {
		case tt.err != "":
			if err == nil || err.Error() != tt.err || !errors.Is(err, ErrUnknownRevision) {
				t.Errorf("Get(%q) error = %v, want %q", tt.in, err, tt.err)
			}
		case err != nil:
			t.Errorf("Get(%q): %v", tt.in, err)
		case r.ID != tt.want:
			t.Errorf("Get(%q) = %s, want %s", tt.in, r.ID, tt.want)
		}
	}
}

func TestGraphResolve(t *testing.T) {
	linear := graphOf(t, "aaaa", "bbbb<aaaa", "cccc<bbbb")
	forked := graphOf(t, "aaaa", "bbbb<aaaa", "cccc<aaaa")
	tests := []struct {
		g        *Graph
		target   string
		want     []string
		err      string
		sentinel error
	}{
		{g: linear, target: "head", want: []string{"cccc"}},
		{g: linear, target: "heads", want: []string{"cccc"}},
		{g: linear, target: "base", want: nil},
		{g: linear, target: "bbb", err: "Can't locate revision identified by 'bbb'; please ensure at least four characters are present for partial revision identifier matches"},
		{g: linear, target: "head-1", want: []string{"bbbb"}},
		{g: linear, target: "head-3", want: nil},
		{g: linear, target: "head-4", err: "Relative revision head-4 didn't produce 4 migrations", sentinel: ErrInvalidTarget},
		{g: linear, target: "aaaa+2", want: []string{"cccc"}},
		{g: linear, target: "aaaa+3", err: "Relative revision aaaa+3 didn't produce 3 migrations"},
		{g: linear, target: "+1", err: `relative target "+1" needs the database's current revision; name a revision, such as head+1`},
		{g: forked, target: "heads", want: []string{"bbbb", "cccc"}},
		{g: forked, target: "head", sentinel: ErrMultipleHeads,
			err: "Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads"},
		{g: forked, target: "aaaa+1", err: "Ambiguous walk for aaaa+1: bbbb, cccc (fork); name a revision"},
	}
	for _, tt := range tests {
		got, err := tt.g.Resolve(tt.target)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err || (tt.sentinel != nil && !errors.Is(err, tt.sentinel)) {
				t.Errorf("Resolve(%q) error = %v, want %q", tt.target, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Resolve(%q) = %v, %v; want %v", tt.target, got, err, tt.want)
		}
	}
}

func TestNewGraphErrors(t *testing.T) {
	rev := func(id, path string, parents ...string) *Revision {
		return &Revision{ID: id, Path: path, Parents: parents, revisesLine: 2}
	}
	tests := []struct {
		name string
		revs []*Revision
		want string
	}{
		{"missing parent", []*Revision{rev("a1", "a1.sql"), rev("b2", "b2.sql", "zz")},
			"b2.sql:2: Revision zz referenced from b2 is not present"},
		{"duplicate", []*Revision{rev("a1", "a1_x.sql"), rev("a1", "a1_y.sql")},
			"revision a1 is defined twice: in a1_x.sql and in a1_y.sql"},
		{"cycle", []*Revision{rev("a1", "a1.sql"), rev("b2", "b2.sql", "a1", "d4"), rev("c3", "c3.sql", "b2"), rev("d4", "d4.sql", "c3")},
			"b2.sql:2: Cycle is detected in revisions (b2, d4, c3)"},
		{"cycle without base", []*Revision{rev("x1", "x1.sql", "y2"), rev("y2", "y2.sql", "x1")},
			"x1.sql:2: Cycle is detected in revisions (x1, y2)"},
	}
	for _, tt := range tests {
		_, err := NewGraph(tt.revs)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error = %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func revFile(id, parents, up, down string) string {
	return "-- autogen:revision " + id + "\n-- autogen:revises " + parents + "\n-- autogen:message msg " + id +
		"\n\n-- autogen:up\n" + up + "\n-- autogen:down\n" + down
}

func TestLoadDir(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"README.md":   "not a migration",
		".gitkeep":    "",
		"a1_init.sql": revFile("a1", "<base>", "SELECT 1;", ""),
		"b2_next.sql": revFile("b2", "a1", "SELECT 2;", "SELECT 3;"),
	})
	g, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(g.History()); !reflect.DeepEqual(got, []string{"b2", "a1"}) {
		t.Errorf("History = %v", got)
	}
	if r, _ := g.Get("b2"); r.Path != filepath.Join(dir, "b2_next.sql") {
		t.Errorf("Path = %s", r.Path)
	}
	empty, err := LoadDir(t.TempDir())
	if err != nil || len(empty.Heads()) != 0 || len(empty.Revisions()) != 0 {
		t.Errorf("empty dir: %v, %v", empty, err)
	}
}

func TestLoadDirErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	if _, err := LoadDir(missing); err == nil || err.Error() != `migrations directory "`+missing+`" does not exist` || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing dir: %v", err)
	}
	dir := writeFiles(t, map[string]string{
		"a1_one.sql": revFile("a1", "<base>", "", ""),
		"a1_two.sql": revFile("a1", "<base>", "", ""),
	})
	want := "revision a1 is defined twice: in " + filepath.Join(dir, "a1_one.sql") + " and in " + filepath.Join(dir, "a1_two.sql")
	if _, err := LoadDir(dir); err == nil || err.Error() != want {
		t.Errorf("duplicate: %v\nwant %s", err, want)
	}
	// Every broken file is reported in one run.
	dir = writeFiles(t, map[string]string{
		"a1_one.sql": "-- autogen:revision a1\n",
		"b2_two.sql": "SELECT 1;\n",
	})
	_, err := LoadDir(dir)
	if err == nil || !strings.Contains(err.Error(), "a1_one.sql: missing \"-- autogen:up\" marker") || !strings.Contains(err.Error(), "b2_two.sql:1: SQL before") {
		t.Errorf("broken files: %v", err)
	}
}
