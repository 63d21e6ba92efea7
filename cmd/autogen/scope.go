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
	"github.com/autogen-dev/autogen/sqlsafe"
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
	// Quoted, so that a name holding a comma, a quote or upper case is
	// one schema, as PostgreSQL parses a search_path list.
	q.Set("search_path", sqlsafe.Ident(dburl.Postgres, name))
	p.RawQuery = q.Encode()
	return p.String(), nil
}

// printPossibleRenames writes one line per drop and add that may be a
// rename (diff.PossibleRenames), with the hint that would make it one.
// The hazard analysis flags each as DL103 in the same words, adding what
// the drop loses: that flag's text is the line, and its index is returned
// so that printHazards does not print the rename a second time.
func printPossibleRenames(w io.Writer, prefix string, cmp *comparison) (listed []int) {
	for _, r := range diff.PossibleRenames(cmp.up, cmp.dialect) {
		line := hazard.PossibleRenameText(r)
		if i := renameFlag(cmp.hazards, r); i >= 0 {
			f := cmp.hazards.Flags[i]
			line = fmt.Sprintf("%s (hazard %s, %s)", f.Text, f.Code, f.Severity)
			listed = append(listed, i)
		}
		fmt.Fprintf(w, "%s%s\n", prefix, line)
	}
	return listed
}

// possibleRenamesJSON gives the possible renames to render.ChangesJSON.
func possibleRenamesJSON(cmp *comparison) []render.PossibleRename {
	var out []render.PossibleRename
	for _, r := range diff.PossibleRenames(cmp.up, cmp.dialect) {
		out = append(out, render.PossibleRename{Table: r.Table, Column: r.Column, From: r.From, To: r.To, Hint: r.Hint()})
	}
	return out
}

// renameFlag returns the index of the upgrade's DL103 flag of r, or -1.
func renameFlag(rep *hazard.Report, r diff.Rename) int {
	if rep == nil {
		return -1
	}
	for i, f := range rep.Flags {
		if f.Code != hazard.DL103 || f.Down {
			continue
		}
		if r.Column && f.Table == r.Table && f.Column == r.From || !r.Column && f.Table == r.From && f.Column == "" {
			return i
		}
	}
	return -1
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
