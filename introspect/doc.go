// Package introspect reads the live catalog of a database into Atlas's
// schema model (ariga.io/atlas/sql/schema), the same model that package
// models builds from Go source, so that package diff can compare the two.
//
// It reads only; it never changes the database. It imports dburl and
// Atlas, and no other autogen package.
package introspect
