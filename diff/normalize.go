package diff

import (
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

// prepare returns a deep copy of s ready to compare: a fixed schema name
// (Atlas refuses to diff schemas of different names), the rest untouched.
func prepare(s *schema.Schema, d dburl.Dialect) *schema.Schema {
	return clone(s, "autogen")
}

// pair removes the differences of spelling between the current schema
// (from, read from a catalog) and the desired one (to, from the models):
// where the rules of rules.go find a current value equivalent to the
// desired one, the current side takes the desired value. Only the current
// side changes, and only where the two are equal, so every change the
// differ still reports carries the models' own text for the new state.
func pair(from, to *schema.Schema, d dburl.Dialect) {
	for _, p := range common(from, to) {
		ft, tt := p.from, p.to
		if d == dburl.SQLite {
			nameAutoIndexes(ft, tt)
		}
		for _, fc := range ft.Columns {
			if tc, ok := tt.Column(fc.Name); ok {
				pairColumn(fc, tc, d)
			}
		}
		for _, fi := range ft.Indexes {
			if ti, ok := tt.Index(fi.Name); ok {
				pairIndex(fi, ti, d)
			}
		}
	}
}

// pairColumn equalizes a column's default and, on PostgreSQL, the two
// spellings of a user-defined type.
func pairColumn(from, to *schema.Column, d dburl.Dialect) {
	if d == dburl.Postgres && from.Type != nil && to.Type != nil && sameUserType(from.Type.Type, to.Type.Type) {
		ct := *from.Type
		ct.Type = to.Type.Type
		from.Type = &ct
	}
	if isNullDefault(from.Default) {
		from.Default = nil
	}
	if from.Default != nil && to.Default != nil && sameDefault(from, to, d) {
		from.Default = to.Default
	}
}

// pairIndex equalizes an index's predicate and expression parts.
func pairIndex(from, to *schema.Index, d dburl.Dialect) {
	if d == dburl.MySQL {
		longUnique(from, to)
	}
	if fp, tp := predicate(from.Attrs), predicate(to.Attrs); fp != nil && tp != nil && sameSQL(fp.get(), tp.get()) {
		fp.set(tp.get())
	}
	if len(from.Parts) != len(to.Parts) {
		return
	}
	for i, fp := range from.Parts {
		tp := to.Parts[i]
		fx, ok1 := fp.X.(*schema.RawExpr)
		tx, ok2 := tp.X.(*schema.RawExpr)
		if ok1 && ok2 && sameSQL(fx.X, tx.X) {
			fp.X = tx
		}
	}
}
