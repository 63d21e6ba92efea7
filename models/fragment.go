package models

import (
	"go/token"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/sqlsafe"
)

// fragment refuses a piece of SQL a tag spells out (a type, a default, a
// check, an index expression or predicate) that would not stay one
// expression in the statement GORM and autogen write it into: a model
// must never run SQL of its own (see sqlsafe.Fragment). It reports
// whether sql is accepted.
func (p *parser) fragment(pos token.Position, field, what, sql string) bool {
	if err := sqlsafe.Fragment(p.d.name, sql); err != nil {
		p.errs.add(pos, "field %s: %s %q is not one SQL expression: %v", field, what, sql, err)
		return false
	}
	return true
}

// defaultSQL returns the SQL text of a default expression.
func defaultSQL(x schema.Expr) string {
	switch x := x.(type) {
	case *schema.Literal:
		return x.V
	case *schema.RawExpr:
		return x.X
	}
	return ""
}
