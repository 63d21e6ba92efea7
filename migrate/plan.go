package migrate

import (
	"fmt"
	"slices"
	"strings"
)

// rowOp is one change to the version table. Alembic keeps one row per
// current head and moves rows with these three statements.
type rowOp struct {
	kind     byte // 'i'nsert, 'u'pdate or 'd'elete
	from, to string
}

// step is one revision applied in one direction, with the version-row
// changes that record it.
type step struct {
	rev    *Revision
	up     bool
	rows   []rowOp
	before []string // heads before the step, sorted
	after  []string // heads after the step, sorted
}

func (s step) verb() string {
	if s.up {
		return "upgrade"
	}
	return "downgrade"
}

// statements returns the section the step runs.
func (s step) statements() []Statement {
	if s.up {
		return s.rev.Up
	}
	return s.rev.Down
}

// logLine is Alembic's progress line without its INFO prefix:
// "Running upgrade a -> b, message".
func (s step) logLine() string {
	parents := strings.Join(s.rev.Parents, ", ")
	from, to := parents, s.rev.ID
	if !s.up {
		from, to = s.rev.ID, parents
	}
	return fmt.Sprintf("Running %s %s -> %s, %s", s.verb(), from, to, s.rev.Message)
}

// checkCurrent rejects version rows that no file defines: the database is
// ahead of this checkout, or a file was deleted.
func (g *Graph) checkCurrent(current []string) error {
	for _, id := range current {
		if g.revs[id] == nil {
			return errorf(ErrUnknownRevision, "Can't locate revision identified by '%s' (the database is at %s, which no migration file defines)", id, describe(current))
		}
	}
	return nil
}

// planUpgrade lists the steps from current to target: every ancestor of
// the target that current does not already include, parents first.
func (g *Graph) planUpgrade(current []string, target string) ([]step, error) {
	if err := g.checkCurrent(current); err != nil {
		return nil, err
	}
	if strings.HasPrefix(target, "-") {
		return nil, errorf(ErrInvalidTarget, "Relative revision %s didn't produce %s migrations (upgrade goes up; use downgrade)", target, target[1:])
	}
	want, err := g.resolve(target, current, true)
	if err != nil {
		return nil, err
	}
	have, need := g.lineage(current), g.lineage(want)
	var steps []step
	heads := sorted(current)
	for _, id := range g.order {
		if need[id] && !have[id] {
			s := g.upgradeStep(g.revs[id], heads)
			steps, heads = append(steps, s), s.after
		}
	}
	// No step and a target that is not where the database is: every
	// revision of the target is applied already, and some current head is
	// above it. An upgrade never goes down, so that is an error and not an
	// empty move (Alembic's wording first, which users search for).
	if len(steps) == 0 && (!subset(want, current) || len(want) == 0 && len(current) > 0) {
		return nil, errorf(ErrInvalidTarget, "Destination %s is not a valid upgrade target from current head(s): it is below %s; use downgrade to go down",
			describeTarget(target, want), describe(current))
	}
	return steps, nil
}

// upgradeStep applies Alembic's row rules for an upgrade (§1.4 of the
// research notes): create branch, merge, or move one row.
func (g *Graph) upgradeStep(r *Revision, heads []string) step {
	var inHeads []string
	for _, p := range r.Parents {
		if slices.Contains(heads, p) {
			inHeads = append(inHeads, p)
		}
	}
	s := step{rev: r, up: true, before: heads}
	switch len(inHeads) {
	case 0: // a base, or a new branch off a revision that is no longer a head
		s.rows = []rowOp{{kind: 'i', to: r.ID}}
	default: // one parent row moves; at a merge the others are deleted first
		for _, p := range inHeads[:len(inHeads)-1] {
			s.rows = append(s.rows, rowOp{kind: 'd', from: p})
		}
		s.rows = append(s.rows, rowOp{kind: 'u', from: inHeads[len(inHeads)-1], to: r.ID})
	}
	s.after = applyRows(heads, s.rows)
	return s
}

// planDowngrade lists the steps from current down to target, children
// first. Only descendants of the target are undone, so a downgrade along
// one branch leaves the other branches alone; "base" undoes everything.
func (g *Graph) planDowngrade(current []string, target string) ([]step, error) {
	if err := g.checkCurrent(current); err != nil {
		return nil, err
	}
	if strings.HasPrefix(target, "+") {
		return nil, errorf(ErrInvalidTarget, "Relative revision %s didn't produce %s migrations (downgrade goes down; use upgrade)", target, target[1:])
	}
	want, err := g.resolve(target, current, true)
	if err != nil {
		return nil, err
	}
	have, keep := g.lineage(current), g.lineage(want)
	for _, w := range want {
		if !have[w] {
			return nil, errorf(ErrInvalidTarget, "Destination %s is not a valid downgrade target from current head(s): it is not below %s; use upgrade to go up",
				describeTarget(target, want), describe(current))
		}
	}
	below := g.descendants(want)
	var steps []step
	heads := sorted(current)
	for _, id := range slices.Backward(g.order) {
		if have[id] && !keep[id] && (len(want) == 0 || below[id]) {
			s := g.downgradeStep(g.revs[id], heads)
			steps, heads = append(steps, s), s.after
		}
	}
	return steps, nil
}

// downgradeStep applies Alembic's row rules for a downgrade: delete a
// branch whose parents other heads still cover, unmerge, or move the row
// back to the parent.
func (g *Graph) downgradeStep(r *Revision, heads []string) step {
	var others []string
	for _, h := range heads {
		if h != r.ID {
			others = append(others, h)
		}
	}
	covered := g.lineage(others)
	var back []string
	for _, p := range r.Parents {
		if !covered[p] {
			back = append(back, p)
		}
	}
	s := step{rev: r, before: heads}
	if len(back) == 0 {
		s.rows = []rowOp{{kind: 'd', from: r.ID}}
	} else {
		for _, p := range back[:len(back)-1] {
			s.rows = append(s.rows, rowOp{kind: 'i', to: p})
		}
		s.rows = append(s.rows, rowOp{kind: 'u', from: r.ID, to: back[len(back)-1]})
	}
	s.after = applyRows(heads, s.rows)
	return s
}

// stampRows replaces current by want with no SQL run. Alembic walks the
// graph for stamp too; replacing the rows outright gives the same rows for
// a linear history and is what a user repairing a database means.
func stampRows(current, want []string) []rowOp {
	var ops []rowOp
	for _, c := range sorted(current) {
		if !slices.Contains(want, c) {
			ops = append(ops, rowOp{kind: 'd', from: c})
		}
	}
	for _, w := range sorted(want) {
		if !slices.Contains(current, w) {
			ops = append(ops, rowOp{kind: 'i', to: w})
		}
	}
	return ops
}

func (g *Graph) descendants(ids []string) map[string]bool {
	set := map[string]bool{}
	stack := slices.Clone(ids)
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !set[id] {
			set[id] = true
			stack = append(stack, g.children[id]...)
		}
	}
	return set
}

func applyRows(heads []string, ops []rowOp) []string {
	out := slices.Clone(heads)
	for _, op := range ops {
		switch op.kind {
		case 'i':
			out = append(out, op.to)
		case 'u':
			out[slices.Index(out, op.from)] = op.to
		case 'd':
			out = slices.DeleteFunc(out, func(h string) bool { return h == op.from })
		}
	}
	return sorted(out)
}

func sorted(ids []string) []string {
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// describe names a set of heads for messages: "<base>" when empty.
func describe(heads []string) string {
	if len(heads) == 0 {
		return "<base>"
	}
	return strings.Join(heads, ", ")
}

// describeTarget names the target as the user wrote it, adding the ids it
// resolved to when they differ.
func describeTarget(target string, ids []string) string {
	if d := describe(ids); d != target && len(ids) > 0 {
		return fmt.Sprintf("%s (%s)", target, d)
	}
	return target
}

// describeAt is describe with each head of the graph marked, as autogen
// current marks it: "c3c3c3c3c3c3 (head)".
func (g *Graph) describeAt(ids []string) string {
	if g == nil || len(ids) == 0 {
		return describe(ids)
	}
	heads := g.Heads()
	marked := make([]string, len(ids))
	for i, id := range ids {
		marked[i] = id
		if slices.Contains(heads, id) {
			marked[i] += " (head)"
		}
	}
	return strings.Join(marked, ", ")
}
