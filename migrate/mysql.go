package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"unicode/utf8"

	"github.com/autogen-dev/autogen/dburl"
)

// DirtyTable records, on MySQL and MariaDB, the revision a run has started
// and not finished.
//
// MySQL commits every DDL statement on its own (an implicit commit before
// and after it), so a revision of several statements is never atomic: when
// its third statement fails, the first two stay applied, and autogen_version
// cannot say so, because it names whole revisions. golang-migrate keeps a
// dirty flag for this; autogen keeps a row with a little more in it:
//
//   - Before the first statement of a revision the runner inserts a row
//     (revision, direction, applied = 0, total, the version rows before and
//     after it). Written first, so that a run killed or cut off mid-way
//     leaves it behind too.
//   - After each statement it sets applied. A data statement (INSERT,
//     UPDATE, ...) and its progress commit in one transaction; a DDL
//     statement commits itself, and its progress follows at once.
//   - When a statement fails the row stays and keeps the error, unless no
//     statement had run: a failed statement leaves nothing (InnoDB rolls
//     data back, and MySQL 8 and MariaDB 10.6+ DDL is atomic), so the
//     database is still exactly at the previous revision.
//   - The version-row change and the row's deletion commit in one InnoDB
//     transaction: a finished revision leaves no row.
//
// While a row is there, upgrade and downgrade refuse with a DirtyError
// saying what ran. The user finishes or undoes the statements by hand, then
// runs autogen stamp, which clears the row in the same transaction as the
// version rows it sets. A second table, not a column of autogen_version,
// keeps that table Alembic's one-column shape with one row per head.
// introspect leaves both tables out of the schema it reads.
const DirtyTable = "autogen_dirty"

const createDirtyTable = "CREATE TABLE IF NOT EXISTS " + DirtyTable + " (" +
	"revision VARCHAR(32) NOT NULL, direction VARCHAR(9) NOT NULL, " +
	"applied INT NOT NULL, total INT NOT NULL, " +
	"version_before TEXT NOT NULL, version_after TEXT NOT NULL, failure TEXT NULL, " +
	"CONSTRAINT " + DirtyTable + "_pkc PRIMARY KEY (revision)) ENGINE=InnoDB"

// DirtyError is returned by Upgrade and Downgrade on MySQL when an earlier
// run stopped part-way through a revision (DirtyTable has a row): Applied
// of its Total statements ran and stay applied, and the version rows still
// say Before.
type DirtyError struct {
	Direction string // "upgrade" or "downgrade"
	ID        string
	// Revision is the file's revision, nil when no file defines ID now.
	Revision       *Revision
	Applied, Total int
	// Before and After are the version rows before the revision and the
	// ones it would have moved to.
	Before, After []string
	// Failure is the error that stopped the run; "" when the run was cut
	// off (killed, connection lost) and could not record it.
	Failure string
}

func (e *DirtyError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", e.Direction, e.ID)
	if e.Revision != nil && e.Revision.Message != "" {
		fmt.Fprintf(&b, " (%s)", e.Revision.Message)
	}
	fmt.Fprintf(&b, " is half-applied: an earlier run stopped part-way and %s says so; ", DirtyTable)
	if e.Applied > 0 {
		fmt.Fprintf(&b, "%s of %d%s ran and stay%s applied; ", span(1, e.Applied), e.Total, e.lines(0, e.Applied), plural(e.Applied, "s", ""))
	} else {
		fmt.Fprintf(&b, "no statement of %d is recorded as done; ", e.Total)
	}
	if e.Applied < e.Total {
		next := e.Applied + 1
		switch {
		case e.Failure != "":
			fmt.Fprintf(&b, "statement %d%s failed: %s; ", next, e.lines(e.Applied, next), e.Failure)
		default:
			fmt.Fprintf(&b, "the run was cut off during statement %d%s, which may or may not have taken effect; ", next, e.lines(e.Applied, next))
		}
	} else if e.Failure != "" {
		fmt.Fprintf(&b, "then recording the revision failed: %s; ", e.Failure)
	}
	fmt.Fprintf(&b, "%s still says %s. Finish the revision by hand and run %s, or undo what ran and run %s; until then autogen refuses to upgrade or downgrade",
		VersionTable, describe(e.Before), stampHint(e.After), stampHint(e.Before))
	return b.String()
}

// lines names statements from+1..to of the file, when the file still has
// them: " (line 12 of m/x.sql)" or " (lines 8 to 12 of m/x.sql)".
func (e *DirtyError) lines(from, to int) string {
	if e.Revision == nil {
		return ""
	}
	stmts := e.Revision.Up
	if e.Direction == "downgrade" {
		stmts = e.Revision.Down
	}
	if len(stmts) != e.Total || from >= to {
		return "" // the file changed since: its lines would mislead
	}
	return lineRange(e.Revision.Path, stmts[from].Line, stmts[to-1].Line)
}

// lineRange is " (line 8 of path)" or " (lines 8 to 12)" without a path.
func lineRange(path string, first, last int) string {
	where := fmt.Sprintf(" (line %d", first)
	if first != last {
		where = fmt.Sprintf(" (lines %d to %d", first, last)
	}
	if path != "" {
		where += " of " + path
	}
	return where + ")"
}

// stampHint is the command that sets the version rows to ids.
func stampHint(ids []string) string {
	switch len(ids) {
	case 0:
		return `"autogen stamp base"`
	case 1:
		return `"autogen stamp ` + ids[0] + `"`
	}
	return "autogen stamp until " + VersionTable + " says " + describe(ids)
}

// lockMySQL takes a named lock with GET_LOCK on the session's connection:
// it belongs to that connection, survives the implicit commits of DDL and
// is released by RELEASE_LOCK or when the connection closes. Its name is
// per database, since named locks are server-wide.
func (s *session) lockMySQL(ctx context.Context) (func(), error) {
	var db string
	if err := s.conn.QueryRowContext(ctx, "SELECT DATABASE()").Scan(&db); err != nil {
		return nil, fmt.Errorf("take the migration lock: %w", err)
	}
	name := mysqlLockName(db)
	var got sql.NullInt64
	wait := s.r.lockWait().Seconds()
	if err := s.conn.QueryRowContext(ctx, fmt.Sprintf("SELECT GET_LOCK(%s, %g)", quote(name), wait)).Scan(&got); err != nil {
		return nil, fmt.Errorf("take the migration lock: %w", err)
	}
	if !got.Valid || got.Int64 != 1 {
		return nil, s.r.lockedError(ctx, s.conn, fmt.Sprintf("lock %q still held after %s", name, s.r.lockWait()))
	}
	return func() {
		s.conn.ExecContext(context.Background(), "SELECT RELEASE_LOCK("+quote(name)+")")
	}, nil
}

// mysqlLockName is "autogen:<database>.autogen_version", or a hash of the
// database name when that would pass MySQL's 64-character limit.
func mysqlLockName(db string) string {
	name := "autogen:" + db + "." + VersionTable
	if len(name) > 64 {
		h := fnv.New64a()
		h.Write([]byte(db))
		name = fmt.Sprintf("autogen:%x.%s", h.Sum64(), VersionTable)
	}
	return name
}

// ensureTables creates the version and dirty tables on MySQL before any
// transaction: a CREATE TABLE inside one would commit it.
func (s *session) ensureTables(ctx context.Context) error {
	if s.r.Dialect != dburl.MySQL {
		return nil
	}
	for _, q := range []string{createVersionTable(s.r.Dialect), createDirtyTable} {
		if _, err := s.exec(ctx, q); err != nil {
			return fmt.Errorf("create autogen's tables: %w", err)
		}
	}
	return nil
}

// checkDirty returns a DirtyError when DirtyTable has a row.
func (s *session) checkDirty(ctx context.Context) error {
	if s.r.Dialect != dburl.MySQL {
		return nil
	}
	if ok, err := tableExists(ctx, s.conn, s.r.Dialect, DirtyTable); err != nil || !ok {
		return err
	}
	var e DirtyError
	var before, after string
	var failure sql.NullString
	err := s.conn.QueryRowContext(ctx, "SELECT revision, direction, applied, total, version_before, version_after, failure FROM "+
		DirtyTable+" ORDER BY revision LIMIT 1").Scan(&e.ID, &e.Direction, &e.Applied, &e.Total, &before, &after, &failure)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", DirtyTable, err)
	}
	e.Before, e.After, e.Failure = strings.Fields(before), strings.Fields(after), failure.String
	e.Revision = s.r.Graph.revs[e.ID]
	return &e
}

// clearDirty deletes the dirty row, inside the caller's transaction.
func (s *session) clearDirty(ctx context.Context) error {
	if s.r.Dialect != dburl.MySQL {
		return nil
	}
	if _, err := s.exec(ctx, "DELETE FROM "+DirtyTable); err != nil {
		return fmt.Errorf("update %s: %w", DirtyTable, err)
	}
	return nil
}

// applyTracked runs a revision on MySQL statement by statement, keeping
// its progress in DirtyTable (see there), then moves the version rows and
// deletes the progress row in one transaction.
func (s *session) applyTracked(ctx context.Context, st step) error {
	stmts := st.statements()
	fail := func(stmt *Statement, ran int, dirty bool, err error) error {
		return &ApplyError{Direction: st.verb(), Revision: st.rev, Statement: stmt, Ran: ran, Total: len(stmts),
			At: s.versions(ctx, st.before), To: st.after, Autocommit: true, Dirty: dirty, Err: err}
	}
	if err := s.verify(ctx, st.before); err != nil {
		return err // nothing ran: a *movedError makes the run plan again
	}
	s.announce(st)
	if err := s.ensureTables(ctx); err != nil {
		return fail(nil, 0, false, err)
	}
	if err := s.markDirty(ctx, st, len(stmts)); err != nil {
		return fail(nil, 0, false, err)
	}
	for i := range stmts {
		if err := s.execTracked(ctx, st, i, stmts[i].SQL); err != nil {
			// When only the progress UPDATE failed, a DDL statement may have
			// run: the row stays even before anything is known to have run.
			unsure := errors.As(err, new(*progressError))
			return fail(&stmts[i], i, s.noteFailure(ctx, st, i, unsure, err), err)
		}
	}
	if err := s.begin(ctx); err != nil {
		return fail(nil, len(stmts), s.noteFailure(ctx, st, len(stmts), true, err), fmt.Errorf("begin: %w", err))
	}
	err := s.verify(ctx, st.before)
	if err == nil {
		err = s.record(ctx, st.rows)
	}
	if err == nil {
		_, err = s.exec(ctx, "DELETE FROM "+DirtyTable+" WHERE revision = "+quote(st.rev.ID))
	}
	if err == nil {
		err = s.commit(ctx)
	} else {
		s.rollback(ctx)
	}
	if err != nil {
		return fail(nil, len(stmts), s.noteFailure(ctx, st, len(stmts), true, err), err)
	}
	return nil
}

// markDirty inserts the progress row before the first statement runs.
func (s *session) markDirty(ctx context.Context, st step, total int) error {
	q := fmt.Sprintf("INSERT INTO %s (revision, direction, applied, total, version_before, version_after) VALUES (%s, %s, 0, %d, %s, %s)",
		DirtyTable, quote(st.rev.ID), quote(st.verb()), total, quote(strings.Join(st.before, " ")), quote(strings.Join(st.after, " ")))
	if _, err := s.exec(ctx, q); err != nil {
		return fmt.Errorf("record the start of the revision in %s: %w", DirtyTable, err)
	}
	return nil
}

// execTracked runs statement i and records it as applied. BEGIN makes a
// data statement and its progress one commit; a DDL statement commits the
// empty transaction before it and itself after, and the UPDATE then
// commits on its own.
func (s *session) execTracked(ctx context.Context, st step, i int, query string) error {
	if err := s.begin(ctx); err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if _, err := s.exec(ctx, query); err != nil {
		s.rollback(ctx)
		return err
	}
	progress := fmt.Sprintf("UPDATE %s SET applied = %d WHERE revision = %s", DirtyTable, i+1, quote(st.rev.ID))
	if _, err := s.exec(ctx, progress); err != nil {
		s.rollback(ctx)
		return &progressError{err}
	}
	if err := s.commit(ctx); err != nil {
		return &progressError{fmt.Errorf("commit: %w", err)}
	}
	return nil
}

// progressError is a failure to record a statement that may have run.
type progressError struct{ err error }

func (e *progressError) Error() string {
	return fmt.Sprintf("recording the statement in %s failed (a DDL statement stays applied, a data statement was rolled back): %v", DirtyTable, e.err)
}

func (e *progressError) Unwrap() error { return e.err }

// noteFailure keeps the error in the progress row. When nothing ran
// (ran is 0 and the caller is sure of it) it deletes the row instead: a
// statement that fails is not applied, so the database is still at the
// previous revision. It reports whether the row stays.
func (s *session) noteFailure(ctx context.Context, st step, ran int, unsure bool, cause error) bool {
	ctx = context.WithoutCancel(ctx)
	if ran == 0 && !unsure {
		_, err := s.conn.ExecContext(ctx, "DELETE FROM "+DirtyTable+" WHERE revision = ?", st.rev.ID)
		return err != nil
	}
	// A placeholder: MySQL reads backslashes in literals as escapes, which
	// quote() does not double, and an error message may hold any text.
	s.conn.ExecContext(ctx, "UPDATE "+DirtyTable+" SET failure = ? WHERE revision = ?", truncate(cause.Error(), 2000), st.rev.ID)
	return true
}

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
