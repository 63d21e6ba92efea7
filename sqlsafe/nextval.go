package sqlsafe

import (
	"strings"
)

// Nextval reads a PostgreSQL default of the form
// nextval('<sequence>'::regclass), the way the catalog spells a serial
// column's default, and returns the sequence's name with its quotes
// undone, without its schema. The regclass text quotes a name that is not
// lower-case ASCII: nextval('"Users_id_seq"'::regclass), and a quote in
// it is doubled twice, once for the identifier and once for the literal.
// Atlas matches this with \w+ names, which a table named with a space, a
// quote or a non-ASCII letter does not fit.
func Nextval(expr string) (string, bool) {
	s := strings.TrimSpace(expr)
	if len(s) < len("nextval('')") || !strings.EqualFold(s[:8], "nextval(") || !strings.HasSuffix(s, ")") {
		return "", false
	}
	s = strings.TrimSpace(s[8 : len(s)-1])
	for {
		t, ok := strings.CutSuffix(s, "::regclass")
		if !ok {
			break
		}
		s = t
	}
	if len(s) < 2 || s[0] != '\'' || s[len(s)-1] != '\'' {
		return "", false
	}
	lit := s[1 : len(s)-1]
	if strings.Contains(strings.ReplaceAll(lit, "''", ""), "'") {
		return "", false
	}
	parts, ok := splitQualified(strings.ReplaceAll(lit, "''", "'"))
	if !ok || len(parts) == 0 || len(parts) > 2 {
		return "", false
	}
	return parts[len(parts)-1], true
}

// splitQualified splits a.b, "a"."b" or "a.b" into its names, undoing
// the double quotes.
func splitQualified(s string) ([]string, bool) {
	var parts []string
	for s != "" {
		var name string
		if s[0] == '"' {
			j := 1
			var b strings.Builder
			for ; j < len(s); j++ {
				if s[j] == '"' {
					if j+1 < len(s) && s[j+1] == '"' {
						b.WriteByte('"')
						j++
						continue
					}
					break
				}
				b.WriteByte(s[j])
			}
			if j >= len(s) {
				return nil, false
			}
			name, s = b.String(), s[j+1:]
		} else {
			i := strings.IndexByte(s, '.')
			if i < 0 {
				i = len(s)
			}
			name, s = s[:i], s[i:]
			if strings.ContainsAny(name, `" `) || name == "" {
				return nil, false
			}
		}
		parts = append(parts, name)
		if s == "" {
			break
		}
		if s[0] != '.' {
			return nil, false
		}
		s = s[1:]
	}
	return parts, true
}
