package main

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// TestHostileNames sends names built from SQL's quote and comment
// characters through models -> revision -> upgrade -> check -> a second
// revision -> downgrade base, on each dialect. The catalog is read with
// plain catalog queries (no introspect, diff or Atlas): after each upgrade
// it holds exactly the tables, columns, indexes and comments the models
// name, and a canary table, which every name tries to drop, keeps its
// row. AUTOGEN_HOSTILE_ROUNDS raises the number of random rounds.
func TestHostileNames(t *testing.T) {
	rounds := 2
	if n, err := strconv.Atoi(os.Getenv("AUTOGEN_HOSTILE_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.SQLite, dburl.MySQL} {
		t.Run(string(d), func(t *testing.T) {
			for seed := 1; seed <= rounds; seed++ {
				t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) {
					hostileRound(t, d, uint64(seed))
				})
			}
		})
	}
}

// hostilePieces are joined into names: quotes of every dialect, statement
// ends, comment starts, escapes, the guards' dollar tag, sqlsafe's
// placeholder marker, non-ASCII letters.
var hostilePieces = []string{
	`"`, "`", `'`, `;`, `--`, `/*`, `*/`, `\`, `$autogen$`, `%s`, `)`, `(`,
	` `, `é`, `日本`, `zqagph0z`, `x" (id int); DROP TABLE canary; --`,
	"x`; DROP TABLE canary; -- ", `x'); DROP TABLE canary; --`, `a`, `b`, `_`,
}

// hostileModel is one generated model: a table with four named columns,
// two named indexes, a comment and a foreign key to the model before it.
type hostileModel struct {
	goName, table    string
	cols             [3]string
	index, unique    string
	comment          string
	parent           *hostileModel
	addedCol, check1 string
	def              string // the default of column E, a text
}

func hostileRound(t *testing.T, d dburl.Dialect, seed uint64) {
	r := rand.New(rand.NewPCG(seed, uint64(len(d))))
	dir := t.TempDir()
	var url string
	switch d {
	case dburl.Postgres:
		url = testdb.Postgres(t)
	case dburl.MySQL:
		url = testdb.MySQL(t)
	default:
		url = testdb.SQLite(dir)
	}
	db := testdb.Open(t, url)
	testdb.Exec(t, db, "CREATE TABLE canary (id integer PRIMARY KEY, note varchar(20));\nINSERT INTO canary VALUES (1, 'alive')")

	seen := map[string]bool{}
	var ms []*hostileModel
	for i := range 3 {
		m := &hostileModel{goName: fmt.Sprintf("M%d", i), table: hostileName(r, d, seen, i == 0)}
		for !derivable(d, "fk_"+m.table+"_parent") {
			m.table = hostileName(r, d, seen, i == 0)
		}
		for j := range m.cols {
			m.cols[j] = hostileName(r, d, seen, false)
		}
		for !derivable(d, "chk_"+m.table+"_"+m.cols[2]) {
			m.cols[2] = hostileName(r, d, seen, false)
		}
		// GORM reads index names from the raw tag split at every ";"
		// (schema/index.go), escaped or not: an index name has none.
		m.index = strings.ReplaceAll(hostileName(r, d, seen, false), ";", "_")
		m.unique = strings.ReplaceAll(hostileName(r, d, seen, false), ";", "_")
		m.addedCol = hostileName(r, d, seen, false)
		m.comment = hostileText(r)
		m.def = hostileDefault(r)
		if i > 0 {
			m.parent = ms[i-1]
		}
		ms = append(ms, m)
	}
	t.Logf("names: %s", describeModels(ms))

	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/hostile\n\ngo 1.26\n"), 0o644)
	pkg := filepath.Join(dir, "models")
	os.MkdirAll(pkg, 0o755)
	flags := []string{"--db=" + url, "--models=" + pkg, "--exclude=canary", "--dir=" + filepath.Join(dir, "migrations")}
	step := func(args ...string) string {
		t.Helper()
		code, out, errOut := autogen(t, dir, append(args, flags...)...)
		if code != 0 {
			t.Fatalf("autogen %s: exit %d\n%s\n%s\nnames: %s", strings.Join(args, " "), code, out, errOut, describeModels(ms))
		}
		return out
	}

	writeHostileModels(t, pkg, d, ms, false)
	step("revision", "--autogenerate", "-m", "one")
	step("upgrade", "head")
	assertHostileCatalog(t, db, d, ms, false)
	assertHostileDefaults(t, db, d, ms)
	step("check")

	writeHostileModels(t, pkg, d, ms, true)
	step("revision", "--autogenerate", "-m", "two")
	step("upgrade", "head")
	assertHostileCatalog(t, db, d, ms, true)
	step("check")

	step("downgrade", "-1")
	assertHostileCatalog(t, db, d, ms, false)
	step("downgrade", "base")
	tables := catalogTables(t, db, d)
	if !slices.Equal(tables, []string{"autogen_version", "canary"}) {
		t.Errorf("after downgrade base the tables are %q, want only autogen_version and canary", tables)
	}
	var note string
	if err := db.QueryRow("SELECT note FROM canary WHERE id = 1").Scan(&note); err != nil || note != "alive" {
		t.Errorf("canary row: %q, %v; want it untouched", note, err)
	}

	// The offline scripts hold the same SQL: replayed by the server's own
	// multi-statement exec on a fresh database, upgrade --sql builds the
	// v2 catalog and downgrade --sql takes it back, canary untouched.
	replay := freshHostileDB(t, d, dir)
	testdb.Exec(t, replay, "CREATE TABLE canary (id integer PRIMARY KEY, note varchar(20));\nINSERT INTO canary VALUES (1, 'alive')")
	runScript(t, replay, step("upgrade", "--sql", "head"))
	assertHostileCatalog(t, replay, d, ms, true)
	assertHostileDefaults(t, replay, d, ms)
	runScript(t, replay, step("downgrade", "--sql", "head:base"))
	if tables := catalogTables(t, replay, d); !slices.Equal(tables, []string{"autogen_version", "canary"}) {
		t.Errorf("after downgrade --sql head:base the tables are %q, want only autogen_version and canary", tables)
	}
	if err := replay.QueryRow("SELECT note FROM canary WHERE id = 1").Scan(&note); err != nil || note != "alive" {
		t.Errorf("canary row after the offline scripts: %q, %v; want it untouched", note, err)
	}
}

// freshHostileDB opens a second empty database of the dialect, on MySQL
// with multi-statement exec, which autogen's own connections never use.
func freshHostileDB(t *testing.T, d dburl.Dialect, dir string) *sql.DB {
	switch d {
	case dburl.Postgres:
		return testdb.Open(t, testdb.Postgres(t))
	case dburl.MySQL:
		return testdb.Open(t, testdb.MySQL(t)+"?multiStatements=true")
	}
	replay := filepath.Join(dir, "replay")
	if err := os.MkdirAll(replay, 0o755); err != nil {
		t.Fatal(err)
	}
	return testdb.Open(t, testdb.SQLite(replay))
}

// runScript runs a whole script in one Exec: the drivers split it with the
// server's own parser, so no name can fool a splitter written here.
func runScript(t *testing.T, db *sql.DB, script string) {
	t.Helper()
	if _, err := db.Exec(script); err != nil {
		t.Fatalf("offline script: %v\n%s", err, script)
	}
}

// assertHostileDefaults inserts a row that leaves column E out and reads
// back the default the database filled in.
func assertHostileDefaults(t *testing.T, db *sql.DB, d dburl.Dialect, ms []*hostileModel) {
	t.Helper()
	for _, m := range ms {
		tb, a, e := quoteIdent(d, m.table), quoteIdent(d, m.cols[0]), quoteIdent(d, "e")
		if _, err := db.Exec(fmt.Sprintf("INSERT INTO %s (%s) VALUES ('probe')", tb, a)); err != nil {
			t.Fatalf("insert into %q: %v", m.table, err)
		}
		var got string
		if err := db.QueryRow(fmt.Sprintf("SELECT %s FROM %s WHERE %s = 'probe'", e, tb, a)).Scan(&got); err != nil {
			t.Fatalf("read the default of %q.e: %v", m.table, err)
		}
		if got != m.def {
			t.Errorf("default of %q.e = %q, want %q", m.table, got, m.def)
		}
		if _, err := db.Exec(fmt.Sprintf("DELETE FROM %s WHERE %s = 'probe'", tb, a)); err != nil {
			t.Fatal(err)
		}
	}
}

// hostileName returns a new name of hostile pieces, within the dialect's
// limits: PostgreSQL keeps 63 bytes, MySQL 64 characters with no trailing
// space and no characters outside the BMP; MySQL compares column names
// without case. long asks for a name at the limit.
func hostileName(r *rand.Rand, d dburl.Dialect, seen map[string]bool, long bool) string {
	limit := 40 // MariaDB spells non-ASCII table names in file names, which have their own limit
	if d == dburl.Postgres {
		limit = 63
	}
	for {
		var b strings.Builder
		b.WriteString("n")
		for n := 1 + r.IntN(4); n > 0 || long; n-- {
			p := hostilePieces[r.IntN(len(hostilePieces))]
			if size(d, b.String()+p) > limit {
				break
			}
			b.WriteString(p)
		}
		name := strings.TrimRight(b.String(), " ")
		// "," ends an index name in GORM's tag grammar.
		name = strings.ReplaceAll(tagSafe(name), ",", "_")
		key := strings.ToLower(name)
		if !seen[key] && !strings.HasSuffix(name, `\`) && size(d, name) <= limit {
			seen[key] = true
			return name
		}
	}
}

// derivable reports whether a name GORM's NamingStrategy derives (chk_,
// fk_) reaches the database as GORM wrote it. GORM shortens a name of
// more characters than the dialect's limit (63 on PostgreSQL, 64
// elsewhere) by cutting bytes, which may split a character (autogen
// refuses that name, as the server would); PostgreSQL cuts a name it
// kept at 63 bytes (autogen flags that, SD106).
func derivable(d dburl.Dialect, name string) bool {
	limit := 64
	if d == dburl.Postgres {
		limit = 63
	}
	if utf8.RuneCountInString(name) > limit {
		return utf8.ValidString(name[:limit-8])
	}
	return d != dburl.Postgres || len(name) <= 63
}

func size(d dburl.Dialect, s string) int {
	if d == dburl.Postgres {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// hostileText is a comment: quotes, escapes and a newline.
func hostileText(r *rand.Rand) string {
	var b strings.Builder
	for range 2 + r.IntN(4) {
		b.WriteString(hostilePieces[r.IntN(len(hostilePieces))])
	}
	b.WriteString("\nsecond line '")
	return tagSafe(b.String())
}

// hostileDefault is a string default GORM writes as a quoted literal:
// no parentheses (GORM would take the value as SQL), no backslash (GORM
// writes it unescaped, and MySQL would read it as an escape), and letters
// at both ends (GORM trims quotes and spaces there).
func hostileDefault(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("d")
	for range 2 + r.IntN(4) {
		p := hostilePieces[r.IntN(len(hostilePieces))]
		if !strings.ContainsAny(p, `()\`) {
			b.WriteString(p)
		}
	}
	b.WriteString("z")
	return b.String()
}

// tagSafe keeps what GORM's tag grammar (schema.ParseTagSetting) cannot
// carry out of a text: a "\" before ";" is read as its escape, and \"
// as ".
func tagSafe(s string) string {
	return strings.NewReplacer(`\;`, `\_;`, `\"`, `\_"`).Replace(s)
}

func describeModels(ms []*hostileModel) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%q %q %q", m.table, m.cols, []string{m.index, m.unique, m.addedCol}))
	}
	return strings.Join(parts, "; ")
}

// tagValue escapes a name for GORM's tag grammar: ";" separates settings.
func tagValue(s string) string {
	return strings.ReplaceAll(s, ";", `\;`)
}

// writeHostileModels writes the models package; v2 adds a column to each
// model and widens its third column.
func writeHostileModels(t *testing.T, pkg string, d dburl.Dialect, ms []*hostileModel, v2 bool) {
	var b strings.Builder
	b.WriteString("package models\n")
	for _, m := range ms {
		third := "int32"
		if v2 {
			third = "int64"
		}
		fmt.Fprintf(&b, "\ntype %s struct {\n\tID uint\n", m.goName)
		field := func(name, typ, tag string) {
			fmt.Fprintf(&b, "\t%s %s %s\n", name, typ, strconv.Quote("gorm:"+strconv.Quote(tag)))
		}
		field("A", "string", "column:"+tagValue(m.cols[0])+";size:100;index:"+tagValue(m.index))
		field("B", "int", "column:"+tagValue(m.cols[1])+";uniqueIndex:"+tagValue(m.unique)+";comment:"+tagValue(m.comment))
		field("C", third, "column:"+tagValue(m.cols[2])+";check:"+tagValue(quoteIdent(d, m.cols[2])+" >= 0"))
		field("E", "string", "size:100;default:"+tagValue(m.def))
		if v2 {
			field("D", "string", "column:"+tagValue(m.addedCol))
		}
		if m.parent != nil {
			fmt.Fprintf(&b, "\tParentID uint\n\tParent *%s\n", m.parent.goName)
		}
		fmt.Fprintf(&b, "}\n\nfunc (%s) TableName() string { return %s }\n", m.goName, strconv.Quote(m.table))
	}
	if err := os.WriteFile(filepath.Join(pkg, "models.go"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// quoteIdent is written out here, not taken from sqlsafe: the test must
// not share the code it checks.
func quoteIdent(d dburl.Dialect, s string) string {
	if d == dburl.MySQL {
		return "`" + strings.ReplaceAll(s, "`", "``") + "`"
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// assertHostileCatalog compares the catalog with the models: the tables,
// each table's columns, its named indexes and the comment.
func assertHostileCatalog(t *testing.T, db *sql.DB, d dburl.Dialect, ms []*hostileModel, v2 bool) {
	t.Helper()
	want := []string{"autogen_version", "canary"}
	for _, m := range ms {
		want = append(want, m.table)
	}
	slices.Sort(want)
	if got := catalogTables(t, db, d); !slices.Equal(got, want) {
		t.Fatalf("tables:\n got %q\nwant %q", got, want)
	}
	for _, m := range ms {
		cols := []string{"id", "e", m.cols[0], m.cols[1], m.cols[2]}
		if v2 {
			cols = append(cols, m.addedCol)
		}
		if m.parent != nil {
			cols = append(cols, "parent_id")
		}
		slices.Sort(cols)
		if got := catalogStrings(t, db, columnsQuery(d), m.table); !slices.Equal(got, cols) {
			t.Errorf("columns of %q:\n got %q\nwant %q", m.table, got, cols)
		}
		idx := catalogStrings(t, db, indexesQuery(d), m.table)
		for _, name := range []string{m.index, m.unique} {
			if !slices.Contains(idx, name) {
				t.Errorf("indexes of %q: %q lacks %q", m.table, idx, name)
			}
		}
		if d != dburl.SQLite {
			got := catalogStrings(t, db, commentQuery(d), m.table, m.cols[1])
			if len(got) != 1 || got[0] != m.comment {
				t.Errorf("comment of %q.%q: %q, want %q", m.table, m.cols[1], got, m.comment)
			}
		}
	}
}

func catalogTables(t *testing.T, db *sql.DB, d dburl.Dialect) []string {
	t.Helper()
	switch d {
	case dburl.Postgres:
		return catalogStrings(t, db, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")
	case dburl.MySQL:
		return catalogStrings(t, db, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'autogen_dirty' ORDER BY 1")
	}
	return catalogStrings(t, db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
}

func columnsQuery(d dburl.Dialect) string {
	switch d {
	case dburl.Postgres:
		return "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY 1"
	case dburl.MySQL:
		return "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? ORDER BY 1"
	}
	return "SELECT name FROM pragma_table_info(?) ORDER BY 1"
}

func indexesQuery(d dburl.Dialect) string {
	switch d {
	case dburl.Postgres:
		return "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 ORDER BY 1"
	case dburl.MySQL:
		return "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? ORDER BY 1"
	}
	return "SELECT name FROM pragma_index_list(?) ORDER BY 1"
}

func commentQuery(d dburl.Dialect) string {
	if d == dburl.Postgres {
		return "SELECT col_description(c.oid, a.attnum) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = $1 AND a.attname = $2"
	}
	return "SELECT column_comment FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?"
}

func catalogStrings(t *testing.T, db *sql.DB, q string, args ...any) []string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s sql.NullString
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s.String)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}
