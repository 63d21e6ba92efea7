package migrate

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/autogen-dev/autogen/dburl"
)

// SQL writes the script that moves a database from `from` to `to` in
// direction "upgrade" or "downgrade", without connecting (Alembic's --sql).
// from is "" or "base" for an empty database, or a revision, "head" or
// "heads"; downgrade needs it. Each revision gets its own BEGIN/COMMIT on
// PostgreSQL and SQLite, and its version-table statement inside them; on
// MySQL, whose DDL commits on its own, there is none.
func (r *Runner) SQL(w io.Writer, direction, from, to string) error {
	if r.Graph == nil {
		return errors.New("migrate: Runner.Graph is nil")
	}
	steps, start, err := r.offlinePlan(direction, from, to)
	if err != nil {
		return err
	}
	if len(steps) == 0 {
		// Not an error: the range starts where it ends (head:head). A
		// range that goes the wrong way failed in offlinePlan.
		fmt.Fprintf(r.log(), "Nothing to %s from %s to %s: the script holds no revision\n", direction, r.Graph.describeAt(start), to)
	}
	bw := bufio.NewWriter(w)
	if r.Dialect == dburl.MySQL {
		// The online runner's autogen_dirty bookkeeping is left out: whoever
		// runs the script watches it, as with Alembic's.
		fmt.Fprintln(bw, "-- MySQL commits each statement on its own: there is no BEGIN/COMMIT. Run it with")
		fmt.Fprintln(bw, "-- the client stopping at the first error; the statements before it stay applied.")
		fmt.Fprintln(bw)
	}
	if len(start) == 0 && direction == "upgrade" {
		fmt.Fprintf(bw, "%s;\n\n", createVersionTable(r.Dialect))
	}
	for _, st := range steps {
		r.writeStep(bw, st)
	}
	return bw.Flush()
}

func (r *Runner) offlinePlan(direction, from, to string) ([]step, []string, error) {
	if direction == "downgrade" && from == "" {
		return nil, nil, errors.New("downgrade with --sql requires <fromrev>:<torev>")
	}
	var start []string
	if from != "" {
		var err error
		if start, err = r.Graph.resolve(from, nil, false); err != nil {
			return nil, nil, err
		}
	}
	var steps []step
	var err error
	switch direction {
	case "upgrade":
		steps, err = r.Graph.planUpgrade(start, to)
	case "downgrade":
		steps, err = r.Graph.planDowngrade(start, to)
	default:
		err = fmt.Errorf("direction %q: want upgrade or downgrade", direction)
	}
	return steps, start, err
}

// writeStep writes one revision the way the online runner applies it.
func (r *Runner) writeStep(w io.Writer, st step) {
	fmt.Fprintf(w, "-- %s\n", st.logLine())
	sqlite := r.Dialect == dburl.SQLite
	// MySQL commits DDL implicitly; Alembic writes no BEGIN for it either.
	tx := st.rev.Transactional && r.Dialect != dburl.MySQL
	if sqlite {
		fmt.Fprintln(w, "PRAGMA foreign_keys = OFF;")
	}
	if !st.rev.Transactional {
		fmt.Fprintln(w, "-- transaction false: the statements run outside a transaction")
	}
	if tx {
		fmt.Fprintln(w, "BEGIN;")
	}
	for _, s := range st.statements() {
		fmt.Fprintf(w, "%s;\n", s.SQL)
	}
	if sqlite {
		fmt.Fprintln(w, "-- must return no rows:")
		fmt.Fprintln(w, "PRAGMA foreign_key_check;")
	}
	for _, op := range st.rows {
		fmt.Fprintf(w, "%s;\n", op.sql())
	}
	if tx {
		fmt.Fprintln(w, "COMMIT;")
	}
	if sqlite {
		fmt.Fprintln(w, "PRAGMA foreign_keys = ON;")
	}
	fmt.Fprintln(w)
}
