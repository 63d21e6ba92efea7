package migrate

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// trace renders steps as "+rev: row ops" lines.
func trace(steps []step) []string {
	var out []string
	for _, s := range steps {
		line := fmt.Sprintf("%s %s:", map[bool]string{true: "+", false: "-"}[s.up], s.rev.ID)
		for _, op := range s.rows {
			switch op.kind {
			case 'i':
				line += " insert " + op.to
			case 'u':
				line += " update " + op.from + "->" + op.to
			case 'd':
				line += " delete " + op.from
			}
		}
		out = append(out, line)
	}
	return out
}

func TestPlan(t *testing.T) {
	linear := graphOf(t, "aaaa", "bbbb<aaaa", "cccc<bbbb")
	// Alembic's merge example (docs/build/branches.rst): A; B and C on A;
	// M merges (C, B).
	merge := graphOf(t, "aaaa", "bbbb<aaaa", "cccc<aaaa", "mmmm<cccc,bbbb")
	tests := []struct {
		name    string
		g       *Graph
		up      bool
		current []string
		target  string
		want    []string
	}{
		{"upgrade head from base", linear, true, nil, "head",
			[]string{"+ aaaa: insert aaaa", "+ bbbb: update aaaa->bbbb", "+ cccc: update bbbb->cccc"}},
		{"upgrade +1", linear, true, []string{"aaaa"}, "+1", []string{"+ bbbb: update aaaa->bbbb"}},
		{"upgrade +1 from base", linear, true, nil, "+1", []string{"+ aaaa: insert aaaa"}},
		{"upgrade to current is a no-op", linear, true, []string{"cccc"}, "head", nil},
		{"upgrade base from base is a no-op", linear, true, nil, "base", nil},
		{"upgrade to one current head of two is a no-op", merge, true, []string{"bbbb", "cccc"}, "bbbb", nil},
		{"downgrade to current is a no-op", linear, false, []string{"bbbb"}, "bbbb", nil},
		{"upgrade to id", linear, true, []string{"aaaa"}, "bbbb", []string{"+ bbbb: update aaaa->bbbb"}},
		{"downgrade -1", linear, false, []string{"cccc"}, "-1", []string{"- cccc: update cccc->bbbb"}},
		{"downgrade base", linear, false, []string{"cccc"}, "base",
			[]string{"- cccc: update cccc->bbbb", "- bbbb: update bbbb->aaaa", "- aaaa: delete aaaa"}},
		{"downgrade to id", linear, false, []string{"cccc"}, "aaaa",
			[]string{"- cccc: update cccc->bbbb", "- bbbb: update bbbb->aaaa"}},
		{"upgrade through a merge: Alembic's rows", merge, true, nil, "heads",
			[]string{"+ aaaa: insert aaaa", "+ bbbb: update aaaa->bbbb", "+ cccc: insert cccc", "+ mmmm: delete cccc update bbbb->mmmm"}},
		{"upgrade a second branch", merge, true, []string{"bbbb"}, "cccc", []string{"+ cccc: insert cccc"}},
		{"upgrade merge point", merge, true, []string{"bbbb", "cccc"}, "mmmm",
			[]string{"+ mmmm: delete cccc update bbbb->mmmm"}},
		{"downgrade base through a merge", merge, false, []string{"mmmm"}, "base",
			[]string{"- mmmm: insert cccc update mmmm->bbbb", "- cccc: delete cccc", "- bbbb: update bbbb->aaaa", "- aaaa: delete aaaa"}},
		{"downgrade one branch leaves the other", merge, false, []string{"bbbb", "cccc"}, "aaaa",
			[]string{"- cccc: delete cccc", "- bbbb: update bbbb->aaaa"}},
		{"downgrade to one side of a merge", merge, false, []string{"mmmm"}, "bbbb",
			[]string{"- mmmm: insert cccc update mmmm->bbbb"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := tt.g.planDowngrade
			if tt.up {
				plan = tt.g.planUpgrade
			}
			steps, err := plan(tt.current, tt.target)
			if err != nil {
				t.Fatal(err)
			}
			if got := trace(steps); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestPlanErrors(t *testing.T) {
	linear := graphOf(t, "aaaa", "bbbb<aaaa", "cccc<bbbb")
	forked := graphOf(t, "aaaa", "bbbb<aaaa", "cccc<aaaa")
	tests := []struct {
		name     string
		g        *Graph
		up       bool
		current  []string
		target   string
		want     string
		sentinel error
	}{
		{"upgrade to an ancestor", linear, true, []string{"cccc"}, "aaaa",
			"Destination aaaa is not a valid upgrade target from current head(s): it is below cccc; use downgrade to go down", ErrInvalidTarget},
		{"upgrade to base", linear, true, []string{"cccc"}, "base",
			"Destination base is not a valid upgrade target from current head(s): it is below cccc; use downgrade to go down", ErrInvalidTarget},
		{"upgrade to base along one branch", forked, true, []string{"bbbb", "cccc"}, "base",
			"Destination base is not a valid upgrade target from current head(s): it is below bbbb, cccc; use downgrade to go down", ErrInvalidTarget},
		{"downgrade to a descendant", linear, false, []string{"aaaa"}, "cccc",
			"Destination cccc is not a valid downgrade target from current head(s): it is not below aaaa; use upgrade to go up", ErrInvalidTarget},
		{"downgrade from base to head", linear, false, nil, "head",
			"Destination head (cccc) is not a valid downgrade target from current head(s): it is not below <base>; use upgrade to go up", ErrInvalidTarget},
		{"upgrade +0", linear, true, []string{"bbbb"}, "+0",
			"Relative revision +0 moves no migration; use +1 or more", ErrInvalidTarget},
		{"downgrade -0", linear, false, []string{"bbbb"}, "-0",
			"Relative revision -0 moves no migration; use -1 or more", ErrInvalidTarget},
		{"downgrade past base", linear, false, []string{"bbbb"}, "-3",
			"Relative revision -3 didn't produce 3 migrations", ErrInvalidTarget},
		{"downgrade from base", linear, false, nil, "-1",
			"Relative revision -1 didn't produce 1 migrations", ErrInvalidTarget},
		{"upgrade past head", linear, true, []string{"bbbb"}, "+2",
			"Relative revision +2 didn't produce 2 migrations", ErrInvalidTarget},
		{"upgrade with -N", linear, true, []string{"bbbb"}, "-1",
			"Relative revision -1 didn't produce 1 migrations (upgrade goes up; use downgrade)", ErrInvalidTarget},
		{"unknown target", linear, true, nil, "dddd",
			"Can't locate revision identified by 'dddd'", ErrUnknownRevision},
		{"unknown current", linear, true, []string{"ffff"}, "head",
			"Can't locate revision identified by 'ffff' (the database is at ffff, which no migration file defines)", ErrUnknownRevision},
		{"head with two heads", forked, true, nil, "head",
			"Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads", ErrMultipleHeads},
		{"+1 from two heads", forked, true, []string{"bbbb", "cccc"}, "+1",
			"Ambiguous upgrade from multiple current revisions (bbbb, cccc); name a revision instead of \"+1\"", ErrInvalidTarget},
		{"+1 at a fork", forked, true, []string{"aaaa"}, "+1",
			"Ambiguous walk for +1: bbbb, cccc (fork); name a revision", ErrInvalidTarget},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := tt.g.planDowngrade
			if tt.up {
				plan = tt.g.planUpgrade
			}
			_, err := plan(tt.current, tt.target)
			if err == nil || err.Error() != tt.want || !errors.Is(err, tt.sentinel) {
				t.Errorf("error = %v\nwant    %s", err, tt.want)
			}
		})
	}
}
