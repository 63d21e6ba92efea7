package introspect

import (
	"strings"
)

// SQLite keeps constraint names, CHECK expressions, AUTOINCREMENT and
// generation expressions only in the CREATE TABLE text. Atlas's inspector
// finds them with regular expressions over \w+ names, so a name with a
// quote, a space or any other character outside \w is missed or cut
// (a CHECK named `chk_a b` came back unnamed, and a generated column's
// name was compiled into a pattern). This scanner reads the statement the
// way SQLite's tokenizer does instead: "..." `...` and [...] identifiers
// with doubled quotes, '...' strings, comments, parenthesized groups.

// sqlToken is one token of a CREATE TABLE statement.
type sqlToken struct {
	kind byte   // 'w' bare word, 'i' quoted identifier, 's' string, '(' group, 'p' punctuation
	text string // the raw text; for a group, the parentheses and all within
	name string // the identifier a word or quoted identifier names
}

// is reports whether t is the bare keyword kw.
func (t sqlToken) is(kw string) bool {
	return t.kind == 'w' && strings.EqualFold(t.text, kw)
}

// sqliteTokens splits s into tokens; a parenthesized group is one token.
func sqliteTokens(s string) []sqlToken {
	var out []sqlToken
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				return out
			}
			i += end + 4
		case c == '"' || c == '`' || c == '[':
			j := sqliteQuoteEnd(s, i)
			out = append(out, sqlToken{kind: 'i', text: s[i:j], name: sqliteUnquote(s[i:j])})
			i = j
		case c == '\'':
			j := sqliteQuoteEnd(s, i)
			out = append(out, sqlToken{kind: 's', text: s[i:j]})
			i = j
		case c == '(':
			j := sqliteGroupEnd(s, i)
			out = append(out, sqlToken{kind: '(', text: s[i:j]})
			i = j
		case isSQLiteWord(c):
			j := i
			for j < len(s) && isSQLiteWord(s[j]) {
				j++
			}
			out = append(out, sqlToken{kind: 'w', text: s[i:j], name: s[i:j]})
			i = j
		default:
			out = append(out, sqlToken{kind: 'p', text: s[i : i+1]})
			i++
		}
	}
	return out
}

func isSQLiteWord(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// sqliteQuoteEnd returns the index just past the quote opened at i; a
// doubled quote stays inside. [...] has no escape.
func sqliteQuoteEnd(s string, i int) int {
	q := s[i]
	if q == '[' {
		if j := strings.IndexByte(s[i:], ']'); j >= 0 {
			return i + j + 1
		}
		return len(s)
	}
	for j := i + 1; j < len(s); j++ {
		if s[j] == q {
			if j+1 < len(s) && s[j+1] == q {
				j++
				continue
			}
			return j + 1
		}
	}
	return len(s)
}

// sqliteGroupEnd returns the index just past the ")" that closes the "("
// at i, skipping quotes and comments.
func sqliteGroupEnd(s string, i int) int {
	depth := 0
	for j := i; j < len(s); {
		switch c := s[j]; {
		case c == '"' || c == '`' || c == '[' || c == '\'':
			j = sqliteQuoteEnd(s, j)
			continue
		case c == '-' && j+1 < len(s) && s[j+1] == '-':
			for j < len(s) && s[j] != '\n' {
				j++
			}
			continue
		case c == '/' && j+1 < len(s) && s[j+1] == '*':
			end := strings.Index(s[j+2:], "*/")
			if end < 0 {
				return len(s)
			}
			j += end + 4
			continue
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
		j++
	}
	return len(s)
}

func sqliteUnquote(s string) string {
	if len(s) < 2 {
		return s
	}
	if s[0] == '[' {
		return strings.TrimSuffix(s[1:], "]")
	}
	q := s[:1]
	return strings.ReplaceAll(s[1:len(s)-1], q+q, q)
}

// sqliteItems returns the column definitions and table constraints of a
// CREATE TABLE statement, each as its tokens.
func sqliteItems(stmt string) [][]sqlToken {
	toks := sqliteTokens(stmt)
	var body string
	for i, t := range toks {
		// The first group after CREATE ... TABLE name is the body.
		if t.kind == '(' && i >= 3 {
			body = t.text[1 : len(t.text)-1]
			break
		}
	}
	var items [][]sqlToken
	var cur []sqlToken
	for _, t := range sqliteTokens(body) {
		if t.kind == 'p' && t.text == "," {
			items = append(items, cur)
			cur = nil
			continue
		}
		cur = append(cur, t)
	}
	if len(cur) > 0 {
		items = append(items, cur)
	}
	return items
}

// isTableConstraint reports whether an item is a table constraint rather
// than a column definition.
func isTableConstraint(item []sqlToken) bool {
	if len(item) == 0 {
		return true
	}
	for _, kw := range []string{"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"} {
		if item[0].is(kw) {
			return true
		}
	}
	return false
}

// sqliteConstraint is a CHECK or a FOREIGN KEY of the statement, named or
// not, with the columns it is declared on.
type sqliteConstraint struct {
	name       string
	check      string // the parenthesized expression of a CHECK
	unique     bool   // a UNIQUE constraint over columns
	columns    []string
	refTable   string
	refColumns []string
}

// sqliteConstraints returns the CHECK, UNIQUE and REFERENCES constraints
// of a CREATE TABLE statement in the order they appear.
func sqliteConstraints(stmt string) []sqliteConstraint {
	var out []sqliteConstraint
	for _, item := range sqliteItems(stmt) {
		var columns []string
		start := 0
		if !isTableConstraint(item) {
			columns, start = []string{item[0].name}, 1
		}
		name := ""
		for i := start; i < len(item); i++ {
			t := item[i]
			switch {
			case t.is("CONSTRAINT") && i+1 < len(item):
				name = item[i+1].name
				i++
				continue
			case t.is("CHECK") && i+1 < len(item) && item[i+1].kind == '(':
				out = append(out, sqliteConstraint{name: name, check: item[i+1].text})
				i++
			case t.is("UNIQUE") && start == 0 && i+1 < len(item) && item[i+1].kind == '(':
				out = append(out, sqliteConstraint{name: name, unique: true, columns: groupColumns(item[i+1].text)})
				i++
			case t.is("UNIQUE") && start == 1:
				out = append(out, sqliteConstraint{name: name, unique: true, columns: columns})
			case t.is("FOREIGN") && i+2 < len(item) && item[i+1].is("KEY") && item[i+2].kind == '(':
				columns = groupNames(item[i+2].text)
				i += 2
				continue
			case t.is("REFERENCES") && i+1 < len(item):
				c := sqliteConstraint{name: name, columns: columns, refTable: item[i+1].name}
				if i+2 < len(item) && item[i+2].kind == '(' {
					c.refColumns = groupNames(item[i+2].text)
					i++
				}
				out = append(out, c)
				i++
			default:
				continue
			}
			name = ""
		}
	}
	return out
}

// groupNames returns the names of a parenthesized list of columns.
func groupNames(group string) []string {
	var names []string
	for _, t := range sqliteTokens(group[1 : len(group)-1]) {
		if t.kind == 'w' || t.kind == 'i' {
			names = append(names, t.name)
		}
	}
	return names
}

// groupColumns returns the column of each indexed part of a
// parenthesized list: "(a COLLATE NOCASE, b DESC)" names a and b. An
// expression part, which a UNIQUE constraint cannot have, gives "".
func groupColumns(group string) []string {
	var names []string
	first := true
	for _, t := range sqliteTokens(group[1 : len(group)-1]) {
		switch {
		case t.kind == 'p' && t.text == ",":
			first = true
		case first:
			names = append(names, t.name)
			first = false
		}
	}
	return names
}

// sqliteAutoincColumn returns the column declared INTEGER PRIMARY KEY ...
// AUTOINCREMENT, or "".
func sqliteAutoincColumn(stmt string) string {
	for _, item := range sqliteItems(stmt) {
		if isTableConstraint(item) || len(item) < 2 || !item[1].is("INTEGER") {
			continue
		}
		var primary, auto bool
		for i, t := range item[2:] {
			primary = primary || t.is("PRIMARY") && i+3 < len(item) && item[i+3].is("KEY")
			auto = auto || t.is("AUTOINCREMENT")
		}
		if primary && auto {
			return item[0].name
		}
	}
	return ""
}

// sqliteGenExpr returns the parenthesized generation expression of the
// column named column, or "".
func sqliteGenExpr(stmt, column string) string {
	for _, item := range sqliteItems(stmt) {
		if isTableConstraint(item) || item[0].name != column {
			continue
		}
		for i := 1; i+1 < len(item); i++ {
			if item[i].is("AS") && item[i+1].kind == '(' {
				return item[i+1].text
			}
		}
	}
	return ""
}
