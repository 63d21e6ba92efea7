package hazard

import (
	"fmt"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// Whole-migration rules: renames, downgrades, transactions, timeouts,
// index drops.

func (a *analyzer) dropIndex(t string, c *schema.DropIndex) {
	idx := c.I.Name
	f := a.add(PF101, Warning, c, t, "", fmt.Sprintf("index %s on %s is dropped: queries that use it get slower", idx, t))
	switch a.d {
	case dburl.Postgres:
		f.probe = &probe{value: fmt.Sprintf("SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes WHERE schemaname = current_schema() AND relname = %s AND indexrelname = %s", literal(t), literal(idx))}
	case dburl.MySQL:
		// With performance_schema off the table exists but stays empty:
		// -1 says the usage is unknown, not unused.
		f.probe = &probe{value: fmt.Sprintf("SELECT CASE WHEN @@performance_schema = 0 THEN -1 ELSE (SELECT coalesce(sum(COUNT_STAR), 0) FROM performance_schema.table_io_waits_summary_by_index_usage WHERE OBJECT_SCHEMA = DATABASE() AND OBJECT_NAME = %s AND INDEX_NAME = %s) END", sqlsafe.Literal(dburl.MySQL, t), sqlsafe.Literal(dburl.MySQL, idx))}
	}
	if f.probe != nil {
		f.probe.eval = func(n int64, _ bool) (Severity, string, bool) {
			if n < 0 {
				return Warning, fmt.Sprintf("index %s on %s is dropped: queries that use it get slower (usage unknown: performance_schema is off)", idx, t), false
			}
			if n == 0 {
				return Info, fmt.Sprintf("index %s on %s: 0 scans since the statistics were reset; nothing seems to use it", idx, t), true
			}
			return Warning, fmt.Sprintf("index %s on %s: %s since the statistics were reset; queries that use it get slower", idx, t, plural(n, "scan", "scans")), false
		}
	}
	if a.d == dburl.Postgres {
		lk := a.add(LK102, Warning, c, t, "", fmt.Sprintf("index %s: DROP INDEX without CONCURRENTLY blocks reads and writes of %s until it gets its lock", idx, t))
		a.sized(lk, t, fmt.Sprintf("index %s: DROP INDEX without CONCURRENTLY blocks reads and writes of", idx))
	}
}

// renames turns the drop of each possible rename into DL103: a column
// dropped and one of the same type added in a table, a table dropped and
// one of the same columns added, as diff.PossibleRenames finds them (the
// one detector, whose lines the CLI prints in the same words). The flag
// keeps the DL101/DL102 live check: what the drop loses unless the
// rename is declared.
func (a *analyzer) renames(changes []schema.Change) {
	for _, r := range diff.PossibleRenames(changes, a.d) {
		for i := range a.flags {
			f := &a.flags[i]
			switch {
			case r.Column && f.Code == DL102 && f.Table == r.Table && f.Column == r.From:
				possibleRename(f, r, "DROP COLUMN", "its values", "every value is NULL",
					func(n int64, _ bool) string { return plural(n, "non-NULL value", "non-NULL values") })
			case !r.Column && f.Code == DL101 && f.Table == r.From:
				possibleRename(f, r, "DROP TABLE", "its rows", "the table is empty", rowsText)
			}
		}
	}
}

// PossibleRenameText is the line of a possible rename, as the CLI prints
// it and DL103 begins: "possible rename: users.name -> users.full_name;
// if so, tag the field autogen:"renamed_from:name"".
func PossibleRenameText(r diff.Rename) string {
	return fmt.Sprintf("possible rename: %s; if so, %s", r, r.Hint())
}

// possibleRename makes f, the flag of the drop stmt, the DL103 of r:
// what the drop loses otherwise, counted by its live check.
func possibleRename(f *Flag, r diff.Rename, stmt, what, empty string, lost func(int64, bool) string) {
	lead := PossibleRenameText(r) + "; otherwise " + stmt
	f.Code = DL103
	f.Text = lead + " loses " + what
	if f.probe != nil {
		f.probe.found = func(n int64, est bool) string { return lead + " loses " + lost(n, est) }
		f.probe.clear = fmt.Sprintf("%s loses nothing now (%s)", lead, empty)
	}
}

// irreversible turns the down analyzer's flags into the IR family:
// drops of the downgrade destroy data written since the upgrade (IR102),
// re-tightenings may fail on it (IR103, guarded), and what the upgrade
// drops or converts does not come back (IR101).
func (a *analyzer) irreversible(up []Flag) {
	var out []Flag
	for _, f := range a.flags {
		f.probe, f.Evidence = nil, nil
		switch {
		case f.Code == DL101 || f.Code == DL102 || f.Code == DL103:
			f.Code, f.Severity = IR102, Warning
			what := f.Table + "." + f.Column
			if f.Column == "" {
				what = "table " + f.Table
			}
			f.Text = fmt.Sprintf("the downgrade drops %s: whatever was written to it since the upgrade is lost", what)
		case f.Code.Family() == "DF" && f.Code != DF108:
			f.Text = fmt.Sprintf("the downgrade re-tightens: %s (on data written since the upgrade)", f.Text)
			f.Code, f.Severity = IR103, Warning
			if f.Guard != nil {
				f.Text += "; guarded"
			}
		case f.Code == IR104, f.Code == TX105:
		default:
			continue
		}
		out = append(out, f)
	}
	a.flags = out
	for _, u := range up {
		switch u.Code {
		case DL101, DL102, DL103, SD102:
		default:
			continue
		}
		top, part := a.findDown(u)
		if top == nil {
			continue
		}
		f := Flag{Code: IR101, Severity: Warning, Table: u.Table, Column: u.Column, Change: top, Part: part, Down: true}
		switch {
		case u.Code == SD102:
			f.Text = fmt.Sprintf("the downgrade cannot undo the conversion of %s.%s: rounded or shifted values stay as they are", u.Table, u.Column)
		case u.Column == "":
			f.Text = fmt.Sprintf("the downgrade re-creates table %s empty: the rows the upgrade drops are not restored", u.Table)
		default:
			f.Text = fmt.Sprintf("the downgrade re-creates %s.%s empty (NULL or its default): the values the upgrade drops are not restored", u.Table, u.Column)
		}
		if u.probe != nil {
			p := *u.probe
			text := f.Text
			p.eval = func(n int64, est bool) (Severity, string, bool) {
				if n == 0 {
					return Info, text + " (nothing to lose now)", true
				}
				switch {
				case u.Code == SD102:
					return Warning, fmt.Sprintf("the downgrade cannot undo the conversion of %s.%s: %s stay as converted", u.Table, u.Column, plural(n, "value", "values")), false
				case u.Column == "":
					return Warning, fmt.Sprintf("the downgrade re-creates table %s empty: the upgrade drops %s that it does not restore", u.Table, rowsText(n, est)), false
				}
				return Warning, fmt.Sprintf("the downgrade re-creates %s.%s empty (NULL or its default): the upgrade drops %s that it does not restore", u.Table, u.Column, plural(n, "value", "values")), false
			}
			f.probe = &p
		}
		a.flags = append(a.flags, f)
	}
}

// findDown returns the down change that undoes the up change of flag u.
func (a *analyzer) findDown(u Flag) (top, part schema.Change) {
	for _, c := range a.in.Down {
		switch c := c.(type) {
		case *schema.AddTable:
			if u.Column == "" && c.T.Name == u.Table {
				return c, c
			}
		case *schema.ModifyTable:
			if c.T.Name != u.Table || u.Column == "" {
				continue
			}
			for _, p := range c.Changes {
				switch p := p.(type) {
				case *schema.AddColumn:
					if p.C.Name == u.Column {
						return c, p
					}
				case *schema.ModifyColumn:
					if p.To.Name == u.Column {
						return c, p
					}
				}
			}
		}
	}
	return nil, nil
}

// mysqlPartial: MySQL commits each DDL statement on its own. A flag that
// may fail after other statements ran leaves them applied (TX102 up,
// IR104 down).
func (a *analyzer) mysqlPartial(changes []schema.Change, code Code) {
	if a.d != dburl.MySQL || len(changes) < 2 {
		return
	}
	if code == IR104 {
		a.top = changes[0]
		a.add(IR104, Warning, changes[0], "", "", fmt.Sprintf("MySQL cannot roll back DDL: if a step of this %d-step downgrade fails, the steps before it stay applied", len(changes)))
		return
	}
	for _, f := range a.flags {
		if f.Code.Family() != "DF" || f.Change == changes[0] {
			continue
		}
		i := indexOf(changes, f.Change)
		a.top = f.Change
		a.add(TX102, Warning, f.Part, f.Table, f.Column, fmt.Sprintf("MySQL commits each DDL statement: if this one fails (%s), what ran before it (%s) stays applied and the revision is recorded half-applied; the guards at the top run first", f.Code, plural(int64(i), "change", "changes")))
		return
	}
}

func indexOf(changes []schema.Change, c schema.Change) int {
	for i, x := range changes {
		if x == c {
			return i
		}
	}
	return -1
}

// lockTimeout: an ALTER of an existing table waits for its lock, and
// every query that comes after waits behind it (TX103).
func (a *analyzer) lockTimeout(changes []schema.Change) {
	if a.d == dburl.SQLite {
		return
	}
	for _, c := range changes {
		var t string
		switch c := c.(type) {
		case *schema.ModifyTable:
			t = c.T.Name
		case *schema.DropTable:
			t = c.T.Name
		default:
			continue
		}
		if a.from[t] == nil {
			continue
		}
		a.top = c
		f := a.add(TX103, Warning, c, t, "", fmt.Sprintf("%s: the migration sets no lock timeout: while an ALTER waits for its lock, every query on %s queues behind it", t, t))
		if a.d == dburl.Postgres {
			f.probe = &probe{value: "SELECT reset_val::bigint FROM pg_settings WHERE name = 'lock_timeout'", eval: func(n int64, _ bool) (Severity, string, bool) {
				if n == 0 {
					return Warning, fmt.Sprintf("%s: lock_timeout is 0 (wait forever): while an ALTER waits for its lock, every query on %s queues behind it; SET lock_timeout for the migration's role", t, t), false
				}
				return Info, fmt.Sprintf("%s: lock_timeout is %dms: a blocked ALTER gives up after that", t, n), true
			}}
		} else {
			f.probe = &probe{value: "SELECT @@SESSION.lock_wait_timeout", eval: func(n int64, _ bool) (Severity, string, bool) {
				if n > 60 {
					return Warning, fmt.Sprintf("%s: lock_wait_timeout is %ds: while an ALTER waits for its metadata lock, every query on %s queues behind it", t, n, t), false
				}
				return Info, fmt.Sprintf("%s: lock_wait_timeout is %ds", t, n), true
			}}
		}
		return
	}
}

// scanInTransaction: on PostgreSQL the whole revision is one transaction,
// so a validating scan late in it holds the locks taken before it (TX104).
func (a *analyzer) scanInTransaction(changes []schema.Change) {
	if a.d != dburl.Postgres {
		return
	}
	for _, f := range a.flags {
		switch f.Code {
		case LK101, LK103, LK104, LK105, LK106:
		default:
			continue
		}
		i := indexOf(changes, f.Change)
		if i <= 0 {
			continue
		}
		var held []string
		for _, c := range changes[:i] {
			if m, ok := c.(*schema.ModifyTable); ok && !strings.Contains(strings.Join(held, ","), m.T.Name) {
				held = append(held, m.T.Name)
			}
		}
		if len(held) == 0 {
			continue
		}
		a.top = f.Change
		tx := a.add(TX104, Warning, f.Part, f.Table, f.Column, fmt.Sprintf("the scan of %s runs inside the revision's transaction and keeps %s locked meanwhile (a revision of its own avoids it)", f.Table, strings.Join(held, ", ")))
		a.sized(tx, f.Table, "the scan inside the revision's transaction keeps earlier locks while it reads")
		return
	}
}

// staticBlindSpots are what no model can say.
func staticBlindSpots() []string {
	return []string{
		"the models cannot express: renames (unless declared: autogen:\"renamed_from:old\"), data moves and backfills, grants and ownership, views, functions, triggers, sequences, policies, partitions",
	}
}
