package catalogdump

import "strings"

// normalizeSQL returns a SQLite CREATE statement with its whitespace and
// identifier quoting normalised (see the package doc), and whether it
// declares AUTOINCREMENT, a keyword outside literals and identifiers.
// String literals ('...') and comments are kept verbatim except that
// a comment is whitespace.
func normalizeSQL(s string) (string, bool) {
	var b strings.Builder
	autoinc := false
	space := false // whitespace seen since the last token
	emit := func(tok string) {
		if space && b.Len() > 0 && wordEnd(b.String()) && wordStart(tok) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(tok)
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
		case c == '-' && strings.HasPrefix(s[i:], "--"):
			i = skipTo(s, i, "\n")
			space = true
		case c == '/' && strings.HasPrefix(s[i:], "/*"):
			i = skipTo(s, i+2, "*/")
			space = true
		case c == '\'':
			j := quotedEnd(s, i, '\'')
			emit(s[i:j])
			i = j
		case c == '"' || c == '`' || c == '[':
			closer := map[byte]byte{'"': '"', '`': '`', '[': ']'}[c]
			j := quotedEnd(s, i, closer)
			inner := s[i+1 : max(i+1, j-1)]
			inner = strings.ReplaceAll(inner, string([]byte{closer, closer}), string(closer))
			// Unquoted, the name is a word: it keeps a space from a
			// word it touched ("id"INTEGER is two tokens).
			space = true
			emit(inner)
			space = true
			i = j
		case isWord(c):
			j := i
			for j < len(s) && isWord(s[j]) {
				j++
			}
			if strings.EqualFold(s[i:j], "AUTOINCREMENT") {
				autoinc = true
			}
			emit(s[i:j])
			i = j
		default:
			emit(s[i : i+1])
			i++
		}
	}
	return b.String(), autoinc
}

// quotedEnd returns the index just past the quoted token starting at i,
// whose closing character is closer, doubled to escape it (except for ]).
func quotedEnd(s string, i int, closer byte) int {
	for j := i + 1; j < len(s); j++ {
		if s[j] != closer {
			continue
		}
		if closer != ']' && j+1 < len(s) && s[j+1] == closer {
			j++
			continue
		}
		return j + 1
	}
	return len(s)
}

// skipTo returns the index just past the first end at or after i, or the
// end of s.
func skipTo(s string, i int, end string) int {
	if k := strings.Index(s[i:], end); k >= 0 {
		return i + k + len(end)
	}
	return len(s)
}

// isWord reports whether c is part of a bare word (keyword, identifier,
// number); bytes of UTF-8 sequences count, as SQLite's tokenizer does.
func isWord(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// wordEnd and wordStart say whether a space between two tokens must stay:
// only between two words (or literals, or unquoted identifiers).
func wordEnd(s string) bool   { c := s[len(s)-1]; return isWord(c) || c == '\'' }
func wordStart(s string) bool { return s != "" && (isWord(s[0]) || s[0] == '\'') }
