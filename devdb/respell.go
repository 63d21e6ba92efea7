package devdb

import (
	"slices"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
)

// respell copies desired's tables, taking from read (the same tables as
// the server stored them) the text of each check, by name (unnamed ones in
// order), each index predicate and each expression part, by index name.
// Everything else stays as the models made it.
func respell(desired, read *schema.Schema) *schema.Schema {
	out := *desired
	out.Tables = make([]*schema.Table, len(desired.Tables))
	for i, t := range desired.Tables {
		rt, ok := read.Table(t.Name)
		if !ok {
			out.Tables[i] = t
			continue
		}
		nt := *t
		nt.Attrs = respellChecks(t.Attrs, rt.Attrs)
		nt.Indexes = make([]*schema.Index, len(t.Indexes))
		for j, idx := range t.Indexes {
			nt.Indexes[j] = idx
			if ri, ok := rt.Index(idx.Name); ok {
				nt.Indexes[j] = respellIndex(idx, ri)
			}
		}
		out.Tables[i] = &nt
	}
	return &out
}

func respellChecks(attrs, read []schema.Attr) []schema.Attr {
	out := slices.Clone(attrs)
	var unnamed []*schema.Check
	for _, a := range read {
		if c, ok := a.(*schema.Check); ok && c.Name == "" {
			unnamed = append(unnamed, c)
		}
	}
	for i, a := range out {
		c, ok := a.(*schema.Check)
		if !ok {
			continue
		}
		var r *schema.Check
		if c.Name != "" {
			r = checkNamed(read, c.Name)
		} else if len(unnamed) > 0 {
			r, unnamed = unnamed[0], unnamed[1:]
		}
		if r != nil {
			nc := *c
			nc.Expr = r.Expr
			out[i] = &nc
		}
	}
	return out
}

func checkNamed(attrs []schema.Attr, name string) *schema.Check {
	for _, a := range attrs {
		if c, ok := a.(*schema.Check); ok && c.Name == name {
			return c
		}
	}
	return nil
}

// respellIndex returns a copy of idx with the predicate and expression
// parts of ri; its column parts stay the desired table's columns.
func respellIndex(idx, ri *schema.Index) *schema.Index {
	ni := *idx
	ni.Attrs = slices.Clone(idx.Attrs)
	for i, a := range ni.Attrs {
		if _, ok := a.(*postgres.IndexPredicate); ok {
			if p := predicate(ri.Attrs); p != "" {
				ni.Attrs[i] = &postgres.IndexPredicate{P: p}
			}
		}
	}
	if len(ri.Parts) == len(idx.Parts) {
		ni.Parts = make([]*schema.IndexPart, len(idx.Parts))
		for i, p := range idx.Parts {
			np := *p
			if p.X != nil && ri.Parts[i].X != nil {
				np.X = ri.Parts[i].X
			}
			ni.Parts[i] = &np
		}
	}
	return &ni
}
