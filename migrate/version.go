package migrate

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/autogen-dev/autogen/dburl"
)

// VersionTable is the table that holds one row per current head. It is
// created on the first upgrade or stamp and never dropped: "downgrade base"
// leaves it empty, as Alembic does since 1.19.
const VersionTable = "autogen_version"

// createVersionTable is Alembic's version table DDL with our names. The
// ids we write are at most 32 characters (checkID). On MySQL the table is
// InnoDB whatever the server's default engine, so that its rows move in
// one transaction with the DirtyTable row.
func createVersionTable(d dburl.Dialect) string {
	ddl := "CREATE TABLE IF NOT EXISTS " + VersionTable +
		" (version_num VARCHAR(32) NOT NULL, CONSTRAINT " + VersionTable + "_pkc PRIMARY KEY (version_num))"
	if d == dburl.MySQL {
		ddl += " ENGINE=InnoDB"
	}
	return ddl
}

// sql renders a row change with the id inlined, so that the online runner
// and the --sql script run the same text. Ids are checked to be word
// characters (checkID) or come from the table itself; quote() doubles any
// quote anyway.
func (op rowOp) sql() string {
	switch op.kind {
	case 'i':
		return fmt.Sprintf("INSERT INTO %s (version_num) VALUES (%s)", VersionTable, quote(op.to))
	case 'u':
		return fmt.Sprintf("UPDATE %s SET version_num=%s WHERE %s.version_num = %s", VersionTable, quote(op.to), VersionTable, quote(op.from))
	default:
		return fmt.Sprintf("DELETE FROM %s WHERE %s.version_num = %s", VersionTable, VersionTable, quote(op.from))
	}
}

// mismatch is Alembic's message for an UPDATE or DELETE that did not hit
// exactly one row: the table changed under us.
func (op rowOp) mismatch(n int64) error {
	if op.kind == 'u' {
		return fmt.Errorf("Online migration expected to match one row when updating '%s' to '%s' in '%s'; %d found", op.from, op.to, VersionTable, n)
	}
	return fmt.Errorf("Online migration expected to match one row when deleting '%s' in '%s'; %d found", op.from, VersionTable, n)
}

func quote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// readVersions returns the sorted rows of the version table, or nil when
// the table does not exist.
func readVersions(ctx context.Context, q querier, d dburl.Dialect) ([]string, error) {
	ok, err := versionTableExists(ctx, q, d)
	if err != nil || !ok {
		return nil, err
	}
	rows, err := q.QueryContext(ctx, "SELECT version_num FROM "+VersionTable+" ORDER BY version_num")
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", VersionTable, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("read %s: %w", VersionTable, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", VersionTable, err)
	}
	slices.Sort(ids)
	return ids, nil
}

// versionTableExists looks the table up in the catalog rather than
// selecting from it: a failed SELECT would abort a PostgreSQL transaction.
func versionTableExists(ctx context.Context, q querier, d dburl.Dialect) (bool, error) {
	return tableExists(ctx, q, d, VersionTable)
}

// tableExists looks a table of the connection's schema up in the catalog.
func tableExists(ctx context.Context, q querier, d dburl.Dialect, name string) (bool, error) {
	var query string
	switch d {
	case dburl.SQLite:
		query = "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = " + quote(name)
	case dburl.MySQL:
		query = "SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = " + quote(name)
	default:
		query = "SELECT to_regclass(" + quote(name) + ") IS NOT NULL"
	}
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return false, fmt.Errorf("look for %s: %w", name, err)
	}
	defer rows.Close()
	var ok bool
	if rows.Next() {
		if err := rows.Scan(&ok); err != nil {
			return false, fmt.Errorf("look for %s: %w", name, err)
		}
	}
	return ok, rows.Err()
}
