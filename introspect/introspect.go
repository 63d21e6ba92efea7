package introspect

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
)

// VersionTable is the table where the runner keeps the applied revisions.
// Introspection never reports it.
const VersionTable = "autogen_version"

// DirtyTable is where the runner records, on MySQL, a revision it has
// started but not finished (migrate.DirtyTable). Introspection never
// reports it either.
const DirtyTable = "autogen_dirty"

// Options narrow what is read.
type Options struct {
	// Exclude holds extra Atlas globs of tables ("t") or columns ("t.c") to
	// leave out, besides the version table.
	Exclude []string
}

// Schema reads the current schema of the connected database: the search
// path's first schema on PostgreSQL, "main" on SQLite, the connection's
// database (DATABASE()) on MySQL.
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
		Exclude: append([]string{VersionTable, DirtyTable}, opts.Exclude...),
	})
	if err != nil {
		return nil, fmt.Errorf("inspect schema: %w", err)
	}
	if d == dburl.MySQL {
		dropAutoIncrementCounters(s)
	}
	return s, nil
}

// dropAutoIncrementCounters removes the next AUTO_INCREMENT value Atlas
// reads into table and column attributes: it is data, not schema. Left in,
// a migration that diffs towards this schema (a downgrade) would reset the
// counter with "ALTER TABLE t AUTO_INCREMENT n", and schema dumps taken
// before and after an INSERT would differ.
func dropAutoIncrementCounters(s *schema.Schema) {
	for _, t := range s.Tables {
		t.Attrs = slices.DeleteFunc(t.Attrs, func(a schema.Attr) bool {
			_, ok := a.(*mysql.AutoIncrement)
			return ok
		})
		for _, c := range t.Columns {
			for _, a := range c.Attrs {
				if ai, ok := a.(*mysql.AutoIncrement); ok {
					ai.V = 0 // the column stays AUTO_INCREMENT
				}
			}
		}
	}
}

// Driver opens Atlas's driver for the dialect on a connection.
func Driver(conn schema.ExecQuerier, d dburl.Dialect) (migrate.Driver, error) {
	switch d {
	case dburl.Postgres:
		return postgres.Open(conn)
	case dburl.SQLite:
		return sqlite.Open(conn)
	case dburl.MySQL:
		// Reads the server's version, charset and collation: MariaDB and
		// MySQL differ in what the catalog says about defaults and checks.
		return mysql.Open(conn)
	default:
		return nil, fmt.Errorf("inspect %s database: %w", d, dburl.ErrUnsupported)
	}
}
