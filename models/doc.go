// Package models loads GORM model structs from Go source, statically, into
// Atlas's schema model (ariga.io/atlas/sql/schema): the schema the models
// want, which package diff compares with the one package introspect reads
// from the database.
//
// User code is never run: packages are type-checked with
// golang.org/x/tools/go/packages and the struct tags are read from go/types.
// Where GORM decides something by calling user code, autogen knows the
// answer from a table of well-known types (a library Valuer's Value), or
// reads the method's body without running it (eval.go: TableName,
// GormDataType and GormDBDataType bodies that are pure functions of the
// dialect's name, the field's size, precision and scale, and constants),
// or reports a positioned error naming what depends on run time.
//
// GORM's own pure functions (schema.ParseTagSetting, schema.NamingStrategy
// and the inflection rules behind it) are called rather than copied, so names
// match GORM byte for byte. Comments cite gorm@v1.31.2 source lines where a
// quirk is matched.
//
// It imports dburl, hint (the rename hints it attaches for diff) and Atlas,
// never diff, introspect, render or migrate.
package models
