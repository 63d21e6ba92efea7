package introspect

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

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
//
// It reads the catalog with a few set-based queries (see pgInspector,
// sqliteInspector and mysqlInspector) that build the same values Atlas's
// inspector builds, in a fraction of its time on large schemas; cases
// those readers leave alone go to Atlas's inspector.
func Schema(ctx context.Context, db *sql.DB, d dburl.Dialect, opts Options) (*schema.Schema, error) {
	// One connection for every query: Atlas's PostgreSQL inspector may
	// change search_path on its session, and the fast readers hold a
	// transaction for a consistent snapshot.
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("inspect schema: %w", err)
	}
	defer conn.Close()
	exclude := append([]string{VersionTable, DirtyTable}, opts.Exclude...)
	var open func(context.Context) (*sql.Conn, error)
	if db.Stats().MaxOpenConnections != 1 {
		open = db.Conn // a second session for reading in parallel
	}
	s, err := fastSchema(ctx, conn, open, d, exclude)
	if errors.Is(err, errFallback) {
		s, err = atlasSchema(ctx, conn, d, exclude)
	}
	if err != nil {
		return nil, fmt.Errorf("inspect schema: %w", err)
	}
	switch d {
	case dburl.MySQL:
		dropAutoIncrementCounters(s)
	case dburl.SQLite:
		sqliteNameUniques(s)
		sqliteDeclaredTypes(s)
	}
	return s, nil
}

// atlasSchema reads the schema with Atlas's inspector.
func atlasSchema(ctx context.Context, conn *sql.Conn, d dburl.Dialect, exclude []string) (*schema.Schema, error) {
	drv, err := Driver(conn, d)
	if err != nil {
		return nil, err
	}
	s, err := drv.InspectSchema(ctx, "", &schema.InspectOptions{Mode: schema.InspectTables})
	if err != nil {
		return nil, err
	}
	if d == dburl.Postgres {
		if err := pgAddSequences(ctx, conn, s); err != nil {
			return nil, err
		}
	}
	return excludeSchema(s, exclude)
}

// excludeSchema drops the tables and columns the globs name from s.
// Atlas's ExcludeSchema prefixes each glob with the schema's name as it
// is, and its pattern reader splits on dots and reads quotes: a schema
// named `Odd, "s"` or `a.b` fails to parse or matches nothing. The name is
// written here as one quoted, glob-escaped part instead.
func excludeSchema(s *schema.Schema, patterns []string) (*schema.Schema, error) {
	if len(patterns) == 0 {
		return s, nil
	}
	if s.Realm == nil {
		return nil, fmt.Errorf("missing realm for schema %q", s.Name)
	}
	name := globEscaper.Replace(s.Name)
	name = `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
	qualified := make([]string, len(patterns))
	for i, p := range patterns {
		qualified[i] = name + "." + p
	}
	if _, err := schema.ExcludeRealm(s.Realm, qualified); err != nil {
		return nil, err
	}
	return s, nil
}

// globEscaper escapes what filepath.Match reads as a pattern.
var globEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`)

// fastSchema reads the schema on conn with the dialect's set-based reader,
// or returns errFallback. open, if not nil, opens another connection to the
// same database that the reader may use besides conn.
func fastSchema(ctx context.Context, conn *sql.Conn, open func(context.Context) (*sql.Conn, error), d dburl.Dialect, exclude []string) (*schema.Schema, error) {
	var (
		s   *schema.Schema
		err error
	)
	switch d {
	case dburl.Postgres:
		s, err = pgSchema(ctx, conn, open)
	case dburl.SQLite:
		s, err = sqliteSchema(ctx, conn)
	default:
		return nil, errFallback
	}
	if err != nil {
		return nil, err
	}
	linkFKs(s)
	return excludeSchema(s, exclude)
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
