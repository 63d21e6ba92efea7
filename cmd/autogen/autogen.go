package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/introspect"
	"github.com/autogen-dev/autogen/migrate"
	"github.com/autogen-dev/autogen/models"
	"github.com/autogen-dev/autogen/render"
)

// errNotUpToDate is Alembic's refusal to compare a database that has not
// run every migration: the diff would repeat the pending ones.
var errNotUpToDate = errors.New("Target database is not up to date.")

type revisionMeta struct {
	id, message, created string
	parents              []string
}

// comparison is the outcome of comparing models with the database.
type comparison struct {
	dialect  dburl.Dialect
	up, down []schema.Change
	hazards  *hazard.Report
}

// compare loads the models, reads the database and diffs both ways. The
// database must be at the migrations' heads.
func compare(ctx context.Context, e *env, s *settings, graph *migrate.Graph, hz *hazardFlags) (*comparison, error) {
	u, err := dburl.Parse(s.db)
	if err != nil {
		return nil, err
	}
	// The models load while the database is read: the one is mostly CPU in
	// the type checker, the other mostly waiting on the server.
	type loadResult struct {
		res *models.Result
		err error
	}
	loading := make(chan loadResult, 1)
	go func() {
		res, err := loadModels(ctx, e, s, u.Dialect)
		loading <- loadResult{res, err}
	}()
	db, current, dbErr := readDatabase(ctx, u, graph)
	if db != nil {
		defer db.Close()
	}
	loaded := <-loading
	// Errors in the models come first: they need no database to fix.
	if loaded.err != nil {
		return nil, loaded.err
	}
	if dbErr != nil {
		return nil, dbErr
	}
	current, desired, err := sides(ctx, e, s, db, u.Dialect, current, loaded.res.Schema)
	if err != nil {
		return nil, err
	}
	up, err := diff.Schemas(current, desired, u.Dialect)
	if err != nil {
		return nil, err
	}
	if len(up) == 0 {
		// In sync, as check in a pre-commit hook mostly finds it: no
		// downgrade to plan and nothing to assess.
		return &comparison{dialect: u.Dialect, hazards: &hazard.Report{Dialect: u.Dialect}}, nil
	}
	down, err := diff.Schemas(desired, current, u.Dialect)
	if err != nil {
		return nil, err
	}
	rep, err := hz.assess(ctx, db, current, desired, up, down, u.Dialect)
	if err != nil {
		return nil, err
	}
	return &comparison{dialect: u.Dialect, up: up, down: down, hazards: rep}, nil
}

// readDatabase connects, checks that the database is at the migrations'
// heads and reads its schema. The connection is returned open, also with
// an error after it was made.
func readDatabase(ctx context.Context, u *dburl.URL, graph *migrate.Graph) (*sql.DB, *schema.Schema, error) {
	db, err := dburl.Open(ctx, u)
	if err != nil {
		return nil, nil, err
	}
	r := &migrate.Runner{DB: db, Dialect: u.Dialect, Graph: graph}
	cur, err := r.Current(ctx)
	if err != nil {
		return db, nil, err
	}
	if !slices.Equal(sorted(cur), sorted(graph.Heads())) {
		return db, nil, fmt.Errorf("%w The database is at %s, the migrations' head is %s: run 'autogen upgrade head' first", errNotUpToDate, describeRevs(cur), describeRevs(graph.Heads()))
	}
	current, err := introspect.Schema(ctx, db, u.Dialect, introspect.Options{})
	return db, current, err
}

func sorted(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}

func describeRevs(revs []string) string {
	if len(revs) == 0 {
		return "<base>"
	}
	return fmt.Sprint(revs)
}

func autogenerate(ctx context.Context, e *env, s *settings, graph *migrate.Graph, meta revisionMeta, hz *hazardFlags) error {
	cmp, err := compare(ctx, e, s, graph, hz)
	if err != nil {
		return err
	}
	if len(cmp.up) == 0 {
		fmt.Fprintln(e.stdout, "No changes detected")
		return nil
	}
	for _, line := range diff.Describe(cmp.up) {
		fmt.Fprintf(e.stderr, "Detected %s\n", line)
	}
	if err := writeRevision(e, s, meta, cmp); err != nil {
		return err
	}
	printHazards(e.stderr, cmp.hazards)
	return hz.gate(cmp.hazards)
}

// writeRevision renders and writes the migration file. Without a
// comparison it writes an empty file for hand-written SQL.
func writeRevision(e *env, s *settings, meta revisionMeta, cmp *comparison) error {
	rev := render.Revision{ID: meta.id, Parents: meta.parents, Message: meta.message, Created: meta.created}
	var up, down []render.Statement
	if cmp != nil {
		var err error
		rev.Dialect = string(cmp.dialect)
		rev.Hazards = cmp.hazards
		if up, err = render.Plan(cmp.up, cmp.dialect, cmp.hazards.Up()...); err != nil {
			return err
		}
		if down, err = render.Plan(cmp.down, cmp.dialect, cmp.hazards.Down()...); err != nil {
			return err
		}
	}
	f := render.Native(rev, up, down)
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return fmt.Errorf("write revision: %w", err)
	}
	path := filepath.Join(s.dir, f.Name)
	if err := writeNewFile(path, f.Content); err != nil {
		return fmt.Errorf("write revision: %w", err)
	}
	fmt.Fprintf(e.stdout, "Generating %s ... done\n", path)
	return nil
}

func cmdCheck(ctx context.Context, e *env, args []string) error {
	var common commonFlags
	var hz hazardFlags
	fs := newFlags(e, "check", &common)
	hz.register(fs)
	if _, err := parse(fs, args, 0, 0, "no arguments"); err != nil {
		return asCheckError(err)
	}
	if err := hz.parse(); err != nil {
		return asCheckError(err)
	}
	s, err := common.resolve(e)
	if err != nil {
		return asCheckError(err)
	}
	graph, err := loadGraphOrEmpty(s.dir)
	if err != nil {
		return asCheckError(err)
	}
	cmp, err := compare(ctx, e, s, graph, &hz)
	if err != nil {
		return asCheckError(err)
	}
	if len(cmp.up) == 0 {
		fmt.Fprintln(e.stdout, "No new upgrade operations detected.")
		return nil
	}
	fmt.Fprintln(e.stdout, "New upgrade operations detected:")
	for _, line := range diff.Describe(cmp.up) {
		fmt.Fprintf(e.stdout, "  %s\n", line)
	}
	listed := printPossibleRenames(e.stdout, "  ", cmp)
	printHazards(e.stderr, cmp.hazards, listed...)
	return &exitError{code: 1, err: errors.New("models and database differ: run 'autogen revision --autogenerate -m MESSAGE'")}
}

// asCheckError gives every error of check the exit code 2, as gofmt does,
// so that 1 always means drift.
func asCheckError(err error) error {
	var ee *exitError
	if errors.As(err, &ee) {
		return &exitError{code: 2, err: ee.err}
	}
	return &exitError{code: 2, err: err}
}

// cmdDiff prints the changes the next autogenerated revision would hold,
// for review: one line each, or JSON for tools (render.ChangeJSON).
func cmdDiff(ctx context.Context, e *env, args []string) error {
	var common commonFlags
	var hz hazardFlags
	fs := newFlags(e, "diff", &common)
	asJSON := fs.Bool("json", false, "print the changes as JSON (see README, autogen diff)")
	hz.register(fs)
	if _, err := parse(fs, args, 0, 0, "no arguments"); err != nil {
		return err
	}
	if err := hz.parse(); err != nil {
		return err
	}
	s, err := common.resolve(e)
	if err != nil {
		return err
	}
	graph, err := loadGraphOrEmpty(s.dir)
	if err != nil {
		return err
	}
	cmp, err := compare(ctx, e, s, graph, &hz)
	if err != nil {
		return err
	}
	var listed []int
	if *asJSON {
		if err := render.ChangesJSON(e.stdout, cmp.up, cmp.dialect, possibleRenamesJSON(cmp)...); err != nil {
			return err
		}
	} else {
		if len(cmp.up) == 0 {
			fmt.Fprintln(e.stdout, "No changes detected")
		}
		for _, line := range diff.Describe(cmp.up) {
			fmt.Fprintln(e.stdout, line)
		}
		listed = printPossibleRenames(e.stdout, "", cmp)
	}
	printHazards(e.stderr, cmp.hazards, listed...)
	return hz.gate(cmp.hazards)
}
