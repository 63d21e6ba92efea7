package diff

import (
	"slices"

	"ariga.io/atlas/sql/schema"
)

// clone deep-copies the tables of a schema: Atlas's differ normalizes its
// inputs in place (the SQLite differ renames foreign keys), and Schemas
// promises to leave its arguments alone. Types and expressions are shared:
// nothing here changes them. Schema-level attributes (the public schema's
// comment) are left out: models cannot declare them, so they are never a
// difference.
func clone(s *schema.Schema, name string) *schema.Schema {
	c := &schema.Schema{Name: name, Objects: slices.Clone(s.Objects)}
	tables := make(map[*schema.Table]*schema.Table, len(s.Tables))
	cols := make(map[*schema.Column]*schema.Column)
	for _, t := range s.Tables {
		nt := cloneTable(t, c, cols)
		tables[t] = nt
		c.Tables = append(c.Tables, nt)
	}
	for _, t := range s.Tables {
		nt := tables[t]
		for _, fk := range t.ForeignKeys {
			nt.ForeignKeys = append(nt.ForeignKeys, cloneFK(fk, nt, tables, cols))
		}
	}
	return c
}

func cloneTable(t *schema.Table, s *schema.Schema, cols map[*schema.Column]*schema.Column) *schema.Table {
	nt := &schema.Table{Name: t.Name, Schema: s, Attrs: slices.Clone(t.Attrs)}
	for _, col := range t.Columns {
		nc := *col
		nc.Attrs = slices.Clone(col.Attrs)
		if col.Type != nil {
			ct := *col.Type
			nc.Type = &ct
		}
		nc.Indexes, nc.ForeignKeys = nil, nil
		cols[col] = &nc
		nt.Columns = append(nt.Columns, &nc)
	}
	if t.PrimaryKey != nil {
		nt.PrimaryKey = cloneIndex(t.PrimaryKey, nt, cols)
	}
	for _, idx := range t.Indexes {
		ni := cloneIndex(idx, nt, cols)
		nt.Indexes = append(nt.Indexes, ni)
		for _, p := range ni.Parts {
			if p.C != nil {
				p.C.Indexes = append(p.C.Indexes, ni)
			}
		}
	}
	return nt
}

func cloneIndex(idx *schema.Index, t *schema.Table, cols map[*schema.Column]*schema.Column) *schema.Index {
	ni := &schema.Index{Name: idx.Name, Unique: idx.Unique, Table: t, Attrs: slices.Clone(idx.Attrs)}
	for _, p := range idx.Parts {
		np := *p
		np.Attrs = slices.Clone(p.Attrs)
		if p.C != nil {
			np.C = cols[p.C]
		}
		ni.Parts = append(ni.Parts, &np)
	}
	return ni
}

func cloneFK(fk *schema.ForeignKey, t *schema.Table, tables map[*schema.Table]*schema.Table, cols map[*schema.Column]*schema.Column) *schema.ForeignKey {
	nf := &schema.ForeignKey{Symbol: fk.Symbol, Table: t, OnUpdate: fk.OnUpdate, OnDelete: fk.OnDelete, Attrs: slices.Clone(fk.Attrs)}
	nf.RefTable = fk.RefTable
	if rt, ok := tables[fk.RefTable]; ok {
		nf.RefTable = rt
	}
	for _, c := range fk.Columns {
		nc := cols[c]
		nc.ForeignKeys = append(nc.ForeignKeys, nf)
		nf.Columns = append(nf.Columns, nc)
	}
	for _, c := range fk.RefColumns {
		if nc, ok := cols[c]; ok {
			c = nc
		}
		nf.RefColumns = append(nf.RefColumns, c)
	}
	return nf
}

// tablePair is a table of the current schema and its namesake in the
// desired one.
type tablePair struct{ from, to *schema.Table }

// common pairs the tables of from with their namesakes in to, in from's
// order. Schema.Table is a linear search; the passes of Schemas each walk
// every table, so they look the names up in a map instead, keeping a diff
// linear in the number of tables.
func common(from, to *schema.Schema) []tablePair {
	byName := make(map[string]*schema.Table, len(to.Tables))
	for _, t := range to.Tables {
		byName[t.Name] = t
	}
	pairs := make([]tablePair, 0, len(from.Tables))
	for _, ft := range from.Tables {
		if tt, ok := byName[ft.Name]; ok {
			pairs = append(pairs, tablePair{ft, tt})
		}
	}
	return pairs
}
