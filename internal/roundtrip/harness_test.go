package roundtrip

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/hint"
	"github.com/autogen-dev/autogen/internal/testdb"
	"github.com/autogen-dev/autogen/introspect"
	"github.com/autogen-dev/autogen/migrate"
	"github.com/autogen-dev/autogen/render"
)

// change is one round-trip case.
type change struct {
	name string
	// v1 and v2 are the SQL of the two schemas, for every dialect unless
	// a dialect has its own in byDialect; a dialect with neither skips.
	v1, v2    string
	byDialect map[dburl.Dialect][2]string
	// seed runs after v1 (INSERTs); rows is a query over untouched data
	// whose output must be the same before the upgrade, after it and after
	// the downgrade. rowsUp, when set, replaces it after the upgrade (a
	// rename moves the data).
	seed         []string
	rows, rowsUp string
	// hints attaches rename hints to the v2 schema, as models would.
	hints func(s *schema.Schema)
	// types reads PostgreSQL's enum types too: introspect leaves them out,
	// since the models cannot declare them.
	types bool
	// check, when set, runs after the upgrade (stage "upgrade") and after
	// the downgrade ("downgrade"), for what the schema comparison cannot
	// see: it reads the catalog directly, not through introspect.
	check func(t *testing.T, db *sql.DB, d dburl.Dialect, stage string)
	// ddl names tables whose CREATE statement in sqlite_master must be,
	// after the upgrade, the one v2 creates them with and after the
	// downgrade v1's, up to whitespace and quoting; such a case then goes
	// up and down a second time.
	ddl []string
}

func (c change) sql(d dburl.Dialect) (v1, v2 string, ok bool) {
	if p, ok := c.byDialect[d]; ok {
		return p[0], p[1], p[0] != "" || p[1] != ""
	}
	return c.v1, c.v2, c.v1 != "" || c.v2 != ""
}

// keep is a table no case touches: its rows must survive every trip.
const keep = "CREATE TABLE keep (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(20));\n"

var keepSeed = []string{"INSERT INTO keep (id, v) VALUES (1, 'one')", "INSERT INTO keep (id, v) VALUES (2, 'two')"}

func runDialect(t *testing.T, d dburl.Dialect, newURL func(t *testing.T) string) {
	for _, c := range append(slices.Clone(cases), probeCases...) {
		v1, v2, ok := c.sql(d)
		if !ok {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			roundTrip(t, d, c, keep+v1, keep+v2, newURL)
		})
	}
}

func TestPostgres(t *testing.T) {
	runDialect(t, dburl.Postgres, func(t *testing.T) string { return testdb.Postgres(t) })
}

func TestMySQL(t *testing.T) {
	runDialect(t, dburl.MySQL, func(t *testing.T) string { return testdb.MySQL(t) })
}

func TestSQLite(t *testing.T) {
	runDialect(t, dburl.SQLite, func(t *testing.T) string { return testdb.SQLite(t.TempDir()) })
}

func roundTrip(t *testing.T, d dburl.Dialect, c change, v1, v2 string, newURL func(t *testing.T) string) {
	ctx := context.Background()
	db := testdb.Open(t, newURL(t))
	testdb.Exec(t, db, v1)
	for _, s := range append(slices.Clone(keepSeed), c.seed...) {
		testdb.Exec(t, db, s)
	}
	start := inspect(t, db, d, c.types)
	startDump := dump(t, start, d)
	var check oracleCheck
	v1Oracle := oracle(t, db, d)
	rows := query(t, db, "SELECT id, v FROM keep ORDER BY id")
	caseRows := ""
	if c.rows != "" {
		caseRows = query(t, db, c.rows)
	}

	scratch := testdb.Open(t, newURL(t))
	testdb.Exec(t, scratch, v2)
	want := inspect(t, scratch, d, c.types)
	v2Oracle := oracle(t, scratch, d)
	if v1Oracle == v2Oracle {
		// The judge must see what the case changes, or its agreement
		// after the trip says nothing.
		t.Errorf("catalogdump gives v1 and v2 the same dump:\n%s", v1Oracle)
	}
	if c.hints != nil {
		c.hints(want)
	}

	up := diffOf(t, start, want, d)
	down := diffOf(t, want, start, d)
	if len(up) == 0 || len(down) == 0 {
		if v1Oracle == v2Oracle {
			t.Fatalf("the case changes nothing: up %v, down %v", diff.Describe(up), diff.Describe(down))
		}
		// autogen sees no change where the catalogs differ: a blind
		// spot, which only the independent dump can show.
		check.compare(fmt.Sprintf("autogen's diff is empty (up %v, down %v) though v1 and v2 differ (- v2, + v1)",
			diff.Describe(up), diff.Describe(down)), v1Oracle, v2Oracle)
		check.report(t, d, c, "")
		return
	}
	dir := t.TempDir()
	writeRevision(t, dir, d, up, down)
	graph, err := migrate.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := &migrate.Runner{DB: db, Dialect: d, Graph: graph}
	ddl1, ddl2 := masterSQL(t, db, c.ddl), masterSQL(t, scratch, c.ddl)
	if len(c.ddl) > 0 {
		// A first trip up and down; the checks below see the second.
		if err := r.Upgrade(ctx, "head"); err != nil {
			t.Fatalf("first upgrade: %v\n%s", err, fileText(t, dir))
		}
		checkDDL(t, db, "after the first upgrade", c.ddl, ddl2, dir)
		if err := r.Downgrade(ctx, "base"); err != nil {
			t.Fatalf("first downgrade: %v\n%s", err, fileText(t, dir))
		}
		checkDDL(t, db, "after the first downgrade", c.ddl, ddl1, dir)
	}
	if err := r.Upgrade(ctx, "head"); err != nil {
		t.Fatalf("upgrade: %v\n%s", err, fileText(t, dir))
	}
	checkDDL(t, db, "after the upgrade", c.ddl, ddl2, dir)
	after := inspect(t, db, d, c.types)
	check.compare("after the upgrade (- fresh v2, + upgraded)", oracle(t, db, d), v2Oracle)
	if again := diffOf(t, after, want, d); len(again) != 0 {
		t.Errorf("after the upgrade, diff to v2 = %v\n%s", diff.Describe(again), fileText(t, dir))
	}
	if again := diffOf(t, want, after, d); len(again) != 0 {
		t.Errorf("after the upgrade, diff from v2 = %v", diff.Describe(again))
	}
	checkRows(t, db, "after the upgrade", rows, "SELECT id, v FROM keep ORDER BY id")
	if q := cmpQuery(c.rowsUp, c.rows); q != "" {
		checkRows(t, db, "after the upgrade", caseRows, q)
	}
	if c.check != nil {
		c.check(t, db, d, "upgrade")
	}

	if err := r.Downgrade(ctx, "base"); err != nil {
		t.Fatalf("downgrade: %v\n%s", err, fileText(t, dir))
	}
	checkDDL(t, db, "after the downgrade", c.ddl, ddl1, dir)
	back := inspect(t, db, d, c.types)
	check.compare("after the downgrade (- fresh v1, + downgraded)", oracle(t, db, d), v1Oracle)
	check.report(t, d, c, fileText(t, dir))
	if again := diffOf(t, start, back, d); len(again) != 0 {
		t.Errorf("after the downgrade, diff from v1 = %v\n%s", diff.Describe(again), fileText(t, dir))
	}
	if got := dump(t, back, d); got != startDump {
		t.Errorf("after the downgrade the catalog differs from v1's:\n--- v1\n%s\n--- now\n%s\n%s", startDump, got, fileText(t, dir))
	}
	checkRows(t, db, "after the downgrade", rows, "SELECT id, v FROM keep ORDER BY id")
	if c.rows != "" {
		checkRows(t, db, "after the downgrade", caseRows, c.rows)
	}
	if c.check != nil {
		c.check(t, db, d, "downgrade")
	}
}

func cmpQuery(up, rows string) string {
	if up != "" {
		return up
	}
	return rows
}

func diffOf(t *testing.T, from, to *schema.Schema, d dburl.Dialect) []schema.Change {
	t.Helper()
	changes, err := diff.Schemas(from, to, d)
	if err != nil {
		t.Fatalf("diff: %v", err)
	}
	return changes
}

// plan plans changes as the CLI does (render.Plan puts renames first).
func plan(t *testing.T, changes []schema.Change, d dburl.Dialect) []render.Statement {
	t.Helper()
	stmts, err := render.Plan(changes, d)
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	return stmts
}

func writeRevision(t *testing.T, dir string, d dburl.Dialect, up, down []schema.Change) {
	t.Helper()
	rev := render.Revision{ID: "000000000001", Message: "round trip", Created: "2026-01-01T00:00:00Z", Dialect: string(d)}
	f := render.Native(rev, plan(t, up, d), plan(t, down, d))
	if err := os.WriteFile(filepath.Join(dir, f.Name), f.Content, 0o644); err != nil {
		t.Fatal(err)
	}
}

func fileText(t *testing.T, dir string) string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.sql"))
	var b strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		b.Write(data)
	}
	return b.String()
}

func inspect(t *testing.T, db *sql.DB, d dburl.Dialect, types bool) *schema.Schema {
	t.Helper()
	if types && d == dburl.Postgres {
		return inspectTypes(t, db)
	}
	s, err := introspect.Schema(context.Background(), db, d, introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func query(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for _, v := range vals {
			fmt.Fprintf(&b, "%s|", v.String)
		}
		b.WriteByte('\n')
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func checkRows(t *testing.T, db *sql.DB, when, want, q string) {
	t.Helper()
	if got := query(t, db, q); got != want {
		t.Errorf("%s, %s:\n%s\nwant:\n%s", when, q, got, want)
	}
}

// dump is the schema as the DDL that would create it, tables and columns
// by name: a column dropped and added back comes last, which no round trip
// can undo and no reader cares about.
func dump(t *testing.T, s *schema.Schema, d dburl.Dialect) string {
	t.Helper()
	c := *s
	c.Tables = slices.Clone(s.Tables)
	slices.SortFunc(c.Tables, func(a, b *schema.Table) int { return strings.Compare(a.Name, b.Name) })
	var changes []schema.Change
	for _, tb := range c.Tables {
		nt := *tb
		nt.Columns = slices.Clone(tb.Columns)
		slices.SortFunc(nt.Columns, func(a, b *schema.Column) int { return strings.Compare(a.Name, b.Name) })
		changes = append(changes, &schema.AddTable{T: &nt})
	}
	stmts, err := render.Plan(changes, d)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, st := range stmts {
		b.WriteString(st.SQL + ";\n")
	}
	return b.String()
}

// renamed returns a hints func that marks table's column (or the table,
// when column is "") as renamed from old.
func renamed(table, column, old string) func(*schema.Schema) {
	return func(s *schema.Schema) {
		tb, ok := s.Table(table)
		if !ok {
			panic("no table " + table)
		}
		if column == "" {
			tb.AddAttrs(&hint.RenamedFrom{Name: old})
			return
		}
		col, ok := tb.Column(column)
		if !ok {
			panic("no column " + column)
		}
		col.AddAttrs(&hint.RenamedFrom{Name: old})
	}
}

// inspectTypes reads tables and enum types with Atlas's inspector.
func inspectTypes(t *testing.T, db *sql.DB) *schema.Schema {
	t.Helper()
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	drv, err := postgres.Open(conn)
	if err != nil {
		t.Fatal(err)
	}
	s, err := drv.InspectSchema(ctx, "", &schema.InspectOptions{
		Mode:    schema.InspectTables | schema.InspectTypes,
		Exclude: []string{introspect.VersionTable},
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// masterSQL returns the CREATE statements of tables in sqlite_master,
// normalised for whitespace and quoting.
func masterSQL(t *testing.T, db *sql.DB, tables []string) []string {
	t.Helper()
	var out []string
	for _, name := range tables {
		var stmt string
		if err := db.QueryRow("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", name).Scan(&stmt); err != nil {
			t.Fatalf("sqlite_master %q: %v", name, err)
		}
		out = append(out, normalDDL(stmt))
	}
	return out
}

// normalDDL drops identifier quotes and the whitespace that does not
// separate two words: `a` ( b ,c ) and "a"(b, c) read the same.
func normalDDL(s string) string {
	s = strings.NewReplacer("`", "", `"`, "", "[", "", "]", "").Replace(s)
	fields := strings.Fields(s)
	var b strings.Builder
	for i, f := range fields {
		if i > 0 && !strings.ContainsAny(f[:1], "(),") && !strings.ContainsAny(fields[i-1][len(fields[i-1])-1:], "(,") {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return strings.NewReplacer(" (", "(", " )", ")", "( ", "(").Replace(b.String())
}

func checkDDL(t *testing.T, db *sql.DB, when string, tables, want []string, dir string) {
	t.Helper()
	got := masterSQL(t, db, tables)
	for i := range tables {
		if got[i] != want[i] {
			t.Errorf("%s, sqlite_master of %q:\n%s\nwant:\n%s\n%s", when, tables[i], got[i], want[i], fileText(t, dir))
		}
	}
}
