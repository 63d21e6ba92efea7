package introspect

import (
	"database/sql"
	"errors"
	"strings"

	"ariga.io/atlas/sql/schema"
)

// errFallback is returned by a fast reader for a case it leaves to Atlas's
// inspector, such as a server version it does not know.
var errFallback = errors.New("introspect: leave this schema to Atlas's inspector")

// tableIndex is a table being read with its columns by name: the readers
// look columns up once per catalog row, which Atlas does by a linear scan
// of the schema's tables (quadratic in the number of tables).
type tableIndex struct {
	t    *schema.Table
	cols map[string]*schema.Column
}

func newTableIndex(t *schema.Table) *tableIndex {
	return &tableIndex{t: t, cols: make(map[string]*schema.Column)}
}

func (ti *tableIndex) addColumn(c *schema.Column) {
	ti.t.AddColumns(c)
	ti.cols[c.Name] = c
}

func (ti *tableIndex) column(name string) (*schema.Column, bool) {
	c, ok := ti.cols[name]
	return c, ok
}

// fkRow is one column of a foreign key, as Atlas's sqlx.TypedSchemaFKs
// scans it.
type fkRow struct {
	name, column, tSchema, refTable, refColumn, refSchema string
	onUpdate, onDelete                                    schema.ReferenceOption
}

// addFKColumn follows Atlas's sqlx.TypedSchemaFKs: the first row of a
// constraint creates it; each row adds a column and a referenced column,
// the referenced ones as stubs unless the key references its own table.
// linkFKs then points them at the real columns.
func (ti *tableIndex) addFKColumn(tables map[string]*schema.Table, r fkRow) error {
	t := ti.t
	fk, ok := t.ForeignKey(r.name)
	if !ok {
		fk = &schema.ForeignKey{Symbol: r.name, Table: t, RefTable: t, OnUpdate: r.onUpdate, OnDelete: r.onDelete}
		switch {
		case r.tSchema == r.refSchema && r.refTable == t.Name:
		case r.tSchema == r.refSchema:
			if fk.RefTable, ok = tables[r.refTable]; !ok {
				fk.RefTable = &schema.Table{Name: r.refTable, Schema: t.Schema}
			}
		default:
			fk.RefTable = &schema.Table{Name: r.refTable, Schema: &schema.Schema{Name: r.refSchema}}
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
	}
	return ti.addFKPair(fk, r.column, r.refColumn)
}

// linkFKs is Atlas's sqlx.LinkSchemaTables for one schema: references to
// a table of the schema point at that table and its columns.
func linkFKs(s *schema.Schema) {
	tables := make(map[string]*schema.Table, len(s.Tables))
	for _, t := range s.Tables {
		t.Schema = s
		tables[t.Name] = t
	}
	for _, t := range s.Tables {
		for _, fk := range t.ForeignKeys {
			if fk.RefTable.Schema == nil || fk.RefTable.Schema.Name != s.Name {
				continue
			}
			ref, ok := tables[fk.RefTable.Name]
			if !ok {
				continue
			}
			fk.RefTable = ref
			for i, c := range fk.RefColumns {
				if rc, ok := ref.Column(c.Name); ok {
					fk.RefColumns[i] = rc
				}
			}
		}
	}
}

// validString is Atlas's sqlx.ValidString.
func validString(s sql.NullString) bool {
	return s.Valid && s.String != "" && strings.ToLower(s.String) != "null"
}
