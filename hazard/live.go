package hazard

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// DefaultTimeout bounds each live query.
const DefaultTimeout = 5 * time.Second

// bigTable is the row estimate from which a table's rows are not counted
// but read from the statistics.
const bigTable = 1_000_000

// Options tune Live.
type Options struct {
	// Timeout bounds each query; 0 means DefaultTimeout.
	Timeout time.Duration
}

// Skip records in the report that no live check ran, and why; each flag
// with a live check says so in its text.
func Skip(rep *Report, why string) {
	rep.Live = "off (" + why + ")"
	for i := range rep.Flags {
		f := &rep.Flags[i]
		if f.probe != nil {
			f.Evidence = &Evidence{Skipped: why}
			f.Text += " (not checked: " + why + ")"
		}
	}
}

// Live runs the flags' checks against db, the database the changes were
// diffed from, and puts the numbers into the texts and severities. It
// also reads what the database holds outside the models into
// NotCompared. Every query is a read-only SELECT bounded by the timeout;
// a query that fails or times out leaves its flag as it was, saying it
// was not checked. Live returns an error only when it cannot start.
func Live(ctx context.Context, db *sql.DB, rep *Report, opts Options) error {
	l := &live{db: db, d: rep.Dialect, timeout: opts.Timeout, cache: map[string]result{}}
	if l.timeout <= 0 {
		l.timeout = DefaultTimeout
	}
	if l.d == dburl.MySQL {
		var v string
		if err := db.QueryRowContext(ctx, "SELECT VERSION()").Scan(&v); err != nil {
			return fmt.Errorf("live checks: read server version: %w", err)
		}
		l.mariadb = strings.Contains(strings.ToLower(v), "mariadb")
	}
	for i := range rep.Flags {
		if rep.Flags[i].probe != nil {
			l.check(ctx, &rep.Flags[i])
		}
	}
	l.mysqlMode(ctx, rep)
	l.sqliteRebuilds(ctx, rep)
	l.published(ctx, rep)
	if objs := l.outside(ctx); len(objs) > 0 {
		rep.NotCompared = append([]string{"in this database, outside the models (autogen neither compares nor drops them): " + strings.Join(objs, ", ")}, rep.NotCompared...)
	} else {
		rep.NotCompared = append([]string{"in this database, outside the models: nothing found (views, functions, triggers, sequences, policies, partitions)"}, rep.NotCompared...)
	}
	rep.Live = fmt.Sprintf("ran at generation time, read-only, each query bounded by %s", l.timeout)
	return nil
}

type result struct {
	n      int64
	est    bool
	err    error
	groups []group
}

type live struct {
	db      *sql.DB
	d       dburl.Dialect
	timeout time.Duration
	mariadb bool
	cache   map[string]result
}

func (l *live) check(ctx context.Context, f *Flag) {
	p := f.probe
	var r result
	var q string
	switch {
	case p.groups != "":
		q = p.groups
		r = l.cached(ctx, q, func() result { return l.grouped(ctx, q) })
	case p.value != "":
		q = p.value
		r = l.cached(ctx, q, func() result { n, err := l.number(ctx, q); return result{n: n, err: err} })
	case p.query != "" && p.rows == "":
		q = count(p.query)
		r = l.cached(ctx, q, func() result { n, err := l.number(ctx, q); return result{n: n, err: err} })
	default:
		q = "rows of " + p.rows
		r = l.cached(ctx, q, func() result { return l.rowCount(ctx, p.rows) })
	}
	if r.err != nil {
		why := "the check failed: " + oneLine(r.err.Error())
		if errors.Is(r.err, context.DeadlineExceeded) || isTimeout(r.err) {
			why = fmt.Sprintf("the check ran past %s", l.timeout)
		}
		f.Evidence = &Evidence{Query: q, Skipped: why}
		f.Text += " (not checked: " + why + ")"
		return
	}
	f.Evidence = &Evidence{Query: q, Checked: true, Count: r.n, Estimate: r.est}
	switch {
	case p.eval != nil:
		f.Severity, f.Text, f.cleared = p.eval(r.n, r.est)
	case r.n == 0:
		f.Severity, f.Text, f.cleared = Info, p.clear, true
	case p.foundGroups != nil:
		f.Severity, f.Text = p.hit, p.foundGroups(r.groups)
	default:
		f.Severity, f.Text = p.hit, p.found(r.n, r.est)
	}
	if p.timeZone {
		if tz := l.timeZone(ctx); tz != "" {
			f.Text += " (" + tz + ")"
		}
	}
}

func (l *live) cached(ctx context.Context, key string, run func() result) result {
	if r, ok := l.cache[key]; ok {
		return r
	}
	r := run()
	l.cache[key] = r
	return r
}

func isTimeout(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "statement timeout") || strings.Contains(s, "max_statement_time") ||
		strings.Contains(s, "maximum statement execution time") || strings.Contains(s, "interrupted")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// number runs one bounded read-only query that returns one number.
func (l *live) number(ctx context.Context, q string) (int64, error) {
	var n sql.NullInt64
	err := l.query(ctx, q, func(rows *sql.Rows) error {
		if rows.Next() {
			return rows.Scan(&n)
		}
		return rows.Err()
	})
	return n.Int64, err
}

// query runs q in a read-only transaction with the dialect's statement
// timeout: PostgreSQL SET LOCAL statement_timeout, MariaDB SET STATEMENT
// max_statement_time, MySQL the MAX_EXECUTION_TIME hint, SQLite a context
// deadline (the driver interrupts the query). The transaction is always
// rolled back.
func (l *live) query(ctx context.Context, q string, scan func(*sql.Rows) error) error {
	ctx, cancel := context.WithTimeout(ctx, l.timeout+2*time.Second)
	if l.d == dburl.SQLite {
		cancel()
		ctx, cancel = context.WithTimeout(context.Background(), l.timeout)
	}
	defer cancel()
	tx, err := l.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: l.d != dburl.SQLite})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ms := max(l.timeout.Milliseconds(), 1) // 0 would mean no timeout
	switch l.d {
	case dburl.Postgres:
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("SET LOCAL statement_timeout = %d", ms)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("SET LOCAL lock_timeout = %d", ms)); err != nil {
			return err
		}
	case dburl.MySQL:
		if l.mariadb {
			q = fmt.Sprintf("SET STATEMENT max_statement_time = %g FOR %s", l.timeout.Seconds(), q)
		} else if rest, ok := strings.CutPrefix(q, "SELECT "); ok {
			q = fmt.Sprintf("SELECT /*+ MAX_EXECUTION_TIME(%d) */ %s", ms, rest)
		}
	}
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	if err := scan(rows); err != nil {
		return err
	}
	return rows.Close()
}

// grouped runs a groups probe: rows of (column, value, count).
func (l *live) grouped(ctx context.Context, q string) result {
	var r result
	r.err = l.query(ctx, q, func(rows *sql.Rows) error {
		for rows.Next() {
			var g group
			if err := rows.Scan(&g.column, &g.label, &g.n); err != nil {
				return err
			}
			r.groups = append(r.groups, g)
			r.n += g.n
		}
		return rows.Err()
	})
	return r
}

// rowCount counts a table's rows, or reads the planner's estimate when
// the statistics say it is big.
func (l *live) rowCount(ctx context.Context, t string) result {
	var est string
	switch l.d {
	case dburl.Postgres:
		est = fmt.Sprintf("SELECT coalesce((SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)), -1)", literal(ident(l.d, t)))
	case dburl.MySQL:
		est = fmt.Sprintf("SELECT coalesce((SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s), -1)", sqlsafe.Literal(dburl.MySQL, t))
	}
	if est != "" {
		if n, err := l.number(ctx, est); err == nil && n >= bigTable {
			return result{n: n, est: true}
		}
	}
	n, err := l.number(ctx, "SELECT count(*) FROM "+ident(l.d, t))
	return result{n: n, err: err}
}

func (l *live) timeZone(ctx context.Context) string {
	var q, name string
	switch l.d {
	case dburl.Postgres:
		q, name = "SELECT current_setting('TimeZone')", "TimeZone"
	case dburl.MySQL:
		q, name = "SELECT @@SESSION.time_zone", "time_zone"
	default:
		return ""
	}
	var tz string
	err := l.query(ctx, q, func(rows *sql.Rows) error {
		if rows.Next() {
			return rows.Scan(&tz)
		}
		return rows.Err()
	})
	if err != nil {
		return ""
	}
	return fmt.Sprintf("the session's %s is %s", name, tz)
}

// strings runs a query that returns one string per row.
func (l *live) strings(ctx context.Context, q string) ([]string, error) {
	var out []string
	err := l.query(ctx, q, func(rows *sql.Rows) error {
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				return err
			}
			out = append(out, s)
		}
		return rows.Err()
	})
	return out, err
}

// mysqlMode: without strict mode, MySQL does not fail where DF102 and
// DF106 say it will; it stores zero values and truncates instead.
func (l *live) mysqlMode(ctx context.Context, rep *Report) {
	if l.d != dburl.MySQL {
		return
	}
	modes, err := l.strings(ctx, "SELECT @@SESSION.sql_mode")
	if err != nil || len(modes) == 0 || strings.Contains(modes[0], "STRICT_") {
		return
	}
	for i := range rep.Flags {
		f := &rep.Flags[i]
		if f.Down || f.cleared {
			continue
		}
		switch f.Code {
		case DF102:
			f.Code, f.Severity, f.Guard = SD103, Error, nil
			f.Text = fmt.Sprintf("sql_mode is not strict (%q): %s.%s becomes NOT NULL and MySQL stores zero values in place of NULLs, without an error; %s", modes[0], f.Table, f.Column, f.Text)
		case DF106:
			f.Code, f.Severity = SD102, Error
			f.Text = fmt.Sprintf("sql_mode is not strict (%q): MySQL truncates instead of failing; %s", modes[0], f.Text)
		}
	}
}

// sqliteRebuilds: a rebuilt table loses its triggers and the CHECKs the
// models do not carry (SD105).
func (l *live) sqliteRebuilds(ctx context.Context, rep *Report) {
	if l.d != dburl.SQLite {
		return
	}
	var extra []Flag
	for _, f := range rep.Flags {
		if f.Code != RW105 {
			continue
		}
		trg, err := l.strings(ctx, fmt.Sprintf("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s ORDER BY name", literal(f.Table)))
		if err == nil && len(trg) > 0 {
			extra = append(extra, Flag{Code: SD105, Severity: Error, Table: f.Table, Change: f.Change, Part: f.Part,
				Text: fmt.Sprintf("%s: the rebuild drops trigger %s and does not re-create it", f.Table, strings.Join(trg, ", "))})
		}
		sqls, err := l.strings(ctx, fmt.Sprintf("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = %s", literal(f.Table)))
		m, _ := f.Change.(*schema.ModifyTable)
		if err == nil && len(sqls) == 1 && m != nil && len(m.T.Checks()) == 0 && strings.Contains(strings.ToUpper(sqls[0]), "CHECK") {
			extra = append(extra, Flag{Code: SD105, Severity: Error, Table: f.Table, Change: f.Change, Part: f.Part,
				Text: fmt.Sprintf("%s: the table has CHECK constraints the models do not carry; the rebuild creates it from the models and loses them", f.Table)})
		}
	}
	rep.Flags = insertAfter(rep.Flags, extra)
}

// published: changing the primary key of a table in a publication
// changes its replica identity (BC107).
func (l *live) published(ctx context.Context, rep *Report) {
	if l.d != dburl.Postgres {
		return
	}
	pubs, err := l.strings(ctx, "SELECT DISTINCT tablename || ' ' || pubname FROM pg_publication_tables WHERE schemaname = current_schema() ORDER BY 1")
	if err != nil || len(pubs) == 0 {
		return
	}
	var extra []Flag
	for _, f := range rep.Flags {
		if f.Down {
			continue
		}
		m, ok := f.Change.(*schema.ModifyTable)
		if !ok || f.Code != TX103 && f.Code != DF101 && f.Code != LK103 {
			continue
		}
		for _, p := range m.Changes {
			switch p.(type) {
			case *schema.AddPrimaryKey, *schema.ModifyPrimaryKey, *schema.DropPrimaryKey:
			default:
				continue
			}
			for _, tp := range pubs {
				t, pub, _ := strings.Cut(tp, " ")
				if t == m.T.Name && !hasCode(extra, BC107, t) {
					extra = append(extra, Flag{Code: BC107, Severity: Warning, Table: t, Change: m, Part: p,
						Text: fmt.Sprintf("%s is in publication %s: changing its primary key changes its replica identity; subscribers must follow", t, pub)})
				}
			}
		}
	}
	rep.Flags = insertAfter(rep.Flags, extra)
}

func hasCode(flags []Flag, c Code, t string) bool {
	for _, f := range flags {
		if f.Code == c && f.Table == t {
			return true
		}
	}
	return false
}

// insertAfter puts each extra flag after the last flag of its change.
func insertAfter(flags, extra []Flag) []Flag {
	for _, x := range extra {
		at := len(flags)
		for i, f := range flags {
			if f.Change == x.Change {
				at = i + 1
			}
		}
		flags = append(flags[:at], append([]Flag{x}, flags[at:]...)...)
	}
	return flags
}

// outside lists what the database holds that the models do not describe.
func (l *live) outside(ctx context.Context) []string {
	var qs []string
	switch l.d {
	case dburl.Postgres:
		ns := "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
		qs = []string{
			"SELECT 'view ' || viewname FROM pg_views WHERE schemaname = current_schema() ORDER BY 1",
			"SELECT 'materialized view ' || matviewname FROM pg_matviews WHERE schemaname = current_schema() ORDER BY 1",
			"SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') ORDER BY 1",
			"SELECT 'trigger ' || t.tgname || ' on ' || c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid " + ns + " AND NOT t.tgisinternal ORDER BY 1",
			"SELECT 'sequence ' || c.relname FROM pg_class c " + ns + " AND c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')) ORDER BY 1",
			"SELECT 'policy ' || policyname || ' on ' || tablename FROM pg_policies WHERE schemaname = current_schema() ORDER BY 1",
			"SELECT 'partitioned table ' || c.relname FROM pg_class c " + ns + " AND c.relkind = 'p' ORDER BY 1",
			"SELECT 'partition ' || c.relname FROM pg_class c " + ns + " AND c.relispartition ORDER BY 1",
			"SELECT CASE t.typtype WHEN 'e' THEN 'enum type ' ELSE 'domain ' END || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema() AND t.typtype IN ('e', 'd') ORDER BY 1",
		}
	case dburl.MySQL:
		qs = []string{
			"SELECT CONCAT('view ', TABLE_NAME) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1",
			"SELECT CONCAT(LOWER(ROUTINE_TYPE), ' ', ROUTINE_NAME) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY 1",
			"SELECT CONCAT('trigger ', TRIGGER_NAME, ' on ', EVENT_OBJECT_TABLE) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY 1",
			"SELECT CONCAT('event ', EVENT_NAME) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE() ORDER BY 1",
			"SELECT DISTINCT CONCAT('partitioned table ', TABLE_NAME) FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND PARTITION_NAME IS NOT NULL ORDER BY 1",
		}
		if l.mariadb {
			qs = append(qs, "SELECT CONCAT('sequence ', TABLE_NAME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE' ORDER BY 1")
		}
	case dburl.SQLite:
		qs = []string{"SELECT type || ' ' || name || CASE WHEN type = 'trigger' THEN ' on ' || tbl_name ELSE '' END FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY 1"}
	}
	var out []string
	for _, q := range qs {
		s, err := l.strings(ctx, q)
		if err != nil {
			out = append(out, "(could not list: "+oneLine(err.Error())+")")
			continue
		}
		out = append(out, s...)
	}
	return out
}
