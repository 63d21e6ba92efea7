package diff

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"time"
	"unicode"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
)

// The rules below say when a value read from a catalog is the value the
// models wrote, in the spelling the database stores it (atlas.md §5).
// Each has a table test in rules_test.go.

// isNullDefault: DEFAULT NULL is no default. PostgreSQL stores GORM's
// default:null on a varchar as NULL::character varying.
func isNullDefault(x schema.Expr) bool {
	s := exprText(x)
	return s != "" && strings.EqualFold(stripCasts(s), "null")
}

// sameDefault reports whether two defaults are one value:
//   - the same SQL once casts, redundant parentheses, spacing and keyword
//     case are set aside (PostgreSQL writes upper('x') as upper('x'::text),
//     'a' as 'a'::character varying);
//   - the same number (0 and 0.00, 1.5 and '1.5'::numeric);
//   - on a timestamptz column, the same wall-clock time: PostgreSQL shows
//     '2020-01-02' as '2020-01-02 00:00:00+00' in the session's zone.
func sameDefault(from, to *schema.Column, d dburl.Dialect) bool {
	a, b := exprText(from.Default), exprText(to.Default)
	if sameSQL(a, b) || sameNumber(a, b) {
		return true
	}
	switch {
	case d == dburl.Postgres && isTimestampTZ(from.Type):
		return sameWallClock(a, b)
	case d == dburl.MySQL:
		return sameNow(a, b)
	}
	return false
}

func exprText(x schema.Expr) string {
	switch x := x.(type) {
	case *schema.Literal:
		return x.V
	case *schema.RawExpr:
		return x.X
	}
	return ""
}

// sameSQL compares two SQL fragments outside their string literals, with
// casts, parentheses, spaces and case set aside. Parentheses carry no
// meaning the catalogs add or drop: PostgreSQL wraps every operand of
// WHERE w <> ” AND x > 0 as ((w <> ”::text) AND (x > 0)).
func sameSQL(a, b string) bool {
	return canonical(a) == canonical(b)
}

func canonical(s string) string {
	var b strings.Builder
	for _, tok := range splitQuoted(stripCasts(s)) {
		if tok.quoted {
			b.WriteString(tok.text)
			continue
		}
		b.WriteString(" " + canonicalCode(tok.text) + " ")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// canonicalCode spells SQL outside string literals one way: lower case,
// no parentheses, no identifier quotes (MariaDB writes `age` > 0), "!="
// as "<>", and a space around every operator character, so that
// "age>=0" and "age >= 0" compare equal.
func canonicalCode(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "!=", "<>")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '(' || r == ')':
			b.WriteByte(' ')
		case r == '"' || r == '`':
		case r == '_' || r == '.' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r):
			b.WriteRune(r)
		default:
			b.WriteString(" " + string(r) + " ")
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// castRe matches a PostgreSQL cast: ::type, ::character varying(20),
// ::text[], ::timestamp with time zone.
var castRe = regexp.MustCompile(`::\s*"?[a-zA-Z_][\w]*"?(\s+(varying|precision|with time zone|without time zone))?(\s*\(\s*\d+(\s*,\s*\d+)?\s*\))?(\[\])*`)

// stripCasts removes casts outside string literals.
func stripCasts(s string) string {
	// Code runs are joined before the casts are cut: ::"char" is code
	// and a plain quoted word.
	var b, code strings.Builder
	for _, tok := range splitQuoted(s) {
		if !tok.quoted {
			code.WriteString(tok.text)
			continue
		}
		b.WriteString(castRe.ReplaceAllString(code.String(), ""))
		code.Reset()
		b.WriteString(tok.text)
	}
	b.WriteString(castRe.ReplaceAllString(code.String(), ""))
	return b.String()
}

type token struct {
	text   string
	quoted bool
}

// splitQuoted cuts s into single-quoted literals (” escapes a quote) and
// the text between them.
// splitQuoted cuts s into string literals ('...'), quoted identifiers
// ("..." and `...`) and the code between them. A quoted identifier that
// is a plain word becomes code, lower case and unquoted like the rest
// (MariaDB writes `age` > 0 where the models say age > 0); any other
// is kept whole, as "name" with its quotes undoubled, so that a name
// holding a quote, a parenthesis or a space compares as itself.
func splitQuoted(s string) []token {
	var out []token
	for s != "" {
		i := strings.IndexAny(s, "'\"`")
		if i < 0 {
			return append(out, token{text: s})
		}
		if i > 0 {
			out = append(out, token{text: s[:i]})
		}
		q := s[i]
		j := i + 1
		for j < len(s) {
			if s[j] == q {
				if j+1 < len(s) && s[j+1] == q {
					j += 2
					continue
				}
				break
			}
			j++
		}
		if j >= len(s) {
			return append(out, token{text: s[i:], quoted: true})
		}
		out = append(out, quotedToken(q, s[i:j+1]))
		s = s[j+1:]
	}
	return out
}

func quotedToken(q byte, text string) token {
	if q == '\'' {
		return token{text: text, quoted: true}
	}
	name := strings.ReplaceAll(text[1:len(text)-1], string(q)+string(q), string(q))
	if plainWord(name) {
		return token{text: " " + name + " "}
	}
	return token{text: `"` + strings.ReplaceAll(name, `"`, `""`) + `"`, quoted: true}
}

func plainWord(s string) bool {
	for _, r := range s {
		if r != '_' && r != '$' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// sameNumber compares two numeric literals, quoted or cast or not, by value.
func sameNumber(a, b string) bool {
	x, ok1 := number(a)
	y, ok2 := number(b)
	return ok1 && ok2 && x.Cmp(y) == 0
}

func number(s string) (*big.Rat, bool) {
	s = strings.Trim(strings.TrimSpace(stripCasts(s)), "()")
	s = strings.Trim(s, "'")
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	return r, ok
}

func isTimestampTZ(ct *schema.ColumnType) bool {
	t, ok := ct.Type.(*schema.TimeType)
	return ok && (t.T == postgres.TypeTimestampWTZ || t.T == "timestamptz")
}

var wallLayouts = []string{"2006-01-02 15:04:05.999999999-07", "2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05.999999999", "2006-01-02"}

// sameWallClock compares two quoted time literals by their date and time,
// leaving out any zone offset.
func sameWallClock(a, b string) bool {
	x, ok1 := wallClock(a)
	y, ok2 := wallClock(b)
	return ok1 && ok2 && x == y
}

func wallClock(s string) (string, bool) {
	s = strings.Trim(strings.TrimSpace(stripCasts(s)), "'")
	for _, l := range wallLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02 15:04:05.999999999"), true
		}
	}
	return "", false
}

// predicateAttr reads and writes an index's partial-index predicate,
// whichever dialect's attribute holds it. Setting replaces the attribute,
// never changes it in place: attributes are shared with the caller's
// schema (see clone).
type predicateAttr struct {
	attrs []schema.Attr
	i     int
}

func (p *predicateAttr) get() string {
	switch a := p.attrs[p.i].(type) {
	case *postgres.IndexPredicate:
		return a.P
	case *sqlite.IndexPredicate:
		return a.P
	}
	return ""
}

func (p *predicateAttr) set(v string) {
	switch p.attrs[p.i].(type) {
	case *postgres.IndexPredicate:
		p.attrs[p.i] = &postgres.IndexPredicate{P: v}
	case *sqlite.IndexPredicate:
		p.attrs[p.i] = &sqlite.IndexPredicate{P: v}
	}
}

func predicate(attrs []schema.Attr) *predicateAttr {
	for i, a := range attrs {
		switch a.(type) {
		case *postgres.IndexPredicate, *sqlite.IndexPredicate:
			return &predicateAttr{attrs: attrs, i: i}
		}
	}
	return nil
}

// nameAutoIndexes: SQLite names the index behind a UNIQUE table constraint
// itself, sqlite_autoindex_<table>_<n>, numbered in the order of the
// constraints in CREATE TABLE (GORM writes its CONSTRAINT "uni_…" UNIQUE
// clauses in map order, so n is not predictable). Such an index in the
// database takes the name of the models' unique index on the same columns.
func nameAutoIndexes(from, to *schema.Table) {
	for _, idx := range from.Indexes {
		if !isAutoIndex(from, idx) {
			continue
		}
		for _, want := range to.Indexes {
			if _, taken := from.Index(want.Name); taken || !sameUniqueParts(idx, want) {
				continue
			}
			idx.Name = want.Name
			break
		}
	}
}

func isAutoIndex(t *schema.Table, idx *schema.Index) bool {
	var o sqlite.IndexOrigin
	for _, a := range idx.Attrs {
		if x, ok := a.(*sqlite.IndexOrigin); ok {
			o = *x
		}
	}
	return o.O == "u" && strings.HasPrefix(idx.Name, fmt.Sprintf("sqlite_autoindex_%s_", t.Name))
}

// sameUniqueParts reports whether two unique indexes cover the same
// columns, in the same order, without expressions.
func sameUniqueParts(a, b *schema.Index) bool {
	if !a.Unique || !b.Unique || len(a.Parts) != len(b.Parts) {
		return false
	}
	for i, p := range a.Parts {
		q := b.Parts[i]
		if p.C == nil || q.C == nil || p.C.Name != q.C.Name || p.Desc != q.Desc {
			return false
		}
	}
	return true
}

// nowRe matches MySQL's spellings of the current time: MariaDB stores
// GORM's DEFAULT CURRENT_TIMESTAMP on a datetime(3) as
// current_timestamp(3), MySQL as CURRENT_TIMESTAMP(3); now() is a synonym.
var nowRe = regexp.MustCompile(`(?i)^\(?\s*(current_timestamp|now|localtimestamp|localtime)\s*(\(\s*\d*\s*\))?\s*\)?$`)

// sameNow reports whether both defaults are the current time; the
// precision follows the column's and is not compared.
func sameNow(a, b string) bool {
	return nowRe.MatchString(strings.TrimSpace(a)) && nowRe.MatchString(strings.TrimSpace(b))
}

// longUnique: MariaDB (10.4+) builds a UNIQUE index over a TEXT or BLOB
// column without a prefix length as a hash ("long unique"), which its
// catalog reports as USING HASH and without a sort order; GORM asks for
// a plain UNIQUE INDEX (its uniqueIndex tag gives such a column longtext,
// research §6.3). The current index then takes the desired type and order.
func longUnique(from, to *schema.Index) {
	ft, tt := mysqlIndexType(from.Attrs), mysqlIndexType(to.Attrs)
	if !from.Unique || !strings.EqualFold(ft, "HASH") || tt != "" || !hasLOBPart(from) {
		return
	}
	var attrs []schema.Attr
	for _, a := range from.Attrs {
		if _, ok := a.(*mysql.IndexType); !ok {
			attrs = append(attrs, a)
		}
	}
	from.Attrs = attrs
	for i, p := range from.Parts {
		if i < len(to.Parts) {
			p.Desc = to.Parts[i].Desc
		}
	}
}

func mysqlIndexType(attrs []schema.Attr) string {
	for _, a := range attrs {
		if t, ok := a.(*mysql.IndexType); ok {
			return t.T
		}
	}
	return ""
}

func hasLOBPart(idx *schema.Index) bool {
	for _, p := range idx.Parts {
		if p.C == nil || p.C.Type == nil {
			continue
		}
		switch t := p.C.Type.Type.(type) {
		case *schema.StringType:
			if strings.HasSuffix(strings.ToLower(t.T), "text") {
				return true
			}
		case *schema.BinaryType:
			if strings.HasSuffix(strings.ToLower(t.T), "blob") {
				return true
			}
		}
	}
	return false
}
