package models

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"ariga.io/atlas/sql/schema"
	"github.com/jinzhu/now"

	"github.com/autogen-dev/autogen/dburl"
)

// parseDefault follows field.go:192-286: the default: value is trimmed and,
// unless it looks like a function call, is null or is empty, parsed by the
// Go kind of the field. A parsed value is later written out by GORM's
// logger.ExplainSQL rules; an unparsed one is SQL, verbatim.
func (p *parser) parseDefault(f *field) {
	v, ok := f.Settings["DEFAULT"]
	if !ok {
		return
	}
	f.HasDefault = true
	v = strings.TrimSpace(v)
	f.Default = v
	if strings.Contains(v, "(") && strings.Contains(v, ")") || strings.EqualFold(v, "null") || v == "" {
		return
	}
	var err error
	switch f.goType.kindType {
	case dtBool:
		f.DefaultValue, err = strconv.ParseBool(v)
	case dtInt:
		f.DefaultValue, err = strconv.ParseInt(v, 0, 64)
	case dtUint:
		f.DefaultValue, err = strconv.ParseUint(v, 0, 64)
	case dtFloat:
		f.DefaultValue, err = strconv.ParseFloat(v, 64)
	case dtString:
		v = strings.Trim(v, "'")
		f.DefaultValue = strings.Trim(v, `"`)
	case dtTime:
		// A value jinzhu/now cannot parse stays raw SQL (CURRENT_TIMESTAMP).
		if t, terr := now.Parse(v); terr == nil {
			f.DefaultValue = t
		}
	}
	if err != nil {
		f.DefaultValue = nil
		p.errs.add(f.Pos, "field %s: default %q is not a valid %s (GORM parses it by the Go kind; quote SQL in parentheses)", f.Name, v, f.goType.kindType)
	}
}

// Atlas's planners and differs treat a schema.Literal as a value and a
// schema.RawExpr as SQL; atlas.md §5.1 found that only a bare number, a
// bare bool or one single-quoted string may be a Literal without noise.
var (
	numberLit = regexp.MustCompile(`^[-+]?[0-9]+(\.[0-9]+)?$`)
	boolLit   = regexp.MustCompile(`^(?i:true|false)$`)
	stringLit = regexp.MustCompile(`^'(?:[^']|'')*'$`)
)

// defaultExpr returns the column default GORM's FullDataTypeOf writes
// (gorm@v1.31.2/migrator/migrator.go:91-109), or nil for none.
func (d *dialect) defaultExpr(f *field) schema.Expr {
	// A serial column's own default is the sequence (checkDefault refuses
	// another); SQLite keeps a DEFAULT beside AUTOINCREMENT in its catalog.
	if d.serial(f) && d.name != dburl.SQLite || !f.HasDefault {
		return nil
	}
	var sql string
	if f.DefaultValue != nil {
		sql = explain(f.DefaultValue)
	} else {
		sql = f.Default
	}
	// default:(-) declares a database-side default without a DEFAULT
	// clause; DEFAULT null is stored as no default at all.
	if sql == "" || sql == "(-)" || strings.EqualFold(sql, "null") {
		return nil
	}
	if numberLit.MatchString(sql) || boolLit.MatchString(sql) || stringLit.MatchString(sql) {
		return &schema.Literal{V: sql}
	}
	if d.name == dburl.MySQL && !mysqlBareDefault(sql) {
		// MySQL 8 takes an expression default only in parentheses
		// (GORM's own DDL fails there); Atlas's MySQL planner would
		// otherwise quote the text as a string.
		sql = "(" + sql + ")"
	}
	// SQLite also wants expressions in parentheses, but Atlas's SQLite
	// planner adds them to every RawExpr and its inspector strips them:
	// the bare text round-trips, a parenthesised one does not.
	return &schema.RawExpr{X: sql}
}

func mysqlBareDefault(sql string) bool {
	u := strings.ToUpper(sql)
	if strings.HasPrefix(u, "CURRENT_TIMESTAMP") || u == "NOW()" {
		return true
	}
	return strings.HasPrefix(sql, "(") && strings.HasSuffix(sql, ")")
}

// explain writes a parsed default the way GORM's logger.ExplainSQL does.
// Strings are single-quoted on every dialect: GORM's SQLite dialector
// writes "…", which SQLite reads back as the same string.
func explain(v any) string {
	switch v := v.(type) {
	case string:
		return "'" + strings.ReplaceAll(v, "'", "''") + "'"
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case uint64:
		return strconv.FormatUint(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case time.Time:
		return "'" + v.Format("2006-01-02 15:04:05.999") + "'"
	}
	return fmt.Sprint(v)
}
