package diff

import (
	"strings"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
)

// fixColumns adds the column changes Atlas's differs do not see:
//   - PostgreSQL and SQLite: a changed collation (their ColumnChange never
//     looks at it). PostgreSQL sets a collation only with a type, so the
//     change is planned as ALTER COLUMN … TYPE … COLLATE.
//   - MySQL and SQLite: AUTO_INCREMENT / AUTOINCREMENT added or removed.
//   - SQLite: a type of another name but the same affinity (INTEGER to
//     BIGINT); its differ compares affinities only. Sizes stay unseen: its
//     planner writes none (varchar(20) is created as varchar).
func fixColumns(from, to *schema.Schema, changes []schema.Change, d dburl.Dialect) []schema.Change {
	for _, p := range common(from, to) {
		ft, tt := p.from, p.to
		for _, fc := range ft.Columns {
			tc, ok := tt.Column(fc.Name)
			if !ok {
				continue
			}
			k := missedColumnChange(ft, tt, fc, tc, d)
			if k == schema.NoChange {
				continue
			}
			if m := modifyColumn(changes, tt.Name, tc.Name); m != nil {
				m.Change |= k
				continue
			}
			changes = addToTable(changes, tt, &schema.ModifyColumn{From: fc, To: tc, Change: k})
		}
	}
	return changes
}

func missedColumnChange(ft, tt *schema.Table, fc, tc *schema.Column, d dburl.Dialect) schema.ChangeKind {
	var k schema.ChangeKind
	if d != dburl.MySQL && collation(fc.Attrs) != collation(tc.Attrs) {
		k |= schema.ChangeCollate
		if d == dburl.Postgres {
			// Its planner knows no ChangeCollate: a type change writes
			// TYPE … COLLATE …, or no COLLATE for the default.
			k = schema.ChangeType
		}
	}
	if d != dburl.Postgres && autoIncrement(ft, fc, d) != autoIncrement(tt, tc, d) {
		k |= schema.ChangeAttr
	}
	if d == dburl.SQLite && fc.Type != nil && tc.Type != nil {
		a, err1 := sqlite.FormatType(fc.Type.Type)
		b, err2 := sqlite.FormatType(tc.Type.Type)
		if err1 == nil && err2 == nil && !strings.EqualFold(a, b) {
			k |= schema.ChangeType
		}
	}
	return k
}

func collation(attrs []schema.Attr) string {
	for _, a := range attrs {
		if c, ok := a.(*schema.Collation); ok {
			return c.V
		}
	}
	return ""
}

// autoIncrement reports whether the column auto-increments: an attribute
// of the column, or on SQLite of its table when it is the single key.
func autoIncrement(t *schema.Table, c *schema.Column, d dburl.Dialect) bool {
	switch d {
	case dburl.MySQL:
		return hasAttr[*mysql.AutoIncrement](c.Attrs)
	case dburl.SQLite:
		if hasAttr[*sqlite.AutoIncrement](c.Attrs) {
			return true
		}
		pk := t.PrimaryKey
		return hasAttr[*sqlite.AutoIncrement](t.Attrs) && pk != nil && len(pk.Parts) == 1 && pk.Parts[0].C != nil && pk.Parts[0].C.Name == c.Name
	}
	return false
}

func modifyColumn(changes []schema.Change, table, column string) *schema.ModifyColumn {
	if mt := tableChanges(changes, table); mt != nil {
		for _, c := range mt.Changes {
			if m, ok := c.(*schema.ModifyColumn); ok && m.To.Name == column {
				return m
			}
		}
	}
	return nil
}
