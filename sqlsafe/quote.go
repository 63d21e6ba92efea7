package sqlsafe

import (
	"strconv"
	"strings"

	"github.com/autogen-dev/autogen/dburl"
)

// Ident quotes name as an identifier of the dialect, doubling the quote
// character inside it: "a""b" on PostgreSQL, `a“b` on MySQL and SQLite
// (SQLite's planner quotes with backticks, and so does autogen there).
func Ident(d dburl.Dialect, name string) string {
	q := identQuote(d)
	return q + strings.ReplaceAll(name, q, q+q) + q
}

func identQuote(d dburl.Dialect) string {
	if d == dburl.Postgres {
		return `"`
	}
	return "`"
}

// Literal quotes s as a string literal of the dialect. MySQL reads a
// backslash in a literal as an escape (unless NO_BACKSLASH_ESCAPES is
// set), so there a backslash is doubled too: 'a\' would not end there.
// With NO_BACKSLASH_ESCAPES the doubled backslash reads as two, which
// changes a message's text but never ends the literal early.
func Literal(d dburl.Dialect, s string) string {
	s = strings.ReplaceAll(s, "'", "''")
	if d == dburl.MySQL {
		s = strings.ReplaceAll(s, `\`, `\\`)
	}
	return "'" + s + "'"
}

// DollarTag returns a PostgreSQL dollar-quote tag, $base$ or $baseN$,
// that does not occur in body, so body cannot end the quote.
func DollarTag(base, body string) string {
	tag := "$" + base + "$"
	for n := 1; strings.Contains(body, tag); n++ {
		tag = "$" + base + strconv.Itoa(n) + "$"
	}
	return tag
}

// Display spells a name for a "--" comment line and for messages: control
// characters (a newline would end the comment) are written as Go escapes.
func Display(name string) string {
	if !strings.ContainsFunc(name, isControl) {
		return name
	}
	q := strconv.Quote(name)
	return q[1 : len(q)-1]
}

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029
}
