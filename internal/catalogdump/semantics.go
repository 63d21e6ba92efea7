package catalogdump

import "strings"

// SQLiteSemantics drops each table's CREATE statement from a SQLite dump
// and folds the case of declared types. The statement is spelled by
// whoever wrote it last: autogen's rebuild writes `id` integer NOT NULL,
// ..., PRIMARY KEY (`id`) where the case wrote id INTEGER NOT NULL PRIMARY
// KEY, and no two writers agree. What it says beyond the pragmas (checks,
// collations, constraint names, options, AUTOINCREMENT) catalogdump also
// dumps on lines of their own, which stay; SQLite reads declared types
// without regard to case. Index, view and trigger statements stay whole.
// GORM itself writes a table's foreign keys in map order, so two
// AutoMigrate runs of one model need not agree on the statement either.
func SQLiteSemantics(dump string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(dump, "\n") {
		if strings.HasPrefix(l, "table ") && !strings.Contains(l, " column ") && strings.Contains(l, " sql: ") && !strings.Contains(l, " index ") && !strings.Contains(l, " trigger ") {
			continue
		}
		if head, typ, ok := strings.Cut(l, " type: "); ok && strings.Contains(head, " column ") {
			l = head + " type: " + strings.ToLower(typ)
		}
		b.WriteString(l)
	}
	return b.String()
}
