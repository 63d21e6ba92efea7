package migrate

import (
	"fmt"
	"strings"
)

// Statement is one SQL statement of a migration section.
type Statement struct {
	// SQL is the statement without its leading comments and without the
	// final semicolon.
	SQL string
	// Line is the 1-based line of the file where the statement's first
	// token is.
	Line int
}

// splitter walks SQL text byte by byte. It knows just enough SQL to find
// the semicolons that end statements: quotes, comments and PostgreSQL
// dollar quotes. It does not tokenize; users hand-edit files (seed
// INSERTs, data fixes), so what matters is never cutting inside a literal.
type splitter struct {
	name  string
	src   string
	i     int
	line  int
	stmts []Statement
	// start is the byte offset and line of the current statement's first
	// token, or -1 before one was seen; end is the offset just past its
	// last token, so that comments before the semicolon are not kept (a
	// script writer appends ";" and must not land inside a comment).
	start, startLine, end int
}

// splitStatements cuts src into statements. name is the file for error
// messages and firstLine the file line of src's first byte. Comment-only
// pieces are dropped. A final statement without a semicolon is kept.
func splitStatements(name, src string, firstLine int) ([]Statement, error) {
	s := &splitter{name: name, src: src, line: firstLine, start: -1}
	for s.i < len(s.src) {
		if err := s.step(); err != nil {
			return nil, err
		}
	}
	s.flush()
	return s.stmts, nil
}

// step consumes one lexical unit: a comment, a quoted literal, a semicolon
// or a single other byte.
func (s *splitter) step() error {
	c := s.src[s.i]
	switch {
	case c == '\n':
		s.line++
		s.i++
	case c == ' ' || c == '\t' || c == '\r' || c == '\f':
		s.i++
	case c == '-' && s.peek(1) == '-':
		s.skipLineComment()
	case c == '/' && s.peek(1) == '*':
		return s.skipBlockComment()
	case c == ';':
		s.flush()
		s.i++
	default:
		s.mark()
		err := s.token()
		s.end = s.i
		return err
	}
	return nil
}

// token consumes a quoted literal or one byte of plain SQL.
func (s *splitter) token() error {
	c := s.src[s.i]
	switch {
	case c == '\'':
		// E'...' strings (PostgreSQL) treat backslash as an escape.
		escapes := s.i > 0 && (s.src[s.i-1] == 'E' || s.src[s.i-1] == 'e') && !(s.i > 1 && isIdent(s.src[s.i-2]))
		return s.skipQuoted('\'', escapes)
	case c == '"' || c == '`':
		return s.skipQuoted(c, false)
	case c == '$' && !(s.i > 0 && isIdent(s.src[s.i-1])):
		if tag, ok := s.dollarTag(); ok {
			return s.skipDollar(tag)
		}
	}
	s.i++
	return nil
}

func (s *splitter) peek(n int) byte {
	if s.i+n < len(s.src) {
		return s.src[s.i+n]
	}
	return 0
}

// mark records the start of a statement at the current byte if none is open.
func (s *splitter) mark() {
	if s.start < 0 {
		s.start, s.startLine = s.i, s.line
	}
}

// flush ends the open statement after its last token.
func (s *splitter) flush() {
	if s.start >= 0 {
		sql := strings.TrimSpace(s.src[s.start:s.end])
		s.stmts = append(s.stmts, Statement{SQL: sql, Line: s.startLine})
	}
	s.start = -1
}

func (s *splitter) skipLineComment() {
	for s.i < len(s.src) && s.src[s.i] != '\n' {
		s.i++
	}
}

// skipBlockComment skips /* ... */. PostgreSQL nests block comments, so
// depth is counted; SQLite and MySQL do not nest, but nested comments in
// their files are rare enough that one rule serves all.
func (s *splitter) skipBlockComment() error {
	line, depth := s.line, 0
	for s.i < len(s.src) {
		switch {
		case s.src[s.i] == '/' && s.peek(1) == '*':
			depth++
			s.i += 2
		case s.src[s.i] == '*' && s.peek(1) == '/':
			depth--
			s.i += 2
			if depth == 0 {
				return nil
			}
		default:
			s.advance()
		}
	}
	return fmt.Errorf("%s:%d: unterminated /* comment", s.name, line)
}

// skipQuoted skips a literal quoted with q; a doubled q is an escaped
// quote, and so is \q when escapes is set.
func (s *splitter) skipQuoted(q byte, escapes bool) error {
	line := s.line
	s.i++
	for s.i < len(s.src) {
		switch c := s.src[s.i]; {
		case escapes && c == '\\':
			s.i++
			if s.i < len(s.src) {
				s.advance()
			}
		case c == q && s.peek(1) == q:
			s.i += 2
		case c == q:
			s.i++
			return nil
		default:
			s.advance()
		}
	}
	return fmt.Errorf("%s:%d: unterminated %c quote", s.name, line, q)
}

// dollarTag reports whether a PostgreSQL dollar quote ($$ or $tag$) starts
// at the current byte. $1 (a parameter) is not one: tags do not start with
// a digit.
func (s *splitter) dollarTag() (string, bool) {
	j := s.i + 1
	for j < len(s.src) && s.src[j] != '$' && isIdent(s.src[j]) {
		if j == s.i+1 && s.src[j] >= '0' && s.src[j] <= '9' {
			return "", false
		}
		j++
	}
	if j < len(s.src) && s.src[j] == '$' {
		return s.src[s.i : j+1], true
	}
	return "", false
}

func (s *splitter) skipDollar(tag string) error {
	line := s.line
	s.i += len(tag)
	for s.i < len(s.src) {
		if strings.HasPrefix(s.src[s.i:], tag) {
			s.i += len(tag)
			return nil
		}
		s.advance()
	}
	return fmt.Errorf("%s:%d: unterminated dollar quote %s", s.name, line, tag)
}

// advance moves one byte, counting lines.
func (s *splitter) advance() {
	if s.src[s.i] == '\n' {
		s.line++
	}
	s.i++
}

func isIdent(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
