package migrate

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/autogen-dev/autogen/dburl"
)

// ApplyError reports a revision that failed to apply and what state the
// database is left in.
type ApplyError struct {
	Direction string // "upgrade" or "downgrade"
	Revision  *Revision
	// Statement is the statement that failed; nil when the failure came
	// after the statements (foreign key check, version table).
	Statement *Statement
	// Ran is how many statements ran and stayed applied. It is always 0
	// for a transactional revision, which is rolled back as a whole.
	Ran, Total int
	// At are the version rows the database is still at; To are the ones
	// the revision would have moved it to.
	At, To []string
	// Autocommit is set on MySQL, where every statement commits on its
	// own whatever the file's transaction header says.
	Autocommit bool
	// Dirty is set when DirtyTable records the revision as half-applied:
	// the next upgrade or downgrade refuses with a DirtyError until
	// autogen stamp clears it.
	Dirty bool
	Err   error
}

func (e *ApplyError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", e.Direction, e.Revision.ID)
	if e.Revision.Message != "" {
		fmt.Fprintf(&b, " (%s)", e.Revision.Message)
	}
	if st := e.Statement; st != nil {
		fmt.Fprintf(&b, ": statement at %s:%d failed: %s: %v", e.Revision.Path, st.Line, firstLine(st.SQL), e.Err)
	} else {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	why := "transaction false"
	if e.Autocommit {
		why = "MySQL commits each statement on its own"
	}
	switch {
	case e.Revision.Transactional && !e.Autocommit:
		fmt.Fprintf(&b, "; the revision was rolled back and the database stays at %s", describe(e.At))
	case e.Ran == 0 && !e.Dirty:
		fmt.Fprintf(&b, "; no statement of this revision ran (%s, and the failed one was not applied) and the database stays at %s", why, describe(e.At))
	default:
		fmt.Fprintf(&b, "; this revision runs outside a transaction (%s): ", why)
		if e.Ran > 0 {
			fmt.Fprintf(&b, "%s of %d%s ran and stay%s applied, ", span(1, e.Ran), e.Total, e.lines(0, e.Ran), plural(e.Ran, "s", ""))
		}
		if e.Statement != nil {
			fmt.Fprintf(&b, "%s failed, ", span(e.Ran+1, e.Ran+1))
			if e.Ran+2 <= e.Total {
				fmt.Fprintf(&b, "%s did not run, ", span(e.Ran+2, e.Total))
			}
		}
		fmt.Fprintf(&b, "and %s still says %s; ", VersionTable, describe(e.At))
		if e.Dirty {
			fmt.Fprintf(&b, "%s records the revision as half-applied, so upgrade and downgrade refuse until you finish it by hand and run %s, or undo what ran and run %s",
				DirtyTable, stampHint(e.To), stampHint(e.At))
		} else {
			b.WriteString("finish or undo them by hand, then run autogen stamp")
		}
	}
	return b.String()
}

// lines names statements from+1..to of the section that ran.
func (e *ApplyError) lines(from, to int) string {
	stmts := e.Revision.Up
	if e.Direction == "downgrade" {
		stmts = e.Revision.Down
	}
	if to > len(stmts) || from >= to {
		return ""
	}
	path := e.Revision.Path
	if e.Statement != nil {
		path = "" // the message named the file already
	}
	return lineRange(path, stmts[from].Line, stmts[to-1].Line)
}

// span is "statement 3" or "statements 1 to 2".
func span(from, to int) string {
	if from == to {
		return fmt.Sprintf("statement %d", from)
	}
	return fmt.Sprintf("statements %d to %d", from, to)
}

func plural(n int, one, more string) string {
	if n == 1 {
		return one
	}
	return more
}

func (e *ApplyError) Unwrap() error { return e.Err }

// firstLine shortens a statement to its first line, at most 100 bytes,
// for messages: a seed INSERT can be one very long line.
func firstLine(sql string) string {
	line, _, more := strings.Cut(sql, "\n")
	if len(line) > 100 {
		n := 100
		for n > 0 && !utf8.RuneStart(line[n]) {
			n--
		}
		line, more = line[:n], true
	}
	if more {
		return line + " ..."
	}
	return line
}

// announce logs the step once its run knows it is the one applying it.
func (s *session) announce(st step) {
	fmt.Fprintln(s.r.log(), st.logLine())
}

// apply runs one step: the statements and the version-row change.
func (s *session) apply(ctx context.Context, st step) error {
	restore, err := s.foreignKeysOff(ctx)
	if err != nil {
		return err
	}
	defer restore()
	switch {
	case s.r.Dialect == dburl.MySQL:
		return s.applyTracked(ctx, st)
	case st.rev.Transactional:
		return s.applyTx(ctx, st)
	}
	return s.applyEach(ctx, st)
}

// applyTx runs the statements, the SQLite foreign key check and the row
// change in one transaction: on any failure the database stays exactly at
// the previous revision.
func (s *session) applyTx(ctx context.Context, st step) error {
	stmts := st.statements()
	fail := func(stmt *Statement, err error) error {
		s.rollback(ctx)
		return &ApplyError{Direction: st.verb(), Revision: st.rev, Statement: stmt, Total: len(stmts),
			At: s.versions(ctx, st.before), To: st.after, Err: err}
	}
	if err := s.begin(ctx); err != nil {
		if isBusy(err) {
			return s.r.lockedError(ctx, s.conn, fmt.Sprintf("SQLite's write lock still held after %s", s.r.lockWait()))
		}
		return fail(nil, fmt.Errorf("begin: %w", err))
	}
	if err := s.verify(ctx, st.before); err != nil {
		s.rollback(ctx)
		return err // nothing ran: a *movedError makes the run plan again
	}
	s.announce(st)
	for i := range stmts {
		if _, err := s.exec(ctx, stmts[i].SQL); err != nil {
			return fail(&stmts[i], err)
		}
	}
	if err := s.checkForeignKeys(ctx); err != nil {
		return fail(nil, err)
	}
	if err := s.record(ctx, st.rows); err != nil {
		return fail(nil, err)
	}
	if err := s.commit(ctx); err != nil {
		return fail(nil, fmt.Errorf("commit: %w", err))
	}
	return nil
}

// applyEach runs a "transaction false" revision statement by statement
// (each commits on its own), then records it in a short transaction.
func (s *session) applyEach(ctx context.Context, st step) error {
	stmts := st.statements()
	fail := func(stmt *Statement, ran int, err error) error {
		return &ApplyError{Direction: st.verb(), Revision: st.rev, Statement: stmt, Ran: ran, Total: len(stmts),
			At: s.versions(ctx, st.before), To: st.after, Err: err}
	}
	// Best effort without a transaction; PostgreSQL's lock is what
	// guarantees it.
	if err := s.verify(ctx, st.before); err != nil {
		return err // nothing ran: a *movedError makes the run plan again
	}
	s.announce(st)
	for i := range stmts {
		if _, err := s.exec(ctx, stmts[i].SQL); err != nil {
			return fail(&stmts[i], i, err)
		}
	}
	if err := s.begin(ctx); err != nil {
		return fail(nil, len(stmts), fmt.Errorf("begin: %w", err))
	}
	err := s.verify(ctx, st.before)
	if err == nil {
		err = s.checkForeignKeys(ctx)
	}
	if err == nil {
		err = s.record(ctx, st.rows)
	}
	if err != nil {
		s.rollback(ctx)
		return fail(nil, len(stmts), err)
	}
	if err := s.commit(ctx); err != nil {
		return fail(nil, len(stmts), fmt.Errorf("commit: %w", err))
	}
	return nil
}

// foreignKeysOff turns SQLite's foreign key enforcement off for the step
// and returns the function that restores it. This is SQLite's documented
// 12-step table rebuild: a rebuild (CREATE new_t; INSERT ... SELECT; DROP
// t; ALTER TABLE new_t RENAME TO t) with foreign keys on deletes every
// child row with ON DELETE CASCADE when t is dropped, and
// PRAGMA foreign_keys is a no-op inside a transaction, so it must be set
// here, before BEGIN. checkForeignKeys then proves nothing broke.
func (s *session) foreignKeysOff(ctx context.Context) (func(), error) {
	if s.r.Dialect != dburl.SQLite {
		return func() {}, nil
	}
	var on bool
	if err := s.conn.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&on); err != nil {
		return nil, fmt.Errorf("read PRAGMA foreign_keys: %w", err)
	}
	if _, err := s.exec(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return nil, fmt.Errorf("turn foreign keys off: %w", err)
	}
	return func() {
		if on {
			// Also on the error path, and even when ctx is done: the
			// connection returns to the application's pool.
			s.exec(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON")
		}
	}, nil
}

// checkForeignKeys runs PRAGMA foreign_key_check on SQLite and fails when
// any row points at a missing parent.
func (s *session) checkForeignKeys(ctx context.Context) error {
	if s.r.Dialect != dburl.SQLite {
		return nil
	}
	rows, err := s.conn.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("PRAGMA foreign_key_check: %w", err)
	}
	defer rows.Close()
	var bad []string
	for rows.Next() {
		var table, parent string
		var rowid *int64 // NULL for WITHOUT ROWID tables
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return fmt.Errorf("PRAGMA foreign_key_check: %w", err)
		}
		if len(bad) < 5 {
			bad = append(bad, fmt.Sprintf("table %q rowid %s references a missing row of %q", table, rowidText(rowid), parent))
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("PRAGMA foreign_key_check: %w", err)
	}
	if len(bad) > 0 {
		return fmt.Errorf("foreign key check failed: %s", strings.Join(bad, "; "))
	}
	return nil
}

func rowidText(id *int64) string {
	if id == nil {
		return "(none)"
	}
	return fmt.Sprint(*id)
}
