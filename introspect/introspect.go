package introspect

import (
	"context"
	"database/sql"
	"fmt"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
)

// VersionTable is the table where the runner keeps the applied revisions.
// Introspection never reports it.
const VersionTable = "autogen_version"

// Options narrow what is read.
type Options struct {
	// Exclude holds extra Atlas globs of tables ("t") or columns ("t.c") to
	// leave out, besides the version table.
	Exclude []string
}

// Schema reads the current schema of the connected database: the search
// path's first schema on PostgreSQL, "main" on SQLite.
func Schema(ctx context.Context, db *sql.DB, d dburl.Dialect, opts Options) (*schema.Schema, error) {
	// Atlas's PostgreSQL inspector changes search_path on its session and
	// restores it; a connection of its own keeps that from leaking into the pool.
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("inspect schema: %w", err)
	}
	defer conn.Close()
	drv, err := Driver(conn, d)
	if err != nil {
		return nil, err
	}
	s, err := drv.InspectSchema(ctx, "", &schema.InspectOptions{
		Mode:    schema.InspectTables,
		Exclude: append([]string{VersionTable}, opts.Exclude...),
	})
	if err != nil {
		return nil, fmt.Errorf("inspect schema: %w", err)
	}
	return s, nil
}

// Driver opens Atlas's driver for the dialect on a connection.
func Driver(conn schema.ExecQuerier, d dburl.Dialect) (migrate.Driver, error) {
	switch d {
	case dburl.Postgres:
		return postgres.Open(conn)
	case dburl.SQLite:
		return sqlite.Open(conn)
	default:
		return nil, fmt.Errorf("inspect %s database: %w", d, dburl.ErrUnsupported)
	}
}
