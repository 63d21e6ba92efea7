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

var sqliteReAutoinc = regexp.MustCompile("(?i)(?:[(,]\\s*)[\"`]?(\\w+)[\"`]?\\s+INTEGER\\s+[^,]*PRIMARY\\s+KEY\\s+[^,]*AUTOINCREMENT")

// sqliteAutoinc marks an INTEGER PRIMARY KEY AUTOINCREMENT column.
func sqliteAutoinc(t *schema.Table) error {
	stmt, ok := sqliteCreateStmt(t.Attrs)
	if !ok {
		return fmt.Errorf("missing CREATE statement for table: %q", t.Name)
	}
	if t.PrimaryKey == nil || len(t.PrimaryKey.Parts) != 1 || t.PrimaryKey.Parts[0].C == nil {
		return nil
	}
	m := sqliteReAutoinc.FindStringSubmatch(stmt)
	if len(m) != 2 {
		return nil
	}
	pkc, ok := t.Column(m[1])
	if !ok {
		return fmt.Errorf("sqlite: column %q was not found for AUTOINCREMENT", m[1])
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
	re, err := regexp.Compile(fmt.Sprintf("(?:[(,]\\s*)[\"`]*(%s)[\"`]*[^,]*(?i:GENERATED\\s+ALWAYS)*\\s*(?i:AS){1}\\s*\\(", c.Name))
	if err != nil {
		return err
	}
	idx := re.FindAllStringIndex(stmt, 1)
	if len(idx) != 1 || len(idx[0]) != 2 {
		return fmt.Errorf("sqlite: generation expression for column %q was not found in create statement", c.Name)
	}
	expr := sqliteScanExpr(stmt[idx[0][1]-1:])
	if expr == "" {
		return fmt.Errorf("sqlite: unexpected empty generation expression for column %q", c.Name)
	}
	typ := "VIRTUAL"
	if hidden == 3 {
		typ = "STORED"
	}
	c.SetGeneratedExpr(&schema.GeneratedExpr{Expr: expr, Type: typ})
	return nil
}

var (
	sqliteReFKC   = regexp.MustCompile("(?i)(?:[(,]\\s*)[\"`]*(\\w+)[\"`]*[^,]*\\s+CONSTRAINT\\s+[\"`]*(\\w+)[\"`]*\\s+REFERENCES\\s+[\"`]*(\\w+)[\"`]*\\s*\\(([,\"` \\w]+)\\)")
	sqliteReFKT   = regexp.MustCompile("(?i)CONSTRAINT\\s+[\"`]*(\\w+)[\"`]*\\s+FOREIGN\\s+KEY\\s*\\(([,\"` \\w]+)\\)\\s+REFERENCES\\s+[\"`]*(\\w+)[\"`]*\\s*\\(([,\"` \\w]+)\\)")
	sqliteReCheck = regexp.MustCompile("(?i)(?:CONSTRAINT\\s+[\"`]?(\\w+)[\"`]?\\s+)?CHECK\\s*\\(")
)

// sqliteFillConstName names the foreign keys after the CONSTRAINT clauses
// of the CREATE statement.
func sqliteFillConstName(t *schema.Table) error {
	stmt, ok := sqliteCreateStmt(t.Attrs)
	if !ok {
		return fmt.Errorf("missing CREATE statement for table: %q", t.Name)
	}
	for _, m := range sqliteReFKT.FindAllStringSubmatch(stmt, -1) {
		if len(m) != 5 {
			return fmt.Errorf("unexpected number of matches for a table constraint: %q", m)
		}
		for _, fk := range t.ForeignKeys {
			if sqliteMatchFK(fk, sqliteColumns(m[2]), m[3], sqliteColumns(m[4])) {
				fk.Symbol = m[1]
				break
			}
		}
	}
	for _, m := range sqliteReFKC.FindAllStringSubmatch(stmt, -1) {
		if len(m) != 5 {
			return fmt.Errorf("unexpected number of matches for a column constraint: %q", m)
		}
		for _, fk := range t.ForeignKeys {
			if sqliteMatchFK(fk, sqliteColumns(m[1]), m[3], sqliteColumns(m[4])) {
				fk.Symbol = m[2]
				break
			}
		}
	}
	return nil
}

func sqliteColumns(s string) []string {
	names := strings.Split(s, ",")
	for i := range names {
		names[i] = strings.Trim(strings.TrimSpace(names[i]), "`\"")
	}
	return names
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

// sqliteFillChecks adds the CHECK constraints of the CREATE statement.
func sqliteFillChecks(t *schema.Table) error {
	s, ok := sqliteCreateStmt(t.Attrs)
	if !ok {
		return fmt.Errorf("missing CREATE statement for table: %q", t.Name)
	}
	for i := 0; i < len(s); {
		idx := sqliteReCheck.FindStringSubmatchIndex(s[i:])
		if len(idx) != 4 {
			break
		}
		check := &schema.Check{Expr: sqliteScanExpr(s[idx[1]-1:])}
		if idx[2] != -1 && idx[3] != -1 {
			check.Name = s[idx[2]:idx[3]]
		}
		t.Attrs = append(t.Attrs, check)
		s = s[idx[1]+len(check.Expr)-1:]
	}
	return nil
}

// sqliteScanExpr returns the parenthesized expression at the start of expr.
func sqliteScanExpr(expr string) string {
	var r, l int
	for i := 0; i < len(expr); i++ {
		switch expr[i] {
		case '(':
			r++
		case ')':
			l++
		case '\'', '"':
			if j := strings.IndexByte(expr[i+1:], expr[i]); j != -1 {
				i += j + 1
			}
		}
		if r == l {
			return expr[:i+1]
		}
	}
	return ""
}

var (
	sqliteReIdxParts = regexp.MustCompile("(?i)ON\\s+[\"`]*(?:\\w+)[\"`]*\\s*\\((.+?)\\)(\\s*WHERE\\s+.+)?$")
	sqliteReIdxDesc  = regexp.MustCompile("(?i)\\s+DESC\\s*$")
)

// sqliteIndexExprs fills the expression parts of an index from its CREATE
// statement.
func sqliteIndexExprs(idx *schema.Index) {
	stmt, ok := sqliteCreateStmt(idx.Attrs)
	if !ok || !sqliteReIdxParts.MatchString(stmt) {
		return
	}
	x := sqliteReIdxParts.FindStringSubmatch(stmt)[1]
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
