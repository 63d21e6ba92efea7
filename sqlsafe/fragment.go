package sqlsafe

import (
	"fmt"

	"github.com/autogen-dev/autogen/dburl"
)

// Fragment reports why s, a piece of SQL a model spells out itself (a
// CHECK expression, a DEFAULT, a column type, an index expression or
// predicate), would not stay one expression in the statement it is
// written into, or nil. It lexes s the way the dialect's server does, and
// refuses, outside quotes: a ";", a comment ("--", "/*", and "#" on
// MySQL), a ")" that closes more than s opened, a "," at the top level (it
// would start another column, part or constraint), a dollar quote, and
// any quote or parenthesis left open. A Fragment that returns nil cannot
// end the statement or the parentheses autogen writes around it; the
// server still judges its syntax (devdb parses it in a scratch database).
//
// Whether a backslash escapes a quote depends on the server's settings
// (MySQL's NO_BACKSLASH_ESCAPES, PostgreSQL's standard_conforming_strings
// and E'...' strings), so s is lexed both ways and must pass both.
func Fragment(d dburl.Dialect, s string) error {
	modes := []bool{false, true}
	if d == dburl.SQLite {
		modes = modes[:1] // SQLite never reads a backslash as an escape
	}
	for _, escapes := range modes {
		l := &lexer{d: d, s: s, escapes: escapes}
		if err := l.run(); err != nil {
			return err
		}
	}
	return nil
}

type lexer struct {
	d       dburl.Dialect
	s       string
	escapes bool
	i       int
	depth   int
}

func (l *lexer) run() error {
	for l.i < len(l.s) {
		c := l.s[l.i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return l.errorf("control character %q", c)
		case c == ';':
			return l.errorf(`";" would end the statement`)
		case c == '-' && l.peek(1) == '-', c == '/' && l.peek(1) == '*', c == '#' && l.d == dburl.MySQL:
			return l.errorf("a comment would hide the rest of the statement")
		case c == '(':
			l.depth++
		case c == ')':
			if l.depth == 0 {
				return l.errorf(`")" closes a parenthesis the expression did not open`)
			}
			l.depth--
		case c == ',' && l.depth == 0:
			return l.errorf(`"," outside parentheses would start another item of the statement`)
		case c == '$' && l.d == dburl.Postgres && l.dollarQuote():
			return l.errorf("dollar quotes are not accepted in a model's SQL")
		case c == '\'' || c == '"' || c == '`':
			if err := l.quoted(c); err != nil {
				return err
			}
			continue
		}
		l.i++
	}
	if l.depth > 0 {
		return fmt.Errorf("%d parenthesis left open", l.depth)
	}
	return nil
}

// quoted skips a quoted literal or identifier that starts at l.i: a
// doubled quote stays inside, and so does a backslash-escaped one when
// the lexer reads backslashes as escapes in string literals (identifiers
// never have them: "..." on PostgreSQL and SQLite, `...` everywhere).
func (l *lexer) quoted(q byte) error {
	start := l.i
	literal := q == '\'' || q == '"' && l.d == dburl.MySQL
	escapes := l.escapes && literal
	for l.i++; l.i < len(l.s); l.i++ {
		switch c := l.s[l.i]; {
		case escapes && c == '\\':
			l.i++
		case c == q && l.peek(1) == q:
			l.i++
		case c == q:
			l.i++
			return nil
		}
	}
	l.i = start
	return l.errorf("%c quote left open", q)
}

// dollarQuote reports whether $ at l.i starts a PostgreSQL dollar quote:
// $$ or $tag$ where tag does not start with a digit ($1 is a parameter).
func (l *lexer) dollarQuote() bool {
	if l.i > 0 && isIdentByte(l.s[l.i-1]) {
		return false
	}
	j := l.i + 1
	for j < len(l.s) && isIdentByte(l.s[j]) && l.s[j] != '$' {
		if j == l.i+1 && l.s[j] >= '0' && l.s[j] <= '9' {
			return false
		}
		j++
	}
	return j < len(l.s) && l.s[j] == '$'
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func (l *lexer) peek(n int) byte {
	if l.i+n < len(l.s) {
		return l.s[l.i+n]
	}
	return 0
}

func (l *lexer) errorf(format string, args ...any) error {
	return fmt.Errorf("%s (byte %d)", fmt.Sprintf(format, args...), l.i+1)
}
