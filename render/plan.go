package render

import (
	"context"
	"fmt"
	"strings"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hazard"
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
// flags are the hazards of changes (hazard.Analyze); those that belong to
// one of these changes ride on the statement they are about, and their
// guards come first, so that a migration stops before its first DDL
// statement when the data no longer allows it.
func Plan(changes []schema.Change, d dburl.Dialect, flags ...hazard.Flag) ([]Statement, error) {
	if len(changes) == 0 {
		return nil, nil
	}
	planner, err := plannerFor(d)
	if err != nil {
		return nil, err
	}
	plan, err := planner.PlanChanges(context.Background(), "autogen", changes, func(o *migrate.PlanOptions) {
		noQualifier := ""
		o.SchemaQualifier = &noQualifier
	})
	if err != nil {
		return nil, fmt.Errorf("plan changes: %w", err)
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
	attach(stmts, owners(changes, sources), sources, changes, flags)
	return append(guards(changes, d, flags), stmts...), nil
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
