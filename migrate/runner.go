package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/autogen-dev/autogen/dburl"
)

// Runner applies and reverses revisions of Graph on DB, recording the
// current heads in the autogen_version table, one row per head. On
// PostgreSQL a run holds two connections of DB's pool (one for the lock,
// one for the work), so DB must allow at least two; on MySQL and SQLite
// it holds one.
type Runner struct {
	DB      *sql.DB
	Dialect dburl.Dialect
	Graph   *Graph
	// Log receives progress lines such as
	// "Running upgrade  -> a3f92b1c4d8e, add users table"; nil discards them.
	Log io.Writer
	// LockWait bounds the wait for another autogen to finish: for the
	// advisory lock on PostgreSQL, GET_LOCK on MySQL, and on SQLite for
	// each revision's BEGIN IMMEDIATE (busy_timeout is set to it for the
	// run). Zero means 10 seconds.
	LockWait time.Duration
}

// querier is what *sql.DB and *sql.Conn share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Current returns the version table's rows, sorted: the revisions the
// database is at. It returns nil, not an error, when the table does not
// exist yet, and never creates it.
func (r *Runner) Current(ctx context.Context) ([]string, error) {
	if err := r.check(false); err != nil {
		return nil, err
	}
	return readVersions(ctx, r.DB, r.Dialect)
}

// Upgrade applies revisions up to target: "head", "heads", "+N", an id or
// a prefix of at least four characters, or "id+N".
func (r *Runner) Upgrade(ctx context.Context, target string) error {
	return r.run(ctx, "upgrade", func(cur []string) ([]step, error) { return r.Graph.planUpgrade(cur, target) })
}

// Downgrade reverses revisions down to target: "-N", "base", an id or a
// prefix, or "id-N". The target itself stays applied.
func (r *Runner) Downgrade(ctx context.Context, target string) error {
	return r.run(ctx, "downgrade", func(cur []string) ([]step, error) { return r.Graph.planDowngrade(cur, target) })
}

// Stamp sets the version rows to target ("head", "heads", "base", an id)
// without running any migration SQL. Rows the graph does not know are
// replaced too, which is how a database is repaired after a file was lost.
func (r *Runner) Stamp(ctx context.Context, target string) error {
	if err := r.check(true); err != nil {
		return err
	}
	s, err := r.open(ctx)
	if err != nil {
		return err
	}
	defer s.close()
	cur, err := readVersions(ctx, s.conn, r.Dialect)
	if err != nil {
		return err
	}
	want, err := r.Graph.resolve(target, cur, true)
	if err != nil {
		return err
	}
	fmt.Fprintf(r.log(), "Running stamp_revision %s -> %s\n", describe(cur), describe(want))
	return s.stamp(ctx, cur, stampRows(cur, want))
}

// run plans from the current rows and applies the steps one by one, each
// in its own transaction, so that a failure keeps every earlier step. On
// MySQL it first refuses when an earlier run left a revision half-applied.
//
// A step whose transaction finds the version rows moved (another autogen
// applied revisions while this one waited for SQLite's write lock) has
// changed nothing: the run plans again from the new rows, as a run that
// waited for the lock on PostgreSQL or MySQL plans from what it finds.
// So concurrent runs of one command end alike on every dialect: the last
// finds nothing left to do, says so and succeeds.
func (r *Runner) run(ctx context.Context, verb string, plan func([]string) ([]step, error)) error {
	if err := r.check(true); err != nil {
		return err
	}
	s, err := r.open(ctx)
	if err != nil {
		return err
	}
	defer s.close()
	if err := s.checkDirty(ctx); err != nil {
		return err
	}
	cur, err := readVersions(ctx, s.conn, r.Dialect)
	if err != nil {
		return err
	}
	steps, err := plan(cur)
	if err != nil {
		return err
	}
	return s.applyAll(ctx, verb, cur, steps, plan)
}

// applyAll applies the steps, planning again from the new rows when a
// step finds them moved, and says so when another run left it nothing to
// do. Each new plan follows a step another run committed, so a run to one
// target replans at most once per revision; the bound stops a tug of war
// with a concurrent run going the other way.
func (s *session) applyAll(ctx context.Context, verb string, cur []string, steps []step, plan func([]string) ([]step, error)) error {
	applied := 0
	for replans := 0; len(steps) > 0; {
		err := s.apply(ctx, steps[0])
		var moved *movedError
		switch {
		case err == nil:
			steps, applied = steps[1:], applied+1
			continue
		case !errors.As(err, &moved):
			return err
		case replans == len(s.r.Graph.order):
			return s.r.lockedError(ctx, s.conn, VersionTable+" kept changing while this run waited")
		}
		replans++
		cur = moved.now
		if steps, err = plan(cur); err != nil {
			return fmt.Errorf("%s changed while this run waited (another autogen moved it to %s): %w", VersionTable, describe(cur), err)
		}
		if len(steps) == 0 && applied > 0 {
			fmt.Fprintf(s.r.log(), "Another autogen applied the rest: the database is at %s\n", s.r.Graph.describeAt(cur))
		}
	}
	if applied == 0 {
		fmt.Fprintf(s.r.log(), "Nothing to %s: the database is already at %s\n", verb, s.r.Graph.describeAt(cur))
	}
	return nil
}

// check refuses what the runner cannot do before anything is opened.
func (r *Runner) check(needGraph bool) error {
	if r.DB == nil {
		return errors.New("migrate: Runner.DB is nil")
	}
	if needGraph && r.Graph == nil {
		return errors.New("migrate: Runner.Graph is nil")
	}
	switch r.Dialect {
	case dburl.Postgres, dburl.SQLite, dburl.MySQL:
		return nil
	default:
		return fmt.Errorf("migrate: unknown dialect %q", r.Dialect)
	}
}

func (r *Runner) log() io.Writer {
	if r.Log == nil {
		return io.Discard
	}
	return r.Log
}

func (r *Runner) lockWait() time.Duration {
	if r.LockWait <= 0 {
		return 10 * time.Second
	}
	return r.LockWait
}
