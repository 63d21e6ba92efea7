package models

import (
	"errors"
	"go/token"
	"strconv"
	"strings"

	gormschema "gorm.io/gorm/schema"

	"github.com/autogen-dev/autogen/dburl"
)

// Tag values GORM accepts without a word but reads as something else than
// written, and tag combinations that contradict each other. Each check
// follows what GORM v1.31.2 does with the value: where its DDL fails or the
// result is ambiguous it is an error, where GORM quietly ignores or
// rewrites the value it is a warning, and autogen's schema stays GORM's.

// checkDuplicateKeys warns about a key the tag sets twice with different
// values: ParseTagSetting keeps the last (utils.go:16-43). index and
// uniqueIndex are exempt: each entry is an index of its own.
func (p *parser) checkDuplicateKeys(pos token.Position, name, tag string) {
	type entry struct {
		spelled, last string
		differs       bool
	}
	seen := map[string]*entry{}
	var order []string
	for _, el := range tagElements(tag, ";") {
		spelled, val, hasVal := strings.Cut(el, ":")
		k := strings.TrimSpace(strings.ToUpper(spelled))
		if k == "" || k == "INDEX" || k == "UNIQUEINDEX" {
			continue
		}
		if !hasVal {
			val = k
		}
		val = strings.ReplaceAll(val, `\"`, `"`)
		e, ok := seen[k]
		if !ok {
			seen[k] = &entry{spelled: strings.TrimSpace(spelled), last: val}
			order = append(order, k)
			continue
		}
		e.differs = e.differs || e.last != val
		e.spelled, e.last = strings.TrimSpace(spelled), val
	}
	for _, k := range order {
		if e := seen[k]; e.differs {
			p.warns.add(pos, "field %s: the gorm tag sets %s more than once; GORM keeps the last, %q", name, e.spelled, e.last)
		}
	}
}

// tagElements splits a tag the way ParseTagSetting does: a separator after
// a backslash is part of the element.
func tagElements(str, sep string) []string {
	names := strings.Split(str, sep)
	var out []string
	for i := 0; i < len(names); i++ {
		s := names[i]
		for strings.HasSuffix(s, `\`) && i+1 < len(names) {
			i++
			s = s[:len(s)-1] + sep + names[i]
		}
		out = append(out, s)
	}
	return out
}

// ownSettings are the field's own tag settings: Settings also holds what an
// embedding field passed down, which GORM does not parse again.
func (f *field) ownSettings() map[string]string {
	return gormschema.ParseTagSetting(f.Tag, ";")
}

// checkFieldTags warns about settings GORM drops because of what the field
// turned out to be; embedded reports whether the field was expanded.
func (p *parser) checkFieldTags(f *field, embedded bool) {
	own := f.ownSettings()
	if _, ok := own["EMBEDDEDPREFIX"]; ok && !embedded {
		p.warns.add(f.Pos, "field %s: GORM ignores embeddedPrefix on a field it does not embed (add embedded)", f.Name)
	}
	if v, ok := own["TYPE"]; ok && v == "" && own["COLUMN"] == "" && f.Perm && !embedded {
		p.warns.add(f.Pos, "field %s: the type: tag is empty, so GORM gives the field no column", f.Name)
	}
}

// badNumber says what is wrong with a number GORM reads with strconv and
// whose errors it drops, or "" when nothing is.
func badNumber(n int64, err error) string {
	switch {
	case errors.Is(err, strconv.ErrRange):
		return "is out of range"
	case err != nil:
		return "is not a number"
	case n < 0:
		return "is negative"
	}
	return ""
}

// checkColumnTags checks the settings of a field that becomes a column
// whose type GORM writes as raw. It returns false after an error. A join
// table's columns are copies of key fields checked where they are declared.
func (p *parser) checkColumnTags(f *field, raw string) bool {
	if f.Schema != nil && f.Schema.join {
		return true
	}
	n := len(p.errs)
	own := f.ownSettings()
	p.checkSizes(f, own, raw)
	p.checkAutoIncrement(f, own, raw)
	p.checkDefault(f)
	return len(p.errs) == n
}

// checkSizes: size falls back to -1 on a parse error, precision and scale
// to 0, autoIncrementIncrement to 0 (field.go:206-218).
func (p *parser) checkSizes(f *field, own map[string]string, raw string) {
	if v, ok := own["SIZE"]; ok {
		n, err := strconv.Atoi(v)
		if bad := badNumber(int64(n), err); bad != "" {
			p.warns.add(f.Pos, "field %s: size %q %s; GORM reads it as %d and writes %s", f.Name, v, bad, f.Size, raw)
		}
	}
	if v, ok := own["PRECISION"]; ok {
		n, err := strconv.Atoi(v)
		switch bad := badNumber(int64(n), err); {
		case errors.Is(err, strconv.ErrRange):
			p.errs.add(f.Pos, "field %s: precision %q %s", f.Name, v, bad)
		case bad != "":
			p.warns.add(f.Pos, "field %s: precision %q %s; GORM reads it as %d and writes %s", f.Name, v, bad, f.Precision, raw)
		}
	}
	p.checkScale(f, own, raw)
	if v, ok := own["AUTOINCREMENTINCREMENT"]; ok {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			p.warns.add(f.Pos, "field %s: autoIncrementIncrement %q is not a positive number; GORM reads it as %d, so the keys it fills in after a batch insert are wrong", f.Name, v, n)
		}
	}
}

// checkScale: GORM writes a scale only with a precision, and MySQL's
// decimal(P, S) (mysql.go:379-381) is refused for S < 0 or S > P.
func (p *parser) checkScale(f *field, own map[string]string, raw string) {
	v, ok := own["SCALE"]
	if !ok {
		return
	}
	n, err := strconv.Atoi(v)
	bad := badNumber(int64(n), err)
	switch {
	case errors.Is(err, strconv.ErrRange):
		p.errs.add(f.Pos, "field %s: scale %q %s", f.Name, v, bad)
	case err == nil && p.d.name == dburl.MySQL && f.DataType == dtFloat && f.Precision > 0 && (n < 0 || n > f.Precision):
		p.errs.add(f.Pos, "field %s: scale %d does not fit precision %d; GORM writes %s, which MySQL rejects", f.Name, n, f.Precision, raw)
	case bad != "":
		p.warns.add(f.Pos, "field %s: scale %q %s; GORM reads it as %d and writes %s", f.Name, v, bad, f.Scale, raw)
	case f.DataType == dtFloat && n > 0 && f.Precision <= 0:
		p.warns.add(f.Pos, "field %s: GORM ignores scale without a precision and writes %s", f.Name, raw)
	}
}

// checkAutoIncrement: an autoIncrement tag reaches the DDL only where
// dialect.serial says so; on a non-integer field with a verbatim type
// PostgreSQL swaps the type for a serial and MySQL appends AUTO_INCREMENT
// (getSchemaCustomType in both drivers).
func (p *parser) checkAutoIncrement(f *field, own map[string]string, raw string) {
	if !checkTruth(own["AUTOINCREMENT"]) {
		return
	}
	intField := f.GORMDataType == dtInt || f.GORMDataType == dtUint
	switch {
	case f.goType.dbType[p.d.name] != "":
		p.warns.add(f.Pos, "field %s: GORM ignores autoIncrement: the column type %s comes from GormDBDataType", f.Name, raw)
	case isAbstract(f.DataType):
		if f.DataType != dtInt && f.DataType != dtUint {
			p.warns.add(f.Pos, "field %s: GORM ignores autoIncrement on a %s column", f.Name, f.DataType)
		}
	case p.d.name == dburl.SQLite:
		p.warns.add(f.Pos, "field %s: GORM's SQLite dialect ignores autoIncrement on type:%s", f.Name, f.DataType)
	case !intField && p.d.name == dburl.Postgres:
		p.errs.add(f.Pos, "field %s: autoIncrement needs an integer field; on this %s field GORM replaces type:%s by %s", f.Name, f.GORMDataType, f.DataType, raw)
	case !intField:
		p.errs.add(f.Pos, "field %s: autoIncrement needs an integer field; on this %s field GORM writes %s AUTO_INCREMENT, which MySQL rejects", f.Name, f.GORMDataType, raw)
	}
}

func isAbstract(dt string) bool {
	switch dt {
	case dtBool, dtInt, dtUint, dtFloat, dtString, dtTime, dtBytes:
		return true
	}
	return false
}

// checkDefault: FullDataTypeOf writes the DEFAULT clause whatever else the
// column is (migrator.go:91-109). A serial column already has a default in
// PostgreSQL and MySQL takes none beside AUTO_INCREMENT; SQLite keeps the
// clause but numbers its INTEGER PRIMARY KEY itself. NOT NULL DEFAULT null
// is refused by MySQL.
func (p *parser) checkDefault(f *field) {
	if !f.HasDefault || f.DefaultValue == nil && (f.Default == "" || f.Default == "(-)") {
		return
	}
	isNull := f.DefaultValue == nil && strings.EqualFold(f.Default, "null")
	switch {
	case p.d.serial(f) && p.d.name == dburl.Postgres:
		p.errs.add(f.Pos, "field %s: an auto-increment column cannot take default:%s; PostgreSQL rejects GORM's DDL (a serial column has its own default)", f.Name, f.Default)
	case p.d.serial(f) && p.d.name == dburl.MySQL && !isNull:
		p.errs.add(f.Pos, "field %s: an auto-increment column cannot take default:%s; MySQL rejects GORM's DDL", f.Name, f.Default)
	case p.d.serial(f):
		p.warns.add(f.Pos, "field %s: default:%s has no effect on an auto-increment column", f.Name, f.Default)
	case isNull && f.NotNull && p.d.name == dburl.MySQL:
		p.errs.add(f.Pos, "field %s: not null contradicts default:null; MySQL rejects GORM's NOT NULL DEFAULT null", f.Name)
	case isNull && f.NotNull:
		p.warns.add(f.Pos, "field %s: not null contradicts default:null; GORM writes NOT NULL DEFAULT null, so the column has no default", f.Name)
	}
}
