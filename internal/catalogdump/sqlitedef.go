package catalogdump

import "strings"

// sqliteDefLines dumps what only a SQLite table's CREATE statement says:
// CHECK constraints, column collations, constraint names and table
// options (WITHOUT ROWID, STRICT). It reads the normalised statement
// (normalizeSQL), so identifiers are bare words; a name that needed its
// quotes for a comma or a parenthesis would mislead it, and no test makes
// one.
func sqliteDefLines(table, text string, out *lines) {
	open := strings.IndexByte(text, '(')
	if open < 0 {
		return // CREATE TABLE ... AS SELECT: no definitions
	}
	end := closing(text, open)
	body, tail := text[open+1:end], strings.TrimSpace(text[min(end+1, len(text)):])
	out.addNonEmpty("table "+table, "options", tail)
	for _, def := range splitTop(body) {
		sqliteDef(table, def, out)
	}
}

// sqliteDef dumps one column definition or table constraint. Checks are
// dumped alike wherever they are written: SQLite treats a column's CHECK
// as the table's.
func sqliteDef(table, def string, out *lines) {
	words := topWords(def)
	if len(words) == 0 {
		return
	}
	obj := "table " + table
	switch strings.ToUpper(words[0].text) {
	case "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN":
	default:
		obj += " column " + words[0].text
	}
	column := obj != "table "+table
	name := "" // of the CHECK that follows
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch up := strings.ToUpper(w.text); {
		case up == "CONSTRAINT" && i+2 < len(words):
			name = words[i+1].text
			if kind := strings.ToUpper(words[i+2].text); kind != "CHECK" {
				out.add("table "+table+" constraint "+name, "kind", kind)
				name = ""
			}
			i++
		case up == "COLLATE" && column && i+1 < len(words):
			out.add(obj, "collation", words[i+1].text)
			i++
		case up == "CHECK" && w.at+len(w.text) < len(def) && def[w.at+len(w.text)] == '(':
			p := w.at + len(w.text)
			out.add(checkObj(table, name), "check", def[p+1:closing(def, p)])
			name = ""
		}
	}
}

func checkObj(table, name string) string {
	if name == "" {
		return "table " + table
	}
	return "table " + table + " constraint " + name
}

// word is a bare word of a definition outside parentheses and literals,
// with its offset.
type word struct {
	text string
	at   int
}

// topWords returns s's bare words at parenthesis depth 0.
func topWords(s string) []word {
	var ws []word
	depth := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\'':
			i = quotedEnd(s, i, '\'')
		case c == '(':
			depth++
			i++
		case c == ')':
			depth--
			i++
		case isWord(c):
			j := i
			for j < len(s) && isWord(s[j]) {
				j++
			}
			if depth == 0 {
				ws = append(ws, word{s[i:j], i})
			}
			i = j
		default:
			i++
		}
	}
	return ws
}

// closing returns the index of the parenthesis closing the one at open,
// or the end of s.
func closing(s string, open int) int {
	depth := 0
	for i := open; i < len(s); {
		switch s[i] {
		case '\'':
			i = quotedEnd(s, i, '\'')
			continue
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
		i++
	}
	return len(s)
}

// splitTop splits s at its commas outside parentheses and literals.
func splitTop(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '\'':
			i = quotedEnd(s, i, '\'')
			continue
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
		i++
	}
	return append(parts, s[start:])
}
