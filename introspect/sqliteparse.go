package introspect

// What Atlas's SQLite inspector reads from the CREATE statements rather
// than the catalog (AUTOINCREMENT, generated columns, constraint names,
// CHECKs, expression index parts) and how it classifies defaults. Atlas
// keeps these unexported (autoinc, setGenExpr, fillConstName, fillChecks,
// scanExpr, defaultExpr and the expression part of indexInfo in
// ariga.io/atlas/sql/sqlite; ExprLastIndex in its internal sqlx), so they
// are copied from the pinned version (v0.32.1-0.20250325101103-175b25e1c1b9,
// Apache-2.0) with only the names changed. The equality test in
// sqlitefast_test.go holds them to Atlas's output.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
)

func sqliteCreateStmt(attrs []schema.Attr) (string, bool) {
	for _, a := range attrs {
		if c, ok := a.(*sqlite.CreateStmt); ok {
			return c.S, true
		}
	}
	return "", false
}

func sqliteDefaultExpr(x string) schema.Expr {
	switch {
	case isLiteralBool(x), isLiteralNumber(x), isQuoted(x, '"', '\''), sqliteIsBlob(x):
		return &schema.Literal{V: x}
	default:
		return &schema.RawExpr{X: x}
	}
}

func sqliteIsBlob(s string) bool {
	if (strings.HasPrefix(s, "x'") || strings.HasPrefix(s, "X'")) && strings.HasSuffix(s, "'") {
		_, err := strconv.ParseUint(s[2:len(s)-1], 16, 64)
		return err == nil
	}
	return false
}

// sqliteAutoinc marks an INTEGER PRIMARY KEY AUTOINCREMENT column.
func sqliteAutoinc(t *schema.Table) error {
	stmt, ok := sqliteCreateStmt(t.Attrs)
	if !ok {
		return fmt.Errorf("missing CREATE statement for table: %q", t.Name)
	}
	if t.PrimaryKey == nil || len(t.PrimaryKey.Parts) != 1 || t.PrimaryKey.Parts[0].C == nil {
		return nil
	}
	name := sqliteAutoincColumn(stmt)
	if name == "" {
		return nil
	}
	pkc, ok := t.Column(name)
	if !ok {
		return fmt.Errorf("sqlite: column %q was not found for AUTOINCREMENT", name)
	}
	if t.PrimaryKey.Parts[0].C != pkc {
		return fmt.Errorf("sqlite: unexpected primary key: %v", t.PrimaryKey)
	}
	inc := &sqlite.AutoIncrement{}
	t.PrimaryKey.Attrs = append(t.PrimaryKey.Attrs, inc)
	pkc.Attrs = append(pkc.Attrs, inc)
	return nil
}

// sqliteSetGenExpr reads a generated column's expression from the CREATE
// statement; hidden is 2 for VIRTUAL and 3 for STORED.
func sqliteSetGenExpr(t *schema.Table, c *schema.Column, hidden int64) error {
	stmt, ok := sqliteCreateStmt(t.Attrs)
	if !ok {
		return fmt.Errorf("missing CREATE statement for table: %q", t.Name)
	}
	expr := sqliteGenExpr(stmt, c.Name)
	if expr == "" {
		return fmt.Errorf("sqlite: generation expression for column %q was not found in create statement", c.Name)
	}
	typ := "VIRTUAL"
	if hidden == 3 {
		typ = "STORED"
	}
	c.SetGeneratedExpr(&schema.GeneratedExpr{Expr: expr, Type: typ})
	return nil
}

// sqliteFillConstName names the foreign keys after the CONSTRAINT clauses
// of the CREATE statement.
func sqliteFillConstName(t *schema.Table) error {
	stmt, ok := sqliteCreateStmt(t.Attrs)
	if !ok {
		return fmt.Errorf("missing CREATE statement for table: %q", t.Name)
	}
	for _, c := range sqliteConstraints(stmt) {
		if c.refTable == "" || c.name == "" {
			continue
		}
		for _, fk := range t.ForeignKeys {
			if sqliteMatchFK(fk, c.columns, c.refTable, c.refColumns) {
				fk.Symbol = c.name
				break
			}
		}
	}
	return nil
}

// sqliteFillChecks adds the CHECK constraints of the CREATE statement.
func sqliteFillChecks(t *schema.Table) error {
	s, ok := sqliteCreateStmt(t.Attrs)
	if !ok {
		return fmt.Errorf("missing CREATE statement for table: %q", t.Name)
	}
	for _, c := range sqliteConstraints(s) {
		if c.check != "" {
			t.Attrs = append(t.Attrs, &schema.Check{Name: c.name, Expr: c.check})
		}
	}
	return nil
}

var sqliteReIdxDesc = regexp.MustCompile("(?i)\\s+DESC\\s*$")

// sqliteIndexExprs fills the expression parts of an index from its CREATE
// statement.
func sqliteIndexExprs(idx *schema.Index) {
	stmt, ok := sqliteCreateStmt(idx.Attrs)
	if !ok {
		return
	}
	x := sqliteIndexParts(stmt)
	if x == "" {
		return
	}
	for _, p := range idx.Parts {
		j := exprLastIndex(x)
		if j == -1 {
			return
		}
		if p.X != nil {
			kx := strings.TrimSpace(x[:j+1])
			if p.Desc {
				kx = sqliteReIdxDesc.ReplaceAllString(kx, "")
			}
			p.X.(*schema.RawExpr).X = kx
		}
		x = strings.TrimLeft(x[j+1:], ", ")
	}
}

// sqliteIndexParts returns the text inside the parentheses after
// "ON table" of a CREATE INDEX statement, whatever the table's name holds.
func sqliteIndexParts(stmt string) string {
	toks := sqliteTokens(stmt)
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].is("ON") && toks[i+2].kind == '(' {
			g := toks[i+2].text
			return g[1 : len(g)-1]
		}
	}
	return ""
}

// exprLastIndex is Atlas's sqlx.ExprLastIndex: the last index of the
// first expression in expr.
func exprLastIndex(expr string) int {
	var l, r int
	for i := 0; i < len(expr); i++ {
	Top:
		switch expr[i] {
		case '(':
			l++
		case ')':
			r++
		case '\'', '"', '`':
			for j := i + 1; j < len(expr); j++ {
				switch expr[j] {
				case '\\':
					j++
				case expr[i]:
					i = j
					break Top
				}
			}
			return -1
		}
		if l == r && (i == len(expr)-1 || expr[i+1] == ',') {
			return i
		} else if r > l {
			return -1
		}
	}
	return -1
}

func sqliteMatchFK(fk *schema.ForeignKey, columns []string, refTable string, refColumns []string) bool {
	if len(fk.Columns) != len(columns) || fk.RefTable.Name != refTable || len(fk.RefColumns) != len(refColumns) {
		return false
	}
	for i := range columns {
		if fk.Columns[i].Name != columns[i] {
			return false
		}
	}
	for i := range refColumns {
		if fk.RefColumns[i].Name != refColumns[i] {
			return false
		}
	}
	return true
}
