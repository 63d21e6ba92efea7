package hazard

import (
	"fmt"
	"slices"
	"strings"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

// PostgreSQL enum types, as package diff changes them when both sides
// list them as objects (diff/enum.go). A value added at the end or between
// others is a ModifyObject that Atlas plans as ALTER TYPE … ADD VALUE: the
// new value cannot be used before the revision commits (TX105). A value
// removed, renamed or moved is a rebuild: a RenameObject moving the old
// type away, an AddObject creating it anew, a ModifyTable per table
// converting its columns through text, a DropObject. The conversion fails
// on a row holding a removed label (DF107).

// enumRebuild flags the removed labels of a rebuilt enum type that rows
// of the converted columns still hold (DF107), with a guard.
func (a *analyzer) enumRebuild(r *schema.RenameObject) {
	was, ok1 := r.From.(*schema.EnumType)
	old, ok2 := r.To.(*schema.EnumType)
	if !ok1 || !ok2 {
		return
	}
	next := a.enumAdded(was.T)
	if next == nil {
		return
	}
	var removed []string
	for _, v := range was.Values {
		if !slices.Contains(next.Values, v) {
			removed = append(removed, literal(v))
		}
	}
	cols := a.convertedColumns(old)
	if len(removed) == 0 || len(cols) == 0 {
		return // a reorder converts every row; no column, no row
	}
	list := strings.Join(removed, ", ")
	var tally, rows, names []string
	for _, tc := range cols {
		t, c := ident(a.d, tc[0]), ident(a.d, tc[1])
		names = append(names, tc[0]+"."+tc[1])
		tally = append(tally, fmt.Sprintf("SELECT %s, %s::text, count(*) FROM %s WHERE %s::text IN (%s) GROUP BY %s", literal(tc[0]+"."+tc[1]), c, t, c, list, c))
		rows = append(rows, fmt.Sprintf("SELECT 1 FROM %s WHERE %s::text IN (%s)", t, c, list))
	}
	subj, where := "type "+was.T, strings.Join(names, ", ")
	f := a.add(DF107, Warning, r, "", "", fmt.Sprintf("%s: labels %s are removed: the rebuild converts %s through text and fails on a row that holds one", subj, list, where))
	f.probe = &probe{groups: strings.Join(tally, " UNION ALL ") + " ORDER BY 1, 2", hit: Error,
		foundGroups: func(gs []group) string {
			held := make([]string, len(gs))
			for i, g := range gs {
				held[i] = fmt.Sprintf("%s in %s of %s", literal(g.label), plural(g.n, "row", "rows"), g.column)
			}
			return fmt.Sprintf("%s: removed labels are in use: %s; converting will fail (move those rows to a kept label in an earlier revision)", subj, strings.Join(held, ", "))
		},
		clear: fmt.Sprintf("%s: 0 rows hold the removed labels %s now (%s); the guard stops the migration if some arrive before it runs", subj, list, where)}
	f.Guard = &Guard{Violations: strings.Join(rows, " UNION ALL "), Message: fmt.Sprintf("%s: rows hold labels %s that the rebuild removes", subj, list)}
}

// enumAdded returns the enum type named name that the list creates: the
// new type of a rebuild.
func (a *analyzer) enumAdded(name string) *schema.EnumType {
	for _, c := range a.list {
		if add, ok := c.(*schema.AddObject); ok {
			if e, ok := add.O.(*schema.EnumType); ok && e.T == name {
				return e
			}
		}
	}
	return nil
}

// convertedColumns returns the table and column names the rebuild
// converts from the renamed type old, in change order, each once.
func (a *analyzer) convertedColumns(old *schema.EnumType) [][2]string {
	var out [][2]string
	for _, c := range a.list {
		m, ok := c.(*schema.ModifyTable)
		if !ok {
			continue
		}
		for _, p := range m.Changes {
			mc, ok := p.(*schema.ModifyColumn)
			if !ok || !isEnumNamed(mc.From, old.T) {
				continue
			}
			tc := [2]string{m.T.Name, mc.To.Name}
			if !slices.Contains(out, tc) {
				out = append(out, tc)
			}
		}
	}
	return out
}

// rebuiltColumn reports whether c converts a column of an enum type that
// a rebuild of this list renamed away.
func (a *analyzer) rebuiltColumn(c *schema.ModifyColumn) bool {
	for _, x := range a.list {
		if r, ok := x.(*schema.RenameObject); ok {
			if old, ok := r.To.(*schema.EnumType); ok && isEnumNamed(c.From, old.T) {
				return true
			}
		}
	}
	return false
}

// ofType reports whether column c is of the enum type name, as a schema
// object or as a user-defined type.
func ofType(c *schema.Column, name string) bool {
	if c.Type == nil {
		return false
	}
	switch t := c.Type.Type.(type) {
	case *schema.EnumType:
		return t.T == name
	case *postgres.UserDefinedType:
		n := t.T
		if i := strings.LastIndexByte(n, '.'); i >= 0 {
			n = n[i+1:]
		}
		return strings.Trim(n, `"`) == name
	}
	return false
}

func isEnumNamed(c *schema.Column, name string) bool {
	if c == nil || c.Type == nil {
		return false
	}
	e, ok := c.Type.Type.(*schema.EnumType)
	return ok && e.T == name
}

// enumConversion flags the column conversion of a rebuild: the USING
// cast rewrites the table. DF107 on the rebuild says what may fail; the
// DROP DEFAULT and SET DEFAULT around the conversion change nothing the
// application sees.
func (a *analyzer) enumConversion(t string, c *schema.ModifyColumn) {
	e, ok := c.To.Type.Type.(*schema.EnumType)
	if !c.Change.Is(schema.ChangeType) || !ok {
		return
	}
	lead := fmt.Sprintf("%s.%s: converting to the rebuilt type %s rewrites", t, c.To.Name, e.T)
	f := a.add(RW101, Warning, c, t, c.To.Name, lead+" the table under an ACCESS EXCLUSIVE lock")
	a.sized(f, t, lead)
}

// enumAddValue flags ALTER TYPE … ADD VALUE (TX105): PostgreSQL 12 and
// later run it in the revision's transaction, but a statement that uses
// the new value before the commit fails ("unsafe use of new value");
// PostgreSQL 11 and earlier refuse it inside a transaction block at all.
// A default or check of the same revision that names the value fails for
// sure: that is an error.
func (a *analyzer) enumAddValue(m *schema.ModifyObject) {
	e1, ok1 := m.From.(*schema.EnumType)
	e2, ok2 := m.To.(*schema.EnumType)
	if !ok1 || !ok2 || a.d != dburl.Postgres {
		return
	}
	var added []string
	for _, v := range e2.Values {
		if !slices.Contains(e1.Values, v) {
			added = append(added, literal(v))
		}
	}
	if len(added) == 0 {
		return
	}
	list := strings.Join(added, ", ")
	subj := fmt.Sprintf("type %s: ALTER TYPE … ADD VALUE %s", e2.T, list)
	advice := "use it only in a later revision, or give the ADD VALUE a revision of its own"
	sev, text := Warning, fmt.Sprintf("%s: the new value cannot be used in this revision: PostgreSQL refuses it until the transaction commits (before PostgreSQL 12 ADD VALUE cannot run in a transaction at all); %s", subj, advice)
	if uses := a.uses(e2.T, added); len(uses) > 0 {
		sev = Error
		text = fmt.Sprintf("%s: %s uses the new value in this same revision, so it will fail (unsafe use of new value: PostgreSQL refuses it until the transaction commits); move that change to a later revision", subj, strings.Join(uses, ", "))
	}
	f := a.add(TX105, sev, m, "", "", text)
	old := fmt.Sprintf("%s: PostgreSQL before 12 cannot run ADD VALUE inside a transaction block: put it in a revision of its own with -- autogen:transaction false, and use the new value only in a later revision", subj)
	f.probe = &probe{value: "SELECT current_setting('server_version_num')::bigint", eval: func(n int64, _ bool) (Severity, string, bool) {
		if n < 120000 {
			return Error, old, false
		}
		return sev, text, false
	}}
}

// uses names the defaults of columns of the enum type and the checks of
// the list being walked that spell one of the labels (given as SQL
// literals).
func (a *analyzer) uses(enum string, labels []string) []string {
	var out []string
	mention := func(x string) bool {
		return slices.ContainsFunc(labels, func(l string) bool { return strings.Contains(x, l) })
	}
	col := func(t string, c *schema.Column) {
		if ofType(c, enum) && mention(defaultText(c)) {
			out = append(out, fmt.Sprintf("the default of %s.%s", t, c.Name))
		}
	}
	check := func(t string, c *schema.Check) {
		if mention(c.Expr) {
			out = append(out, fmt.Sprintf("check %s of %s", c.Name, t))
		}
	}
	for _, c := range a.list {
		switch c := c.(type) {
		case *schema.AddTable:
			for _, x := range c.T.Columns {
				col(c.T.Name, x)
			}
			for _, x := range c.T.Checks() {
				check(c.T.Name, x)
			}
		case *schema.ModifyTable:
			for _, p := range c.Changes {
				switch p := p.(type) {
				case *schema.AddColumn:
					col(c.T.Name, p.C)
				case *schema.ModifyColumn:
					if p.Change.Is(schema.ChangeDefault) {
						col(c.T.Name, p.To)
					}
				case *schema.AddCheck:
					check(c.T.Name, p.C)
				case *schema.ModifyCheck:
					check(c.T.Name, p.To)
				}
			}
		}
	}
	return out
}
