package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"time"

	"github.com/autogen-dev/autogen/dburl"
)

// ErrLocked is returned when another autogen holds the migration lock for
// longer than Runner.LockWait. The message names the revision the
// database is at, read after the wait.
var ErrLocked = errors.New("another autogen is migrating this database")

// session is one migration run: a pinned connection that every statement,
// PRAGMA and transaction of the run uses, and the lock that keeps other
// runs out.
//
// Locking. PostgreSQL: a session-level advisory lock taken on a second,
// dedicated connection, so that nothing the migrations do (a failed
// statement, ROLLBACK) can release it early. SQLite has no server lock:
// the run uses one pinned connection, every revision starts with BEGIN
// IMMEDIATE (it takes the write lock up front; busy_timeout, set to
// LockWait for the run, makes a second autogen wait, then fail with
// ErrLocked), and the version rows are re-read inside that transaction,
// so a run that lost a race changes nothing and plans again from what the
// winner left (Runner.run). MySQL: GET_LOCK on the pinned connection
// itself (a named lock belongs to the connection that took it and
// survives the implicit commits of DDL); see mysql.go.
type session struct {
	r       *Runner
	conn    *sql.Conn
	unlock  func()
	restore func() // puts back the SQLite busy_timeout of the URL
}

func (r *Runner) open(ctx context.Context) (*session, error) {
	s := &session{r: r, unlock: func() {}, restore: func() {}}
	if r.Dialect == dburl.Postgres {
		unlock, err := r.lockPostgres(ctx)
		if err != nil {
			return nil, err
		}
		s.unlock = unlock
	}
	conn, err := r.DB.Conn(ctx)
	if err != nil {
		s.unlock()
		return nil, fmt.Errorf("connect to the database: %w", err)
	}
	s.conn = conn
	if r.Dialect == dburl.SQLite {
		if err := s.waitLikeTheLock(ctx); err != nil {
			conn.Close()
			return nil, err
		}
	}
	if r.Dialect == dburl.MySQL {
		unlock, err := s.lockMySQL(ctx)
		if err != nil {
			conn.Close()
			return nil, err
		}
		s.unlock = unlock
	}
	return s, nil
}

// close releases the lock first: on MySQL it is released on s.conn.
func (s *session) close() {
	s.unlock()
	s.restore()
	s.conn.Close()
}

// waitLikeTheLock sets SQLite's busy_timeout to LockWait for the run, so
// that a second autogen waits as long for BEGIN IMMEDIATE as it would for
// the lock on PostgreSQL or MySQL, and restores the URL's value at close:
// the connection goes back to the caller's pool.
func (s *session) waitLikeTheLock(ctx context.Context) error {
	var was int64
	if err := s.conn.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&was); err != nil {
		return fmt.Errorf("read PRAGMA busy_timeout: %w", err)
	}
	if _, err := s.exec(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", s.r.lockWait().Milliseconds())); err != nil {
		return fmt.Errorf("set PRAGMA busy_timeout: %w", err)
	}
	s.restore = func() {
		s.exec(context.Background(), fmt.Sprintf("PRAGMA busy_timeout = %d", was))
	}
	return nil
}

// lockedError is ErrLocked saying what was held and the revision the
// database is at now, read after the wait: the run holding the lock may
// have moved it since this one started.
func (r *Runner) lockedError(ctx context.Context, q querier, held string) error {
	return fmt.Errorf("%w (%s); the database is at %s; try again when it is done", ErrLocked, held, r.readAt(ctx, q))
}

// readAt describes the version rows as they are now, for a message.
func (r *Runner) readAt(ctx context.Context, q querier) string {
	now, err := readNow(ctx, q, r.Dialect)
	if err != nil {
		return fmt.Sprintf("unknown (reading %s failed: %v)", VersionTable, err)
	}
	return r.Graph.describeAt(now)
}

// readNow reads the version rows for an error message, also when ctx is
// done, but not for long.
func readNow(ctx context.Context, q querier, d dburl.Dialect) ([]string, error) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	return readVersions(ctx, q, d)
}

// versions re-reads the version rows after a failed step, so that the
// ApplyError names the revision the database is really at; planned when
// they cannot be read.
func (s *session) versions(ctx context.Context, planned []string) []string {
	now, err := readNow(ctx, s.conn, s.r.Dialect)
	if err != nil {
		return planned
	}
	return now
}

// isBusy reports SQLite's SQLITE_BUSY (primary code 5, any extended
// code): busy_timeout ran out while another connection held the write
// lock. The driver's error type is matched by its Code method, so that
// this package needs no driver import.
func isBusy(err error) bool {
	var coded interface{ Code() int }
	return errors.As(err, &coded) && coded.Code()&0xff == 5
}

// lockKey derives the advisory lock key from the version table's name, so
// that runs sharing a version table exclude each other and nothing else.
func lockKey() int64 {
	h := fnv.New64a()
	h.Write([]byte("autogen:" + VersionTable))
	return int64(h.Sum64())
}

// lockPostgres takes the advisory lock with pg_try_advisory_lock, retried
// every 250ms up to LockWait: a blocking pg_advisory_lock would hang
// forever behind a stuck run.
func (r *Runner) lockPostgres(ctx context.Context) (func(), error) {
	conn, err := r.DB.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect to the database: %w", err)
	}
	const every = 250 * time.Millisecond
	for try := time.Duration(0); ; try += every {
		var ok bool
		if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", lockKey()).Scan(&ok); err != nil {
			conn.Close()
			return nil, fmt.Errorf("take the migration lock: %w", err)
		}
		if ok {
			return func() {
				conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", lockKey())
				conn.Close()
			}, nil
		}
		if try >= r.lockWait() {
			conn.Close()
			return nil, r.lockedError(ctx, r.DB, fmt.Sprintf("advisory lock %d still held after %s", lockKey(), r.lockWait()))
		}
		select {
		case <-ctx.Done():
			conn.Close()
			return nil, ctx.Err()
		case <-time.After(every):
		}
	}
}

// exec runs one statement on the pinned connection.
func (s *session) exec(ctx context.Context, query string) (sql.Result, error) {
	return s.conn.ExecContext(ctx, query)
}

// begin opens a transaction with plain SQL rather than BeginTx: SQLite
// needs BEGIN IMMEDIATE, and the PRAGMAs around it must run on the same
// connection outside the transaction.
func (s *session) begin(ctx context.Context) error {
	q := "BEGIN"
	if s.r.Dialect == dburl.SQLite {
		q = "BEGIN IMMEDIATE"
	}
	_, err := s.exec(ctx, q)
	return err
}

// rollback runs even when ctx is done: the connection goes back to the
// pool and must not stay inside a transaction.
func (s *session) rollback(ctx context.Context) {
	s.exec(context.WithoutCancel(ctx), "ROLLBACK")
}

func (s *session) commit(ctx context.Context) error {
	if _, err := s.exec(ctx, "COMMIT"); err != nil {
		s.rollback(ctx)
		return err
	}
	return nil
}

// verify checks, inside the step's transaction and before any statement,
// that the version rows are still what the plan started from. On SQLite
// this is what stops a second autogen that waited on BEGIN IMMEDIATE
// while the first applied the same revision; the *movedError it returns
// then makes Runner.run plan again from the rows the first one left.
func (s *session) verify(ctx context.Context, before []string) error {
	now, err := readVersions(ctx, s.conn, s.r.Dialect)
	if err != nil {
		return err
	}
	if !slices.Equal(now, sorted(before)) {
		return &movedError{now: now, before: sorted(before)}
	}
	return nil
}

// movedError says that the version rows changed between planning and the
// step's transaction: another run moved them. Before any statement of the
// step ran, the run plans again from now; after, it is the step's
// failure.
type movedError struct{ now, before []string }

func (e *movedError) Error() string {
	return fmt.Sprintf("%s changed while this run waited (now %s, planned from %s)", VersionTable, describe(e.now), describe(e.before))
}

func (e *movedError) Unwrap() error { return ErrLocked }

// record moves the version rows, creating the table if needed. It runs
// inside the step's transaction.
func (s *session) record(ctx context.Context, ops []rowOp) error {
	// Created here, inside the first step's transaction, so that a first
	// revision that fails leaves no trace at all. Not on MySQL, where a
	// CREATE TABLE would commit the transaction: ensureTables made it.
	if s.r.Dialect != dburl.MySQL {
		if _, err := s.exec(ctx, createVersionTable(s.r.Dialect)); err != nil {
			return fmt.Errorf("create %s: %w", VersionTable, err)
		}
	}
	for _, op := range ops {
		res, err := s.exec(ctx, op.sql())
		if err != nil {
			return fmt.Errorf("update %s: %w", VersionTable, err)
		}
		if n, err := res.RowsAffected(); err == nil && op.kind != 'i' && n != 1 {
			return op.mismatch(n)
		}
	}
	return nil
}

// stamp moves the rows in one transaction with no migration SQL. On
// MySQL it also clears the record of a half-applied revision: stamp is how
// the user says the database is whole again.
func (s *session) stamp(ctx context.Context, cur []string, ops []rowOp) error {
	if err := s.ensureTables(ctx); err != nil {
		return fmt.Errorf("stamp: %w", err)
	}
	if err := s.begin(ctx); err != nil {
		return fmt.Errorf("stamp: begin: %w", err)
	}
	err := s.verify(ctx, cur)
	if err == nil {
		err = s.record(ctx, ops)
	}
	if err == nil {
		err = s.clearDirty(ctx)
	}
	if err != nil {
		s.rollback(ctx)
		return fmt.Errorf("stamp: %w; nothing was changed", err)
	}
	if err := s.commit(ctx); err != nil {
		return fmt.Errorf("stamp: commit: %w", err)
	}
	return nil
}
