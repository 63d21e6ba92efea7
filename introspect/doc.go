// Package introspect reads the live catalog of a database into Atlas's
// schema model (ariga.io/atlas/sql/schema), the same model that package
// models builds from Go source, so that package diff can compare the two.
//
// Atlas's inspectors read large schemas slowly (seconds for 1,000 tables on
// PostgreSQL and SQLite: one query per table, or all of pg_index unnested),
// so Schema reads PostgreSQL and SQLite with a few set-based catalog
// queries of its own that build exactly the values Atlas's inspector
// builds, down to attribute order and pointers; pgfast_test.go and
// sqlitefast_test.go compare the two on every fixture. What those readers
// leave alone (PostgreSQL partitioned tables, CockroachDB, servers older
// than 11, MySQL and MariaDB, whose Atlas inspector is already set-based)
// goes to Atlas's inspector.
//
// It reads only; it never changes the database. It imports dburl and
// Atlas, and no other autogen package.
package introspect
