package diff

import (
	"slices"
	"strings"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

// fixChecks replaces the CHECK changes of Atlas's differ with autogen's.
// Atlas, outside its "normalized" mode, pairs checks by name or expression
// and never compares the expressions of a pair, so an edited check under
// the same name is missed (atlas.md §5.3.3); its normalized mode would
// instead compare the texts exactly, which reports every check whose
// catalog spelling differs from the models'. autogen pairs by name (by
// expression for unnamed checks) and compares the expressions with
// sameSQL. Where that is ambiguous, the CLI first lets the database spell
// the models' expressions (package devdb), so both sides carry the
// catalog's text.
func fixChecks(from, to *schema.Schema, changes []schema.Change, d dburl.Dialect) []schema.Change {
	for _, c := range changes {
		if mt, ok := c.(*schema.ModifyTable); ok {
			mt.Changes = slices.DeleteFunc(mt.Changes, isCheckChange)
		}
	}
	for _, p := range common(from, to) {
		ft, tt := p.from, p.to
		if cs := checkChanges(ft, tt, d); len(cs) > 0 {
			changes = addToTable(changes, tt, cs...)
		}
	}
	// A table left with no change at all is none.
	return slices.DeleteFunc(changes, func(c schema.Change) bool {
		mt, ok := c.(*schema.ModifyTable)
		return ok && len(mt.Changes) == 0
	})
}

func isCheckChange(c schema.Change) bool {
	switch c.(type) {
	case *schema.AddCheck, *schema.DropCheck, *schema.ModifyCheck:
		return true
	}
	return false
}

func checkChanges(ft, tt *schema.Table, d dburl.Dialect) []schema.Change {
	fromC, toC := checksOf(ft), checksOf(tt)
	var out []schema.Change
	matched := map[*schema.Check]bool{}
	for _, c1 := range fromC {
		i := slices.IndexFunc(toC, func(c2 *schema.Check) bool { return !matched[c2] && sameCheckKey(c1, c2) })
		switch {
		case i < 0:
			if d == dburl.MySQL && isJSONValid(c1, tt) {
				continue
			}
			out = append(out, &schema.DropCheck{C: c1})
		case !sameCheck(c1, toC[i]):
			matched[toC[i]] = true
			if d == dburl.MySQL {
				// Atlas writes MySQL 8's DROP CHECK, which MariaDB lacks;
				// DROP CONSTRAINT (a DropCheck) works on both.
				out = append(out, &schema.DropCheck{C: c1}, &schema.AddCheck{C: toC[i]})
				continue
			}
			out = append(out, &schema.ModifyCheck{From: c1, To: toC[i]})
		default:
			matched[toC[i]] = true
		}
	}
	for _, c2 := range toC {
		if !matched[c2] {
			out = append(out, &schema.AddCheck{C: c2})
		}
	}
	return out
}

func checksOf(t *schema.Table) []*schema.Check {
	var out []*schema.Check
	for _, a := range t.Attrs {
		if c, ok := a.(*schema.Check); ok {
			out = append(out, c)
		}
	}
	return out
}

// sameCheckKey pairs two checks: by name when both have one, else by
// expression.
func sameCheckKey(a, b *schema.Check) bool {
	if a.Name != "" && b.Name != "" {
		return a.Name == b.Name
	}
	return sameSQL(a.Expr, b.Expr)
}

func sameCheck(a, b *schema.Check) bool {
	return sameSQL(a.Expr, b.Expr) &&
		hasAttr[*postgres.NoInherit](a.Attrs) == hasAttr[*postgres.NoInherit](b.Attrs) &&
		enforced(a.Attrs) == enforced(b.Attrs)
}

func enforced(attrs []schema.Attr) bool {
	for _, a := range attrs {
		if e, ok := a.(*mysql.Enforced); ok {
			return e.V
		}
	}
	return true
}

func hasAttr[T schema.Attr](attrs []schema.Attr) bool {
	for _, a := range attrs {
		if _, ok := a.(T); ok {
			return true
		}
	}
	return false
}

// isJSONValid: MariaDB gives a JSON column a CHECK (json_valid(`c`)) named
// after the column, which the models do not declare and which cannot be
// dropped on its own (Atlas skips it the same way).
func isJSONValid(c *schema.Check, t *schema.Table) bool {
	if !strings.HasPrefix(c.Expr, "json_valid") {
		return false
	}
	_, ok := t.Column(c.Name)
	return ok
}
