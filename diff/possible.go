package diff

import (
	"fmt"
	"slices"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
)

// Rename is a drop and an add in one diff that may be one object renamed:
// a column dropped and a column of the same type added in one table, or a
// table dropped and a table of the same columns added. The diff still
// drops and adds (the data of the old one is lost); the rename hint Hint
// names turns it into a RENAME.
type Rename struct {
	// Table is the column's table, or for a table rename the new table.
	Table string
	// Column is true for a column rename.
	Column bool
	// From and To are the old and new names of the column or table.
	From, To string
}

// String gives the rename as "users.name -> users.full_name" or
// "users -> people".
func (r Rename) String() string {
	if r.Column {
		return fmt.Sprintf("%s.%s -> %s.%s", r.Table, r.From, r.Table, r.To)
	}
	return r.From + " -> " + r.To
}

// Hint says how to declare the rename in the models.
func (r Rename) Hint() string {
	if r.Column {
		return fmt.Sprintf("tag the field autogen:\"renamed_from:%s\"", r.From)
	}
	return fmt.Sprintf("put //autogen:renamed_from %s in the model type's doc comment", r.From)
}

// PossibleRenames finds the drops and adds among changes (as Schemas
// returns them for dialect d) that may be renames. Within a table each
// dropped column pairs with the first added column of the same type not
// yet paired; each dropped table with the first added table of the same
// column names and types. The order is that of the changes.
func PossibleRenames(changes []schema.Change, d dburl.Dialect) []Rename {
	var out []Rename
	var dropped, added []*schema.Table
	for _, c := range changes {
		switch c := c.(type) {
		case *schema.DropTable:
			dropped = append(dropped, c.T)
		case *schema.AddTable:
			added = append(added, c.T)
		case *schema.ModifyTable:
			out = append(out, columnRenames(c, d)...)
		}
	}
	used := map[*schema.Table]bool{}
	for _, dt := range dropped {
		for _, at := range added {
			if !used[at] && sameColumns(dt, at, d) {
				used[at] = true
				out = append(out, Rename{Table: at.Name, From: dt.Name, To: at.Name})
				break
			}
		}
	}
	return out
}

func columnRenames(mt *schema.ModifyTable, d dburl.Dialect) []Rename {
	var drops, adds []*schema.Column
	for _, c := range mt.Changes {
		switch c := c.(type) {
		case *schema.DropColumn:
			drops = append(drops, c.C)
		case *schema.AddColumn:
			adds = append(adds, c.C)
		}
	}
	var out []Rename
	used := map[*schema.Column]bool{}
	for _, dc := range drops {
		for _, ac := range adds {
			if !used[ac] && typeKey(dc, d) == typeKey(ac, d) {
				used[ac] = true
				out = append(out, Rename{Table: mt.T.Name, Column: true, From: dc.Name, To: ac.Name})
				break
			}
		}
	}
	return out
}

// sameColumns reports whether two tables have the same column names and
// types, in any order.
func sameColumns(a, b *schema.Table, d dburl.Dialect) bool {
	if len(a.Columns) != len(b.Columns) {
		return false
	}
	key := func(t *schema.Table) []string {
		var ks []string
		for _, c := range t.Columns {
			ks = append(ks, c.Name+" "+typeKey(c, d))
		}
		slices.Sort(ks)
		return ks
	}
	return slices.Equal(key(a), key(b))
}

// typeKey is a column's type as the dialect writes it, so that a type read
// from a catalog and one parsed from the models compare equal.
func typeKey(c *schema.Column, d dburl.Dialect) string {
	if c.Type == nil || c.Type.Type == nil {
		return ""
	}
	var (
		s   string
		err error
	)
	switch d {
	case dburl.Postgres:
		t := c.Type.Type
		if st, ok := t.(*postgres.SerialType); ok {
			t = st.IntegerType()
		}
		s, err = postgres.FormatType(t)
	case dburl.MySQL:
		s, err = mysql.FormatType(c.Type.Type)
	case dburl.SQLite:
		s, err = sqlite.FormatType(c.Type.Type)
	}
	if err != nil || s == "" {
		return typeText(c)
	}
	return s
}
