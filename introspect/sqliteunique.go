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
