// Package models loads GORM model structs from Go source, statically, into
// Atlas's schema model (ariga.io/atlas/sql/schema): the schema the models
// want, which package diff compares with the one package introspect reads
// from the database.
//
// User code is never run: packages are type-checked with
// golang.org/x/tools/go/packages and the struct tags are read from go/types.
// Where GORM decides something by calling user code (a Valuer's Value, a
// GormDataType method, a TableName method with a computed body) autogen
// either knows the answer from a table of well-known types or reports a
// positioned error asking for an explicit tag.
//
// GORM's own pure functions (schema.ParseTagSetting, schema.NamingStrategy
// and the inflection rules behind it) are called rather than copied, so names
// match GORM byte for byte. Comments cite gorm@v1.31.2 source lines where a
// quirk is matched.
//
// It imports dburl, hint (the rename hints it attaches for diff) and Atlas,
// never diff, introspect, render or migrate.
package models
