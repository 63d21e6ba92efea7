package catalogdump

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// Options says what to dump.
type Options struct {
	Dialect string   // "postgres", "sqlite" or "mysql" (MySQL and MariaDB)
	Schema  string   // PostgreSQL schema (default "public"); MySQL database (default DATABASE()); ignored on SQLite
	Exclude []string // table names left out (e.g. autogen's version table, see migrate/version.go for its name)
}

// Dump returns the schema as sorted, deterministic text, one line per
// object attribute, so that two dumps can be compared with ==, and a diff
// of two dumps reads well in a test failure.
func Dump(ctx context.Context, db *sql.DB, o Options) (string, error) {
	// One session for every query: MySQL's DATABASE() and SQLite's temp
	// objects are per connection.
	conn, err := db.Conn(ctx)
	if err != nil {
		return "", fmt.Errorf("dump %s catalog: %w", o.Dialect, err)
	}
	defer conn.Close()
	out := &lines{exclude: o.Exclude}
	switch o.Dialect {
	case "postgres":
		err = dumpPostgres(ctx, conn, schemaOr(o.Schema, "public"), out)
	case "sqlite":
		err = dumpSQLite(ctx, conn, out)
	case "mysql":
		err = dumpMySQL(ctx, conn, o.Schema, out)
	default:
		err = fmt.Errorf("unknown dialect %q (want postgres, sqlite or mysql)", o.Dialect)
	}
	if err != nil {
		return "", fmt.Errorf("dump %s catalog: %w", o.Dialect, err)
	}
	return out.String(), nil
}

// WithoutSequenceNames returns dump without the "name" lines of owned
// PostgreSQL sequences, for a test to which a sequence's name does not
// matter (see the package doc).
func WithoutSequenceNames(dump string) string {
	return filter(dump, func(l string) bool {
		return strings.HasPrefix(l, "sequence owned by ") && strings.Contains(l, " name: ")
	})
}

// filter returns dump without the lines drop reports.
func filter(dump string, drop func(string) bool) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(dump, "\n") {
		if l != "" && !drop(strings.TrimSuffix(l, "\n")) {
			b.WriteString(l)
		}
	}
	return b.String()
}

func schemaOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// lines collects a dump's lines; String sorts them.
type lines struct {
	exclude []string
	all     []string
}

// excluded reports whether table is one of Options.Exclude.
func (l *lines) excluded(table string) bool { return slices.Contains(l.exclude, table) }

// object records that obj exists.
func (l *lines) object(obj string) { l.all = append(l.all, obj) }

// add records one attribute of obj.
func (l *lines) add(obj, attr, value string) {
	l.all = append(l.all, obj+" "+attr+": "+escape(value))
}

// addNonEmpty records attr only when it has a value, for attributes most
// objects lack (a comment, a collation).
func (l *lines) addNonEmpty(obj, attr, value string) {
	if value != "" {
		l.add(obj, attr, value)
	}
}

func (l *lines) String() string {
	s := slices.Clone(l.all)
	slices.Sort(s)
	s = slices.Compact(s)
	if len(s) == 0 {
		return ""
	}
	return strings.Join(s, "\n") + "\n"
}

var escaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`)

func escape(s string) string { return escaper.Replace(s) }

// queryRows runs q and calls scan for each row; scan reads the row with
// the Scan it is given.
func queryRows(ctx context.Context, conn *sql.Conn, what, q string, args []any, scan func(func(...any) error) error) error {
	rows, err := conn.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows.Scan); err != nil {
			return fmt.Errorf("read %s: %w", what, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	return nil
}
