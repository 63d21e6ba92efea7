package render

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/hint"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// Statement is one SQL statement of a migration with the one-line comment
// that says what it does and the hazards of the change it comes from.
type Statement struct {
	Comment string
	SQL     string
	Hazards []hazard.Flag
}

// Plan turns changes into SQL statements for the dialect, using Atlas's
// offline planner (it needs no connection), with unqualified table names so
// the file applies to whichever schema the connection uses.
//
// Renames come first: the RenameTable changes and the RenameColumn parts
// of ModifyTable changes are planned on their own, before everything
// else. Package diff returns the renames the models declare in this form,
// at the head of its result, and diffs the rest against the renamed
// tables and columns; Atlas's planners put a table's RENAME COLUMN after
// its other changes, and a SQLite rebuild would copy the old column name.
//
// flags are the hazards of changes (hazard.Analyze); those that belong to
// one of these changes ride on the statement they are about. Their guards
// come after the renames (a guard names tables and columns as the rest
// does, by their new names) and before every other statement, so that a
// migration stops before the first DDL statement the data no longer
// allows.
func Plan(changes []schema.Change, d dburl.Dialect, flags ...hazard.Flag) ([]Statement, error) {
	if len(changes) == 0 {
		return nil, nil
	}
	planned := changes
	var forced map[schema.Change]schema.Change
	if d == dburl.SQLite {
		planned, forced = sqliteForceRebuilds(changes)
	}
	renames, rest, origin := splitRenames(planned)
	first, firstSources, err := planChanges(renames, d)
	if err != nil {
		return nil, err
	}
	then, thenSources, err := planChanges(rest, d)
	if err != nil {
		return nil, err
	}
	stmts := append(first, then...)
	sources := append(firstSources, thenSources...)
	owner := owners(append(slices.Clip(renames), rest...), sources, stmts)
	for i, o := range owner {
		if x, ok := origin[o]; ok {
			owner[i] = x
		}
		if x, ok := forced[owner[i]]; ok {
			owner[i] = x
		}
	}
	attach(stmts, owner, sources, changes, len(first), flags)
	out := slices.Clone(stmts[:len(first)])
	out = append(out, guards(changes, d, flags)...)
	return append(out, stmts[len(first):]...), nil
}

// splitRenames separates the renames of changes from the rest, each in
// order: a RenameTable and a ModifyTable of RenameColumn parts only are
// renames; a ModifyTable that mixes them with other parts is split in
// two, and origin maps both halves to it.
func splitRenames(changes []schema.Change) (renames, rest []schema.Change, origin map[schema.Change]schema.Change) {
	origin = map[schema.Change]schema.Change{}
	for _, c := range changes {
		switch c := c.(type) {
		case *schema.RenameTable:
			renames = append(renames, c)
		case *schema.ModifyTable:
			var r, o []schema.Change
			for _, sub := range c.Changes {
				if _, ok := sub.(*schema.RenameColumn); ok {
					r = append(r, sub)
				} else {
					o = append(o, sub)
				}
			}
			switch {
			case len(r) == 0:
				rest = append(rest, c)
			case len(o) == 0:
				renames = append(renames, c)
			default:
				rm := &schema.ModifyTable{T: c.T, Changes: r}
				om := &schema.ModifyTable{T: c.T, Changes: o}
				origin[rm], origin[om] = c, c
				renames, rest = append(renames, rm), append(rest, om)
			}
		default:
			rest = append(rest, c)
		}
	}
	return renames, rest, origin
}

// planChanges plans changes and returns the statements, without hazards,
// and the change each was planned from. Runs of Atlas's changes go to
// Atlas's planner, in order; the sequence changes package diff adds
// (hint.AlterSequence, first or last) are planned here.
func planChanges(changes []schema.Change, d dburl.Dialect) ([]Statement, []schema.Change, error) {
	var (
		stmts   []Statement
		sources []schema.Change
		run     []schema.Change
	)
	flush := func() error {
		st, src, err := planAtlas(run, d)
		stmts, sources, run = append(stmts, st...), append(sources, src...), nil
		return err
	}
	for _, c := range changes {
		a, ok := c.(*hint.AlterSequence)
		if !ok {
			run = append(run, c)
			continue
		}
		if err := flush(); err != nil {
			return nil, nil, err
		}
		stmts = append(stmts, alterSequence(a, d))
		sources = append(sources, c)
	}
	if err := flush(); err != nil {
		return nil, nil, err
	}
	return stmts, sources, nil
}

// alterSequence writes ALTER SEQUENCE … AS type. PostgreSQL moves the
// sequence's MINVALUE and MAXVALUE with it when they were the old type's
// bounds, and refuses the change when the last value or a bound does not
// fit the new type (DF109 guards the narrowing).
func alterSequence(a *hint.AlterSequence, d dburl.Dialect) Statement {
	name := sqlsafe.Ident(d, a.Seq.Name)
	if a.Seq.Schema != "" {
		name = sqlsafe.Ident(d, a.Seq.Schema) + "." + name
	}
	col := fmt.Sprintf("%q.%q", a.Table, a.Column)
	comment := fmt.Sprintf("widen sequence %s to %s for %s: ALTER COLUMN TYPE leaves a sequence's type as it was", name, a.To, col)
	if a.Narrows() {
		comment = fmt.Sprintf("narrow sequence %s to %s for %s, as a fresh CREATE TABLE makes it", name, a.To, col)
	}
	return Statement{
		Comment: comment,
		SQL:     fmt.Sprintf("ALTER SEQUENCE %s AS %s", name, a.To),
	}
}

// planAtlas runs Atlas's planner over changes and returns the
// statements, without hazards, and the change each was planned from.
func planAtlas(changes []schema.Change, d dburl.Dialect) ([]Statement, []schema.Change, error) {
	if len(changes) == 0 {
		return nil, nil, nil
	}
	planner, err := plannerFor(d)
	if err != nil {
		return nil, nil, err
	}
	plan, err := sqlsafe.Plan(context.Background(), d, planner, "autogen", changes, func(o *migrate.PlanOptions) {
		noQualifier := ""
		o.SchemaQualifier = &noQualifier
	})
	if err != nil {
		return nil, nil, fmt.Errorf("plan changes: %w", err)
	}
	if d == dburl.SQLite {
		if err := sqliteRewrite(plan, changes); err != nil {
			return nil, nil, fmt.Errorf("plan changes: %w", err)
		}
	}
	stmts := make([]Statement, 0, len(plan.Changes))
	var sources []schema.Change
	for _, c := range plan.Changes {
		if d == dburl.SQLite && isForeignKeysPragma(c.Cmd) {
			// Inside a transaction SQLite ignores this PRAGMA, and a table
			// rebuild then cascade-deletes child rows (atlas.md §5.4). The
			// runner turns foreign keys off around every SQLite revision and
			// runs PRAGMA foreign_key_check before it commits instead.
			continue
		}
		stmts = append(stmts, Statement{Comment: commentText(c.Comment), SQL: c.Cmd})
		sources = append(sources, c.Source)
	}
	return stmts, sources, nil
}

func plannerFor(d dburl.Dialect) (migrate.PlanApplier, error) {
	switch d {
	case dburl.Postgres:
		return postgres.DefaultPlan, nil
	case dburl.SQLite:
		return sqlite.DefaultPlan, nil
	case dburl.MySQL:
		// Its plans say Transactional false: MySQL commits each DDL
		// statement on its own. The runner handles that; see migrate.
		return mysql.DefaultPlan, nil
	}
	return nil, fmt.Errorf("plan changes for %s: %w", d, dburl.ErrUnsupported)
}

func isForeignKeysPragma(cmd string) bool {
	c := strings.ToLower(strings.Join(strings.Fields(cmd), " "))
	return strings.HasPrefix(c, "pragma foreign_keys =") || strings.HasPrefix(c, "pragma foreign_keys=")
}

// commentText smooths the wording of Atlas's statement comments
// ("create index \"i\" to table: \"t\"") for the reader of the file.
func commentText(c string) string {
	return strings.NewReplacer(" to table: ", " on ", " from table: ", " on ").Replace(c)
}
