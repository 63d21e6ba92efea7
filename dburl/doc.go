// Package dburl parses autogen's database URLs, names the dialect they select,
// opens them with the right database/sql driver and redacts passwords for
// messages: Redact hides them in a URL, also in one that does not parse, and
// Secrets lists every spelling of them for a program that must hide them in
// any text it prints.
//
// It names database/sql drivers ("postgres", "sqlite", "mysql") but does not
// register them: the program does (cmd/autogen imports lib/pq, modernc.org/
// sqlite and go-sql-driver/mysql), so that a test may bring another driver
// under the same name, such as GORM's pure-Go SQLite driver. The one
// exception is "mysql": dburl imports go-sql-driver/mysql for its DSN
// builder, and that registers it; GORM's MySQL driver uses the same one.
//
// It is a leaf: it imports no other autogen package.
package dburl
