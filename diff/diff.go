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
func Schemas(from, to *schema.Schema, d dburl.Dialect) ([]schema.Change, error) {
	differ, err := differFor(d)
	if err != nil {
		return nil, err
	}
	origFrom := from
	from, to = prepare(from, d), prepare(to, d)
	pair(from, to, d)
	if d == dburl.MySQL {
		withoutTableCharset(from)
		withoutTableCharset(to)
	}
	changes, err := differ.SchemaDiff(from, to)
	if err != nil {
		return nil, fmt.Errorf("diff schemas: %w", err)
	}
	if d == dburl.MySQL {
		changes = restoreIndexDrops(origFrom, to, changes)
	}
	return changes, nil
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
