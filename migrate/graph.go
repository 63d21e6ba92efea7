package migrate

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Graph is the revision graph of a migrations directory: each revision
// points at its parents, as Alembic's down_revision does.
type Graph struct {
	revs     map[string]*Revision
	children map[string][]string
	// order lists every id parents first; ties go to the smaller id, so
	// that every walk over the graph is deterministic.
	order []string
}

// LoadDir parses every *.sql file of dir (other files are ignored) and
// builds the graph. Every broken file is reported, not just the first. An
// empty dir gives an empty graph; a missing one an error that matches
// fs.ErrNotExist.
func LoadDir(dir string) (*Graph, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &missingDirError{dir}
	}
	if err != nil {
		return nil, fmt.Errorf("read migrations directory: %w", err)
	}
	var revs []*Revision
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".sql") || strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		rev, err := readFile(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		revs = append(revs, rev)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return NewGraph(revs)
}

// missingDirError matches fs.ErrNotExist, so that a caller about to write
// the first revision can treat a missing directory as an empty graph.
type missingDirError struct{ dir string }

func (e *missingDirError) Error() string {
	return fmt.Sprintf("migrations directory %q does not exist", e.dir)
}

func (e *missingDirError) Unwrap() error { return fs.ErrNotExist }

func readFile(path string) (*Revision, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read migration: %w", err)
	}
	return ParseFile(path, b)
}

// NewGraph checks revs (unique ids, parents present, no cycle) and builds
// the graph.
func NewGraph(revs []*Revision) (*Graph, error) {
	g := &Graph{revs: map[string]*Revision{}, children: map[string][]string{}}
	var errs []error
	for _, r := range revs {
		if old, dup := g.revs[r.ID]; dup {
			errs = append(errs, fmt.Errorf("revision %s is defined twice: in %s and in %s", r.ID, old.Path, r.Path))
			continue
		}
		g.revs[r.ID] = r
	}
	errs = append(errs, g.link()...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if err := g.sort(); err != nil {
		return nil, err
	}
	return g, nil
}

// link fills children and reports parents that no file defines.
func (g *Graph) link() []error {
	var errs []error
	for _, id := range g.sortedIDs() {
		r := g.revs[id]
		for _, p := range r.Parents {
			if g.revs[p] == nil {
				errs = append(errs, fmt.Errorf("%s:%d: Revision %s referenced from %s is not present", r.Path, r.revisesLine, p, r.ID))
				continue
			}
			g.children[p] = append(g.children[p], id)
		}
	}
	return errs
}

// sort computes order with Kahn's algorithm; what is left over sits on a
// cycle or behind one.
func (g *Graph) sort() error {
	waiting := map[string]int{}
	var ready []string
	for id, r := range g.revs {
		waiting[id] = len(r.Parents)
		if len(r.Parents) == 0 {
			ready = append(ready, id)
		}
	}
	for len(ready) > 0 {
		slices.Sort(ready)
		id := ready[0]
		ready = ready[1:]
		g.order = append(g.order, id)
		for _, c := range g.children[id] {
			if waiting[c]--; waiting[c] == 0 {
				ready = append(ready, c)
			}
		}
	}
	if len(g.order) < len(g.revs) {
		return g.cycleError(waiting)
	}
	return nil
}

// cycleError follows parent links from the smallest unsorted id until an id
// repeats, and names that loop.
func (g *Graph) cycleError(waiting map[string]int) error {
	var start string
	for _, id := range g.sortedIDs() {
		if waiting[id] > 0 {
			start = id
			break
		}
	}
	seen := map[string]int{}
	var path []string
	for id := start; ; {
		if i, ok := seen[id]; ok {
			loop := path[i:]
			r := g.revs[loop[0]]
			return fmt.Errorf("%s:%d: Cycle is detected in revisions (%s)", r.Path, r.revisesLine, strings.Join(loop, ", "))
		}
		seen[id] = len(path)
		path = append(path, id)
		for _, p := range g.revs[id].Parents {
			if waiting[p] > 0 {
				id = p
				break
			}
		}
	}
}

func (g *Graph) sortedIDs() []string {
	ids := make([]string, 0, len(g.revs))
	for id := range g.revs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Heads returns the revisions no other revision revises, sorted.
func (g *Graph) Heads() []string {
	var heads []string
	for _, id := range g.sortedIDs() {
		if len(g.children[id]) == 0 {
			heads = append(heads, id)
		}
	}
	return heads
}

// Bases returns the revisions that revise nothing, sorted.
func (g *Graph) Bases() []string {
	var bases []string
	for _, id := range g.sortedIDs() {
		if len(g.revs[id].Parents) == 0 {
			bases = append(bases, id)
		}
	}
	return bases
}

// Revisions returns every revision, parents before children.
func (g *Graph) Revisions() []*Revision {
	revs := make([]*Revision, len(g.order))
	for i, id := range g.order {
		revs[i] = g.revs[id]
	}
	return revs
}

// History returns every revision newest first: children before parents,
// as `autogen history` prints them.
func (g *Graph) History() []*Revision {
	revs := g.Revisions()
	slices.Reverse(revs)
	return revs
}

// Children returns the revisions that revise id, sorted.
func (g *Graph) Children(id string) []string {
	return slices.Clone(g.children[id])
}

// lineage returns ids and all their ancestors.
func (g *Graph) lineage(ids []string) map[string]bool {
	set := map[string]bool{}
	stack := slices.Clone(ids)
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if set[id] {
			continue
		}
		set[id] = true
		if r := g.revs[id]; r != nil {
			stack = append(stack, r.Parents...)
		}
	}
	return set
}
