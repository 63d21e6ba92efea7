package diff

import (
	"fmt"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
)

// Schemas returns the changes that turn from into to, for dialect d. The
// schema names are ignored: only the tables are compared. Neither input is
// modified.
//
// Renames declared with hint.RenamedFrom on either side come first; then Atlas's offline differ, with both sides' spellings
// paired first (normalize.go) and its known misses and bad plans fixed
// after (checks.go, columns.go, enum.go, fixes.go, fixup.go, sequence.go).
func Schemas(from, to *schema.Schema, d dburl.Dialect) ([]schema.Change, error) {
	differ, err := differFor(d)
	if err != nil {
		return nil, err
	}
	from, to = prepare(from, d), prepare(to, d)
	renames := applyRenames(from, to)
	nameIndexes(from, to, d)
	nameIndexes(to, from, d)
	if d == dburl.Postgres {
		serialDefaults(from)
		serialDefaults(to)
		prepareEnums(from, to)
	}
	pair(from, to, d)
	if d == dburl.MySQL {
		withoutTableCharset(from)
		withoutTableCharset(to)
	}
	// Atlas's differ changes its inputs; the fix-ups below need the
	// current schema as it was given to it.
	before := clone(from, from.Name)
	changes, err := differ.SchemaDiff(from, to)
	if err != nil {
		return nil, fmt.Errorf("diff schemas: %w", err)
	}
	if d == dburl.MySQL {
		changes = restoreIndexDrops(before, to, changes)
	}
	changes = fixChecks(before, to, changes, d)
	changes = fixForeignKeys(before, to, changes)
	changes = fixColumns(before, to, changes, d)
	switch d {
	case dburl.Postgres:
		changes = fixEnums(before, to, changes)
		changes = fixSequences(before, to, changes)
	case dburl.SQLite:
		changes = fixSQLiteUniques(before, to, changes)
	}
	return append(renames, changes...), nil
}

// differFor returns Atlas's offline differ for the dialect: it never asks a
// server, so the diff stays a pure function.
func differFor(d dburl.Dialect) (schema.Differ, error) {
	switch d {
	case dburl.Postgres:
		return postgres.DefaultDiff, nil
	case dburl.SQLite:
		return sqlite.DefaultDiff, nil
	case dburl.MySQL:
		return mysql.DefaultDiff, nil
	}
	return nil, fmt.Errorf("diff: unknown dialect %q", d)
}
