package hazard

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
)

// Type changes: values that do not convert (DF106), conversions that
// lose silently (SD102), enum values in use (DF107), rewrites (RW101,
// RW104) and clients that see the new type (BC105).

func (a *analyzer) typeString(t schema.Type) string {
	var s string
	var err error
	switch a.d {
	case dburl.Postgres:
		s, err = postgres.FormatType(t)
	case dburl.MySQL:
		s, err = mysql.FormatType(t)
	default:
		s, err = sqlite.FormatType(t)
	}
	if err != nil {
		return fmt.Sprintf("%T", t)
	}
	return s
}

func intBits(t *schema.IntegerType) int {
	switch strings.ToLower(t.T) {
	case "tinyint":
		return 8
	case "smallint", "int2":
		return 16
	case "mediumint":
		return 24
	case "int", "integer", "int4":
		return 32
	}
	return 64
}

func intRange(t *schema.IntegerType) (lo, hi string) {
	b := intBits(t)
	if t.Unsigned {
		return "0", fmt.Sprint(uint64(math.MaxUint64) >> (64 - b))
	}
	return fmt.Sprint(-(int64(1) << (b - 1))), fmt.Sprint(int64(math.MaxInt64) >> (64 - b))
}

func (a *analyzer) typeChange(t string, c *schema.ModifyColumn) {
	from, to := c.From.Type.Type, c.To.Type.Type
	col := c.To.Name
	name := t + "." + col
	q := func(s string) string { return ident(a.d, col) + s }
	a.add(BC105, Info, c, t, col, fmt.Sprintf("%s: type %s -> %s: clients see the new type", name, a.typeString(from), a.typeString(to)))
	if a.d == dburl.SQLite {
		return // a rebuild: SQLite converts nothing (type affinity), RW105 says the rest
	}
	// A serial's values are those of its integer type: bigserial -> serial
	// fails on the values bigint -> integer fails on.
	from, to = serialInteger(from), serialInteger(to)
	rewrite := true
	switch f := from.(type) {
	case *schema.StringType:
		switch tt := to.(type) {
		case *schema.StringType:
			if tt.Size > 0 && (f.Size == 0 || f.Size > tt.Size) {
				a.dataFails(c, t, col, q(fmt.Sprintf(" IS NOT NULL AND char_length(%s) > %d", ident(a.d, col), tt.Size)),
					fmt.Sprintf("longer than %d characters", tt.Size), "the type change")
			}
			rewrite = a.d == dburl.MySQL && !mysqlInplaceVarchar(f, tt)
			if a.d == dburl.Postgres && strings.Contains(f.T, "char") && strings.Contains(tt.T, "text") {
				rewrite = false
			}
		case *schema.IntegerType:
			if a.d == dburl.Postgres {
				a.add(DF106, Error, c, t, col, fmt.Sprintf("%s: PostgreSQL has no automatic cast from %s to %s: the ALTER fails whatever the data; add USING by hand", name, a.typeString(from), a.typeString(to)))
				break
			}
			a.dataFails(c, t, col, fmt.Sprintf("%s IS NOT NULL AND %s NOT REGEXP '^ *[-+]?[0-9]+ *$'", ident(a.d, col), ident(a.d, col)), "not integers", "the type change")
		default:
			if a.d == dburl.Postgres {
				a.add(DF106, Error, c, t, col, fmt.Sprintf("%s: PostgreSQL has no automatic cast from %s to %s: the ALTER fails whatever the data; add USING by hand", name, a.typeString(from), a.typeString(to)))
			} else {
				a.add(DF106, Warning, c, t, col, fmt.Sprintf("%s: %s -> %s fails on values that do not convert (not checked)", name, a.typeString(from), a.typeString(to)))
			}
		}
	case *schema.IntegerType:
		if tt, ok := to.(*schema.IntegerType); ok {
			lo, hi := intRange(tt)
			if intBits(tt) < intBits(f) || tt.Unsigned != f.Unsigned {
				a.dataFails(c, t, col, fmt.Sprintf("%s < %s OR %s > %s", ident(a.d, col), lo, ident(a.d, col), hi),
					fmt.Sprintf("outside %s..%s", lo, hi), "the type change")
			}
		}
	case *schema.DecimalType:
		switch tt := to.(type) {
		case *schema.DecimalType:
			if tt.Precision-tt.Scale < f.Precision-f.Scale && tt.Precision > 0 {
				a.dataFails(c, t, col, fmt.Sprintf("abs(%s) >= 1e%d", ident(a.d, col), tt.Precision-tt.Scale),
					fmt.Sprintf("too large for %s", a.typeString(to)), "the type change")
			}
			if tt.Scale < f.Scale {
				a.rounds(c, t, col, tt.Scale)
			}
			rewrite = !(a.d == dburl.Postgres && tt.Scale == f.Scale && tt.Precision >= f.Precision)
		case *schema.IntegerType:
			a.rounds(c, t, col, 0)
		}
	case *schema.FloatType:
		switch tt := to.(type) {
		case *schema.IntegerType:
			a.rounds(c, t, col, 0)
		case *schema.DecimalType:
			a.rounds(c, t, col, tt.Scale)
		}
	case *schema.TimeType:
		if tt, ok := to.(*schema.TimeType); ok {
			a.timeZone(c, t, col, f, tt)
			if a.d == dburl.Postgres && strings.HasPrefix(f.T, "timestamp") && strings.HasPrefix(tt.T, "timestamp") {
				rewrite = false // no rewrite when the session TimeZone is UTC (hazards.md §6)
			}
		}
	case *schema.EnumType:
		if tt, ok := to.(*schema.EnumType); ok {
			rewrite = a.enumChange(c, t, col, f, tt)
		}
	}
	if rewrite {
		lead := fmt.Sprintf("%s: %s -> %s rewrites", name, a.typeString(from), a.typeString(to))
		text := fmt.Sprintf("%s: %s -> %s rewrites the table under an exclusive lock", name, a.typeString(from), a.typeString(to))
		if a.d == dburl.MySQL {
			lead = fmt.Sprintf("%s: %s -> %s copies (ALGORITHM=COPY, writes blocked)", name, a.typeString(from), a.typeString(to))
			text = lead + " the table"
		}
		f := a.add(RW101, Warning, c, t, col, text)
		a.sized(f, t, lead)
	}
}

func serialInteger(t schema.Type) schema.Type {
	if st, ok := t.(*postgres.SerialType); ok {
		return st.IntegerType()
	}
	return t
}

// mysqlInplaceVarchar: MySQL widens a VARCHAR in place while its length
// prefix stays one byte (up to 255 bytes, 63 utf8mb4 characters) or was
// already two.
func mysqlInplaceVarchar(f, t *schema.StringType) bool {
	if f.T != "varchar" || t.T != "varchar" || t.Size < f.Size {
		return false
	}
	return (f.Size*4 <= 255) == (t.Size*4 <= 255)
}

// dataFails flags a type change that fails on the values cond selects.
func (a *analyzer) dataFails(c *schema.ModifyColumn, t, col, cond, what, stmt string) {
	name := t + "." + col
	q := where(a.d, t, cond)
	f := a.add(DF106, Warning, c, t, col, fmt.Sprintf("%s: %s fails on values %s", name, stmt, what))
	f.probe = &probe{query: q, hit: Error,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: %s %s; %s will fail", name, plural(n, "value is", "values are"), what, stmt)
		},
		clear: fmt.Sprintf("%s: 0 values %s now; the guard stops the migration if some arrive before it runs", name, what)}
	f.Guard = &Guard{Violations: q, Message: fmt.Sprintf("%s has values %s; %s would fail", name, what, stmt)}
}

// rounds flags a conversion that rounds to scale digits without an error.
func (a *analyzer) rounds(c *schema.ModifyColumn, t, col string, scale int) {
	name := t + "." + col
	v := ident(a.d, col)
	if a.d == dburl.Postgres {
		v += "::numeric"
	}
	q := where(a.d, t, fmt.Sprintf("%s <> round(%s, %d)", v, v, scale))
	f := a.add(SD102, Warning, c, t, col, fmt.Sprintf("%s: the conversion rounds to %d decimal places without an error", name, scale))
	f.probe = &probe{query: q, hit: Warning,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: %s rounded to %d decimal places, silently", name, plural(n, "value is", "values are"), scale)
		},
		clear: fmt.Sprintf("%s: 0 values need rounding to %d decimal places now", name, scale)}
}

// timeZone flags timestamptz -> timestamp (PostgreSQL) and TIMESTAMP ->
// DATETIME (MySQL): values are converted in the session's time zone.
func (a *analyzer) timeZone(c *schema.ModifyColumn, t, col string, f, to *schema.TimeType) {
	shifts := false
	switch a.d {
	case dburl.Postgres:
		shifts = strings.HasPrefix(f.T, "timestamp") && strings.HasPrefix(to.T, "timestamp") && withTZ(f.T) != withTZ(to.T)
	case dburl.MySQL:
		shifts = f.T == mysql.TypeTimestamp && to.T == mysql.TypeDateTime
	}
	if !shifts {
		return
	}
	name := t + "." + col
	fl := a.add(SD102, Warning, c, t, col, fmt.Sprintf("%s: %s -> %s converts every value in the session's time zone", name, f.T, to.T))
	fl.probe = &probe{query: nonNullIn(a.d, t, col), hit: Warning,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: %s -> %s converts %s in the session's time zone", name, f.T, to.T, plural(n, "value", "values"))
		},
		timeZone: true,
		clear:    fmt.Sprintf("%s: %s -> %s converts in the session's time zone; 0 values now", name, f.T, to.T)}
}

// enumChange flags removed enum values (DF107) and changes other than
// appending (RW104); it reports whether the table is rewritten.
func (a *analyzer) enumChange(c *schema.ModifyColumn, t, col string, f, to *schema.EnumType) bool {
	var removed []string
	for _, v := range f.Values {
		if !slices.Contains(to.Values, v) {
			removed = append(removed, v)
		}
	}
	name := t + "." + col
	if len(removed) > 0 {
		lits := make([]string, len(removed))
		for i, v := range removed {
			lits[i] = literal(v)
		}
		list := strings.Join(lits, ", ")
		q := where(a.d, t, fmt.Sprintf("%s IN (%s)", ident(a.d, col), list))
		fl := a.add(DF107, Warning, c, t, col, fmt.Sprintf("%s: enum values %s are removed; rows holding them make the change fail", name, list))
		fl.probe = &probe{query: q, hit: Error,
			found: func(n int64, est bool) string {
				return fmt.Sprintf("%s: %s removed enum values %s; the change will fail", name, plural(n, "row holds", "rows hold"), list)
			},
			clear: fmt.Sprintf("%s: 0 rows hold the removed enum values %s now; guarded", name, list)}
		fl.Guard = &Guard{Violations: q, Message: fmt.Sprintf("%s holds enum values %s that the change removes", name, list)}
	}
	appended := len(to.Values) >= len(f.Values) && slices.Equal(to.Values[:len(f.Values)], f.Values)
	if appended || a.d != dburl.MySQL {
		return false
	}
	fl := a.add(RW104, Warning, c, t, col, fmt.Sprintf("%s: enum values changed other than appended at the end: MySQL copies the table", name))
	a.sized(fl, t, name+": the enum change copies")
	return false
}

// longName flags an identifier the database cuts or rejects (SD106).
func (a *analyzer) longName(part schema.Change, t, name, what string) {
	limit, unit, n := 0, "", 0
	switch a.d {
	case dburl.Postgres:
		limit, unit, n = 63, "bytes", len(name)
	case dburl.MySQL:
		limit, unit, n = 64, "characters", len([]rune(name))
	default:
		return
	}
	if n <= limit {
		return
	}
	msg := fmt.Sprintf("%s %s is %d %s long; PostgreSQL cuts it to %d with only a NOTICE, so the models never match the database (set GORM's NamingStrategy IdentifierMaxLength to 63)", what, name, n, unit, limit)
	if a.d == dburl.MySQL {
		msg = fmt.Sprintf("%s %s is %d %s long; MySQL refuses names over %d", what, name, n, unit, limit)
	}
	a.add(SD106, Error, part, t, "", msg)
}

func (a *analyzer) longNames(t *schema.Table, part schema.Change) {
	a.longName(part, t.Name, t.Name, "table")
	for _, c := range t.Columns {
		a.longName(part, t.Name, c.Name, "column")
	}
	for _, i := range t.Indexes {
		a.longName(part, t.Name, i.Name, "index")
	}
	for _, f := range t.ForeignKeys {
		a.longName(part, t.Name, f.Symbol, "foreign key")
	}
}

func withTZ(t string) bool {
	return t == postgres.TypeTimestampWTZ || t == "timestamptz"
}
