package introspect

import (
	"strings"

	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
)

// sqliteNameUniques gives each index SQLite made for a named UNIQUE
// constraint (origin "u", named sqlite_autoindex_<table>_<n>) the name of
// its CONSTRAINT clause, as GORM writes CONSTRAINT `uni_t_c` UNIQUE (`c`)
// in CREATE TABLE. The index keeps its IndexOrigin "u": it is a
// constraint, which only a table rebuild can add or drop (DROP INDEX
// refuses an autoindex), and package diff and render tell it from a
// CREATE UNIQUE INDEX by that. An unnamed constraint keeps SQLite's name.
//
// Atlas's inspector leaves the autoindex names; this runs after the
// readers, which are held to Atlas's output.
func sqliteNameUniques(s *schema.Schema) {
	for _, t := range s.Tables {
		stmt, ok := sqliteCreateStmt(t.Attrs)
		if !ok {
			continue
		}
		var uniques []sqliteConstraint
		for _, c := range sqliteConstraints(stmt) {
			if c.unique {
				uniques = append(uniques, c)
			}
		}
		used := make([]bool, len(uniques))
		for _, idx := range t.Indexes {
			if sqliteOrigin(idx) != "u" || !strings.HasPrefix(idx.Name, "sqlite_autoindex_") {
				continue
			}
			for i, c := range uniques {
				if used[i] || !sameIndexColumns(idx, c.columns) {
					continue
				}
				used[i] = true
				if _, taken := t.Index(c.name); c.name != "" && !taken {
					idx.Name = c.name
				}
				break
			}
		}
	}
}

// sqliteDeclaredTypes sets each column's Type.Raw to its type as the
// CREATE TABLE statement declares it: PRAGMA table_xinfo reports the
// standard names in SQLite's own spelling ("integer" comes back as
// "INTEGER"), and a rebuilt table should declare what GORM declared.
// Only a spelling that differs in case or spacing is replaced.
func sqliteDeclaredTypes(s *schema.Schema) {
	for _, t := range s.Tables {
		stmt, ok := sqliteCreateStmt(t.Attrs)
		if !ok {
			continue
		}
		for _, item := range sqliteItems(stmt) {
			if isTableConstraint(item) {
				continue
			}
			c, ok := t.Column(item[0].name)
			if !ok || c.Type == nil {
				continue
			}
			if typ := sqliteDeclaredType(item[1:]); typ != "" && squeeze(typ) == squeeze(c.Type.Raw) {
				c.Type.Raw = typ
			}
		}
	}
}

// sqliteDeclaredType returns the type name at the head of a column
// definition's tokens (after its name): words, then at most one
// parenthesized group, up to the first constraint.
func sqliteDeclaredType(toks []sqlToken) string {
	var b strings.Builder
	for _, t := range toks {
		switch {
		case t.kind == '(':
			b.WriteString(t.text)
			return b.String()
		case t.kind != 'w' && t.kind != 'i':
			return b.String()
		case sqliteColumnConstraint(t):
			return b.String()
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

func sqliteColumnConstraint(t sqlToken) bool {
	for _, kw := range []string{"CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS"} {
		if t.is(kw) {
			return true
		}
	}
	return false
}

// squeeze is s in lower case without spaces.
func squeeze(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

// sqliteOrigin returns the IndexOrigin of idx: "c" for CREATE INDEX, "u"
// for a UNIQUE constraint, "pk" for a PRIMARY KEY; "" when not known.
func sqliteOrigin(idx *schema.Index) string {
	for _, a := range idx.Attrs {
		if o, ok := a.(*sqlite.IndexOrigin); ok {
			return o.O
		}
	}
	return ""
}

// sameIndexColumns reports whether idx covers exactly columns, in order.
func sameIndexColumns(idx *schema.Index, columns []string) bool {
	if len(idx.Parts) != len(columns) {
		return false
	}
	for i, p := range idx.Parts {
		if p.C == nil || !strings.EqualFold(p.C.Name, columns[i]) {
			return false
		}
	}
	return true
}
