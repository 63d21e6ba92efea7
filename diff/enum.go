package diff

import (
	"slices"
	"strconv"
	"strings"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
)

// PostgreSQL enum types. The models never declare enum types as objects: a
// column says type:mood and the type is made outside autogen. So enums are
// compared as objects only when both sides list them (two catalogs, or
// schema values in tests); otherwise the database's enums are left alone,
// as Atlas leaves every object it does not see, and a column of an enum
// type equals a model column naming that type.

// prepareEnums drops the enum objects of both sides unless both have some.
func prepareEnums(from, to *schema.Schema) {
	if hasEnums(from) && hasEnums(to) {
		return
	}
	for _, s := range []*schema.Schema{from, to} {
		s.Objects = slices.DeleteFunc(s.Objects, func(o schema.Object) bool {
			_, ok := o.(*schema.EnumType)
			return ok
		})
	}
}

func hasEnums(s *schema.Schema) bool {
	return slices.ContainsFunc(s.Objects, func(o schema.Object) bool {
		_, ok := o.(*schema.EnumType)
		return ok
	})
}

// sameUserType: an enum column read from a catalog and a model column of
// type:mood (parsed as a user-defined type) name the same type.
func sameUserType(a, b schema.Type) bool {
	na, ok1 := userTypeName(a)
	nb, ok2 := userTypeName(b)
	return ok1 && ok2 && na == nb
}

func userTypeName(t schema.Type) (string, bool) {
	switch t := t.(type) {
	case *schema.EnumType:
		return strings.ToLower(t.T), true
	case *postgres.UserDefinedType:
		name := t.T
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		return strings.ToLower(strings.Trim(name, `"`)), true
	}
	return "", false
}

// fixEnums replaces each enum change Atlas cannot plan. Its planner drops
// no value: a ModifyObject that drops one plans nothing at all, silently
// (alterEnum builds its "kept values" from the old values twice, atlas.md
// §5.3.2), and one that reorders values fails. Such a change becomes the
// rebuild PostgreSQL needs: rename the type away, create it anew, convert
// each column through text, drop the old type. Converting fails on a row
// holding a dropped value, which is right: that data has no place.
func fixEnums(from, to *schema.Schema, changes []schema.Change) []schema.Change {
	var out []schema.Change
	for _, c := range changes {
		m, ok := c.(*schema.ModifyObject)
		if !ok {
			out = append(out, c)
			continue
		}
		e1, ok1 := m.From.(*schema.EnumType)
		e2, ok2 := m.To.(*schema.EnumType)
		if !ok1 || !ok2 || onlyAdds(e1.Values, e2.Values) {
			out = append(out, c)
			continue
		}
		out = append(out, rebuildEnum(from, to, e1, e2)...)
	}
	return out
}

// onlyAdds reports whether to keeps every value of from, in order, so
// that ALTER TYPE … ADD VALUE reaches it.
func onlyAdds(from, to []string) bool {
	i := 0
	for _, v := range to {
		if i < len(from) && from[i] == v {
			i++
		} else if slices.Contains(from, v) {
			return false
		}
	}
	return i == len(from)
}

func rebuildEnum(from, to *schema.Schema, e1, e2 *schema.EnumType) []schema.Change {
	old := *e1
	old.T = freeTypeName(from, e1.T+"_old")
	changes := []schema.Change{
		&schema.RenameObject{From: e1, To: &old},
		&schema.AddObject{O: e2},
	}
	for _, p := range common(from, to) {
		ft, tt := p.from, p.to
		var cols []schema.Change
		for _, fc := range ft.Columns {
			tc, ok := tt.Column(fc.Name)
			if !ok || !isEnum(fc.Type, e1.T) || !isEnum(tc.Type, e2.T) {
				continue
			}
			cols = append(cols, convertColumn(fc, tc, &old)...)
		}
		if len(cols) > 0 {
			changes = append(changes, &schema.ModifyTable{T: tt, Changes: cols})
		}
	}
	return append(changes, &schema.DropObject{O: &old})
}

// convertColumn changes column fc (of the renamed type old) to tc's type
// through text. A default goes first and comes back after, as in the
// PostgreSQL manual's ALTER TABLE example: the old one cannot be cast.
func convertColumn(fc, tc *schema.Column, old *schema.EnumType) []schema.Change {
	from := *fc
	from.Type = &schema.ColumnType{Type: old, Raw: old.T, Null: fc.Type.Null}
	name := tc.Type.Type.(*schema.EnumType).T
	using := &postgres.ConvertUsing{X: strconv.Quote(tc.Name) + "::text::" + strconv.Quote(name)}
	var out []schema.Change
	kind := schema.ChangeType
	if from.Default != nil {
		noDefault := from
		noDefault.Default = nil
		out = append(out, &schema.ModifyColumn{From: &from, To: &noDefault, Change: schema.ChangeDefault})
		from.Default = nil
	}
	if tc.Default != nil {
		kind |= schema.ChangeDefault
	}
	return append(out, &schema.ModifyColumn{From: &from, To: tc, Change: kind, Extra: []schema.Clause{using}})
}

func isEnum(ct *schema.ColumnType, name string) bool {
	e, ok := ct.Type.(*schema.EnumType)
	return ok && e.T == name
}

func freeTypeName(s *schema.Schema, name string) string {
	taken := func(n string) bool {
		return slices.ContainsFunc(s.Objects, func(o schema.Object) bool {
			e, ok := o.(*schema.EnumType)
			return ok && e.T == n
		})
	}
	for base, i := name, 2; taken(name); i++ {
		name = base + strconv.Itoa(i)
	}
	return name
}
