package migrate

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Sentinels for the target errors callers may branch on. The messages
// themselves are Alembic's, which users search for verbatim.
var (
	// ErrUnknownRevision: no revision matches an id or prefix.
	ErrUnknownRevision = errors.New("unknown revision")
	// ErrMultipleHeads: "head" was asked for and the graph has several.
	ErrMultipleHeads = errors.New("multiple heads")
	// ErrInvalidTarget: the target is not reachable in the asked direction.
	ErrInvalidTarget = errors.New("invalid target")
)

// targetError carries Alembic's message and a sentinel to branch on.
type targetError struct {
	msg  string
	kind error
}

func (e *targetError) Error() string { return e.msg }
func (e *targetError) Unwrap() error { return e.kind }

func errorf(kind error, format string, args ...any) error {
	return &targetError{msg: fmt.Sprintf(format, args...), kind: kind}
}

// minPrefix is Alembic's shortest partial revision id.
const minPrefix = 4

// Get returns the revision with the id, or the one revision whose id
// starts with the given prefix of at least four characters.
func (g *Graph) Get(idOrPrefix string) (*Revision, error) {
	if r := g.revs[idOrPrefix]; r != nil {
		return r, nil
	}
	if len(idOrPrefix) < minPrefix {
		return nil, errorf(ErrUnknownRevision, "Can't locate revision identified by '%s'; please ensure at least four characters are present for partial revision identifier matches", idOrPrefix)
	}
	var matches []string
	for _, id := range g.sortedIDs() {
		if strings.HasPrefix(id, idOrPrefix) {
			matches = append(matches, id)
		}
	}
	switch len(matches) {
	case 0:
		return nil, errorf(ErrUnknownRevision, "Can't locate revision identified by '%s'", idOrPrefix)
	case 1:
		return g.revs[matches[0]], nil
	}
	quoted := make([]string, 0, 3)
	for _, m := range matches[:min(3, len(matches))] {
		quoted = append(quoted, "'"+m+"'")
	}
	return nil, errorf(ErrUnknownRevision, "Multiple revisions start with '%s': %s...", idOrPrefix, strings.Join(quoted, ", "))
}

// Resolve turns a target into the set of revisions it names: "head" (the
// one head), "heads", "base" (the empty set), an id or prefix, or a walk
// from one of those such as "head-1" or "ae10+2". Bare "+N" and "-N" are
// relative to the database and only the Runner resolves them.
func (g *Graph) Resolve(target string) ([]string, error) {
	return g.resolve(target, nil, false)
}

var relative = regexp.MustCompile(`^(\w*?)([+-])(\d+)$`)

// resolve is Resolve with the database's current heads for bare relative
// targets; bare says whether those are allowed.
func (g *Graph) resolve(target string, current []string, bare bool) ([]string, error) {
	m := relative.FindStringSubmatch(target)
	if m == nil {
		return g.symbol(target)
	}
	n, err := strconv.Atoi(m[3])
	if err != nil {
		return nil, fmt.Errorf("relative target %q: %w", target, err)
	}
	if n == 0 && m[1] == "" {
		return nil, errorf(ErrInvalidTarget, "Relative revision %s moves no migration; use %s1 or more", target, m[2])
	}
	start := current
	switch {
	case m[1] != "":
		if start, err = g.symbol(m[1]); err != nil {
			return nil, err
		}
	case !bare:
		return nil, fmt.Errorf("relative target %q needs the database's current revision; name a revision, such as head%s%s", target, m[2], m[3])
	}
	return g.walk(target, start, m[2] == "+", n)
}

// symbol resolves a target without a relative part.
func (g *Graph) symbol(s string) ([]string, error) {
	switch s {
	case "base":
		return nil, nil
	case "heads":
		return g.Heads(), nil
	case "head":
		heads := g.Heads()
		if len(heads) > 1 {
			return nil, errorf(ErrMultipleHeads, "Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads")
		}
		return heads, nil
	}
	r, err := g.Get(s)
	if err != nil {
		return nil, err
	}
	return []string{r.ID}, nil
}

// walk moves n steps from start (one revision, or none for base) along
// children (up) or parents (down), refusing forks.
func (g *Graph) walk(target string, start []string, up bool, n int) ([]string, error) {
	if len(start) > 1 {
		verb := map[bool]string{true: "upgrade", false: "downgrade"}[up]
		return nil, errorf(ErrInvalidTarget, "Ambiguous %s from multiple current revisions (%s); name a revision instead of %q", verb, strings.Join(start, ", "), target)
	}
	tooFar := errorf(ErrInvalidTarget, "Relative revision %s didn't produce %d migrations", target, n)
	for range n {
		var next []string
		switch {
		case up && len(start) == 0:
			next = g.Bases()
		case up:
			next = g.children[start[0]]
		case len(start) == 0:
			return nil, tooFar
		default:
			next = g.revs[start[0]].Parents
		}
		if len(next) == 0 && up {
			return nil, tooFar
		}
		if len(next) > 1 {
			return nil, errorf(ErrInvalidTarget, "Ambiguous walk for %s: %s (fork); name a revision", target, strings.Join(next, ", "))
		}
		start = next
	}
	return start, nil
}
