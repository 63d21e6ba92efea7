package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/url"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/devdb"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/render"
)

// What autogen compares: the tables the include/exclude globs leave (on
// both sides, so an excluded table is never created or dropped), in the
// PostgreSQL schema --schema names, with the models' expressions spelled
// by the server (package devdb).

// sides returns the current and desired schemas as compare diffs them.
// A failed normalization is a warning: the diff then compares the models'
// expressions as written, which package diff's rules mostly manage.
func sides(ctx context.Context, e *env, s *settings, db *sql.DB, d dburl.Dialect, current, desired *schema.Schema) (*schema.Schema, *schema.Schema, error) {
	current, err := diff.Tables(current, s.include, s.exclude)
	if err != nil {
		return nil, nil, err
	}
	if desired, err = diff.Tables(desired, s.include, s.exclude); err != nil {
		return nil, nil, err
	}
	norm, err := devdb.Normalize(ctx, db, d, desired)
	if err != nil {
		fmt.Fprintf(e.stderr, "autogen: warning: %v; comparing the models' CHECK and index expressions as written\n", err)
		return current, desired, nil
	}
	return current, norm, nil
}

// withSchema points a PostgreSQL URL at one schema: the connection's
// search_path becomes that schema, so introspection reads it, the
// migrations' unqualified names land in it, and so does the version table.
func withSchema(raw, name string) (string, error) {
	if name == "" || raw == "" {
		return raw, nil
	}
	u, err := dburl.Parse(raw)
	if err != nil {
		return "", err
	}
	if u.Dialect != dburl.Postgres {
		return "", fmt.Errorf("--schema is for PostgreSQL; on %s name the database in the URL", u.Dialect)
	}
	p, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("--schema: %w", err)
	}
	q := p.Query()
	q.Set("search_path", name)
	p.RawQuery = q.Encode()
	return p.String(), nil
}

// planRevision plans the renames of changes first and the rest after, as
// diff.SplitRenames asks: the rest was diffed against the renamed tables,
// and Atlas's planners would run a table's other changes before its
// RENAME COLUMN.
func planRevision(changes []schema.Change, d dburl.Dialect, flags ...hazard.Flag) ([]render.Statement, error) {
	renames, rest := diff.SplitRenames(changes)
	first, err := render.Plan(renames, d, flags...)
	if err != nil {
		return nil, err
	}
	then, err := render.Plan(rest, d, flags...)
	if err != nil {
		return nil, err
	}
	return append(first, then...), nil
}

// printPossibleRenames writes one line per drop and add that may be a
// rename, with the hint that would make it one.
func printPossibleRenames(w io.Writer, prefix string, rs []diff.Rename) {
	for _, r := range rs {
		fmt.Fprintf(w, "%spossible rename: %s; if so, %s\n", prefix, r, r.Hint())
	}
}

// splitList reads a comma-separated flag value into its items.
func splitList(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, item := range strings.Split(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}
