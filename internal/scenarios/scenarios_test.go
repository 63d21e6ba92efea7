// Package scenarios runs whole applications through autogen: each app's v1
// models are built by GORM's AutoMigrate and seeded, then autogen writes,
// applies and reverts the v1 -> v2 revision, and after each step the
// database must equal (by catalog dump) one GORM builds from scratch for
// that version, with the seeded rows intact. A difference autogen cannot
// avoid is a known limit below, with its reason; any other one fails.
package scenarios

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/mysql"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/catalogdump"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// bin is the autogen binary TestMain builds once.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "autogen-scenarios-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	bin = filepath.Join(dir, "autogen")
	build := exec.Command("go", "build", "-o", bin, "./cmd/autogen")
	build.Dir = filepath.Join("..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build autogen: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// dialects are the servers every app runs on; mysql is MariaDB here.
var dialects = []string{"postgres", "sqlite", "mysql"}

// notOn lists app/dialect pairs that cannot run because GORM's own
// AutoMigrate cannot build the models there, with the reason. It sits
// beside the app contract (app_type_test.go), which it leaves as it is.
var notOn = map[string]string{
	"blog/mysql": "the models have a partial index (where:), which GORM writes as CREATE INDEX ... WHERE and MariaDB rejects",
}

// versionTables are autogen's own; GORM never makes them.
var versionTables = []string{"autogen_version", "autogen_dirty"}

func TestScenarios(t *testing.T) {
	for _, a := range apps {
		for _, d := range dialects {
			if reason, ok := notOn[a.name+"/"+d]; ok {
				t.Logf("%s/%s: not run: %s", a.name, d, reason)
				continue
			}
			if reason, ok := knownAutoMigrateErrors[a.dir+"/"+d]; ok {
				t.Logf("%s/%s: not run: GORM's AutoMigrate fails there (%s; TestAppsSelfCheckServers holds it to that)", a.name, d, reason)
				continue
			}
			t.Run(a.name+"/"+d, func(t *testing.T) {
				// t.Parallel is bounded by -parallel (GOMAXPROCS: 2 here).
				t.Parallel()
				newRun(t, a, d).all()
			})
		}
	}
}

// run is one app on one dialect.
type run struct {
	t       *testing.T
	a       app
	dialect string
	url     string // database A, the one autogen migrates
	migDir  string
	before  []string // the keep queries' v1 rows, read before the upgrade
}

func newRun(t *testing.T, a app, d string) *run {
	return &run{t: t, a: a, dialect: d, url: freshURL(t, d), migDir: t.TempDir()}
}

// all runs the steps in order; a step that fails (known or not) stops the
// ones that depend on it.
func (r *run) all() {
	r.build(r.url, r.a.v1Models(), true)
	r.before = r.keep(true)
	steps := []struct {
		name string
		do   func() string
	}{
		{"check-v1", func() string { return r.check("v1", 0) }},
		{"check-v2", func() string { return r.check("v2", 1) }},
		{"revision", r.revision},
		{"hazards", r.hazards},
		{"upgrade1", func() string { return r.cli("upgrade", "v2", "head") }},
		{"up1", r.atV2},
		{"downgrade1", func() string { return r.cli("downgrade", "v2", "-1") }},
		{"down1", r.atV1},
		{"upgrade2", func() string { return r.cli("upgrade", "v2", "head") }},
		{"up2", r.atV2},
		{"downgrade2", func() string { return r.cli("downgrade", "v2", "-1") }},
		{"down2", r.atV1},
	}
	for _, s := range steps {
		// A step that only looks (hazards, the state after a move) leaves
		// the database as it was, so the run goes on after it fails.
		looks := s.name == "hazards" || strings.HasPrefix(s.name, "up") && !strings.HasPrefix(s.name, "upgrade") || strings.HasPrefix(s.name, "down") && !strings.HasPrefix(s.name, "downgrade")
		if !r.step(s.name, s.do) && !looks {
			return
		}
	}
}

// step runs one step and weighs its failure against the known limits. It
// reports whether the run may go on.
func (r *run) step(name string, do func() string) bool {
	key := r.a.name + "/" + r.dialect + "/" + name
	reason, known := knownLimits[key]
	msg := do()
	switch {
	case msg == "" && known:
		r.t.Errorf("%s: listed as a known limit (%s) but it passed: remove the entry", key, reason)
		return true
	case msg == "":
		return true
	case known:
		r.t.Logf("%s: known limit: %s\n%s", key, reason, firstLines(msg, 40))
		return false
	default:
		r.t.Errorf("%s:\n%s\nmigration file:\n%s", key, msg, r.migration())
		return false
	}
}

// check runs `autogen check` with version v's models and wants code.
func (r *run) check(v string, want int) string {
	out, code := r.exec("check", v)
	if code != want {
		return fmt.Sprintf("autogen check (%s models) exited %d, want %d:\n%s", v, code, want, out)
	}
	return ""
}

func (r *run) revision() string {
	out, code := r.exec("revision", "v2", "--autogenerate", "-m", "v2")
	if code != 0 {
		return fmt.Sprintf("autogen revision exited %d:\n%s", code, out)
	}
	if r.migration() == "" {
		return "autogen revision wrote no file:\n" + out
	}
	return ""
}

// hazards compares the codes of the file's "-- hazard: CODE: text" lines
// with the app's list, and with the file's own summary: a flag counted
// there must have its line before the statement it is about.
func (r *run) hazards() string {
	file := r.migration()
	got, summary := hazardCodes(file), summaryCodes(file)
	want := r.a.hazards(r.dialect)
	var msgs []string
	if !sameCodes(got, want) {
		msgs = append(msgs, fmt.Sprintf("hazards flagged:\n  got  %q\n  want %q", got, want))
	}
	if !sameCodes(got, summary) {
		msgs = append(msgs, fmt.Sprintf("hazard lines and the file's summary disagree:\n  lines   %q\n  summary %q", got, summary))
	}
	return strings.Join(msgs, "\n")
}

// codes splits a space-separated list of hazard codes.
func codes(list string) []string { return strings.Fields(list) }

func sameCodes(a, b []string) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}

// cli runs a migrate command and wants exit 0.
func (r *run) cli(cmd, v string, args ...string) string {
	out, code := r.exec(cmd, v, args...)
	if code != 0 {
		return fmt.Sprintf("autogen %s %s exited %d:\n%s", cmd, strings.Join(args, " "), code, out)
	}
	return ""
}

// atV2 holds after an upgrade: A equals GORM's v2, the kept rows are
// there, and autogen sees the v2 models in sync.
func (r *run) atV2() string {
	if msg := r.sameAs(r.a.v2Models()); msg != "" {
		return msg
	}
	if msg := r.sameRows(r.keep(false)); msg != "" {
		return msg
	}
	return r.check("v2", 0)
}

// atV1 holds after a downgrade.
func (r *run) atV1() string {
	if msg := r.sameAs(r.a.v1Models()); msg != "" {
		return msg
	}
	if msg := r.sameRows(r.keep(true)); msg != "" {
		return msg
	}
	// With the revision in --dir, check refuses a database at base
	// ("Target database is not up to date"); the question here is whether
	// the v1 models match, so it gets a directory without the revision.
	dir := r.migDir
	r.migDir = r.t.TempDir()
	defer func() { r.migDir = dir }()
	return r.check("v1", 0)
}

// sameAs compares A's dump with a fresh database GORM builds from models.
func (r *run) sameAs(models []any) string {
	other := freshURL(r.t, r.dialect)
	r.build(other, models, false)
	got, want := r.dump(r.url), r.dump(other)
	if got == want {
		return ""
	}
	return "catalog of the migrated database (-) differs from GORM's AutoMigrate (+):\n" + lineDiff(got, want)
}

func (r *run) sameRows(after []string) string {
	var b strings.Builder
	for i, c := range r.a.keep {
		if after[i] != r.before[i] {
			q := c.v2
			if q == "" {
				q = c.v1
			}
			fmt.Fprintf(&b, "keep %d (%s):\n%s", i, q, lineDiff(r.before[i], after[i]))
		}
	}
	return b.String()
}

// keep runs the keep queries of v1 (or v2) on A.
func (r *run) keep(v1 bool) []string {
	db := r.open(r.url)
	defer db.Close()
	var out []string
	for _, c := range r.a.keep {
		q := c.v1
		if !v1 && c.v2 != "" {
			q = c.v2
		}
		out = append(out, rowsText(r.t, db, q))
	}
	return out
}

// dump reads a database's catalog through the oracle; the only call of it.
func (r *run) dump(url string) string {
	db := r.open(url)
	defer db.Close()
	s, err := dumpDB(context.Background(), db, dumpOptions{Dialect: r.dialect, Exclude: versionTables})
	if err != nil {
		r.t.Fatalf("dump %s: %v", r.dialect, err)
	}
	if r.dialect == "sqlite" {
		// GORM writes a table's foreign keys in map order: the CREATE
		// TABLE text of two AutoMigrate runs need not agree. What the
		// text means is on the dump's other lines, which stay.
		return catalogdump.SQLiteSemantics(s)
	}
	return s
}

// build runs GORM's AutoMigrate of models (and the seed) on url.
func (r *run) build(url string, models []any, seed bool) {
	r.t.Helper()
	gdb := r.gorm(url)
	sqlDB, _ := gdb.DB()
	defer sqlDB.Close()
	if err := gdb.AutoMigrate(models...); err != nil {
		r.t.Fatalf("AutoMigrate on %s: %v", r.dialect, err)
	}
	if seed {
		if err := r.a.seed(gdb); err != nil {
			r.t.Fatalf("seed on %s: %v", r.dialect, err)
		}
	}
}

// gorm opens url with GORM's own driver for the dialect, as an app would.
func (r *run) gorm(url string) *gorm.DB {
	r.t.Helper()
	var dial gorm.Dialector
	switch r.dialect {
	case "postgres":
		dial = postgres.Open(url)
	case "sqlite":
		dial = sqlite.Open(strings.TrimPrefix(url, "sqlite://") + "?_pragma=foreign_keys(1)")
	case "mysql":
		u, err := dburl.Parse(url)
		if err != nil {
			r.t.Fatal(err)
		}
		dial = mysql.Open(u.DSN)
	}
	gdb, err := gorm.Open(dial, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		r.t.Fatalf("gorm.Open %s: %v", r.dialect, err)
	}
	return gdb
}

// open gives a fresh connection pool each time: pgx caches statement plans
// by text, and a plan made before an ALTER would fail after it.
func (r *run) open(url string) *sql.DB {
	db, err := r.gorm(url).DB()
	if err != nil {
		r.t.Fatal(err)
	}
	return db
}

// exec runs the autogen binary with version v's models against A.
func (r *run) exec(cmd, v string, args ...string) (string, int) {
	argv := []string{cmd, "--db", r.url, "--dir", r.migDir, "--models", "./" + filepath.Join("apps", r.a.dir, v)}
	models := r.a.v1Models
	if v == "v2" {
		models = r.a.v2Models
	}
	for _, n := range typeNames(models()) {
		argv = append(argv, "--model", n)
	}
	argv = append(argv, args...)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := exec.CommandContext(ctx, bin, argv...)
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, &out
	err := c.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return out.String(), 0
	case errors.As(err, &ee):
		return out.String(), ee.ExitCode()
	default:
		r.t.Fatalf("run autogen: %v", err)
		return "", -1
	}
}

// migration is the text of the revision file, or "" before there is one.
func (r *run) migration() string {
	files, _ := filepath.Glob(filepath.Join(r.migDir, "*.sql"))
	sort.Strings(files)
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			r.t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}

func freshURL(t *testing.T, d string) string {
	switch d {
	case "postgres":
		return testdb.Postgres(t)
	case "mysql":
		return testdb.MySQL(t)
	default:
		return testdb.SQLite(t.TempDir())
	}
}

// hazardCodes lists each code of the "-- hazard: CODE: text" lines once,
// sorted.
func hazardCodes(file string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range strings.Split(file, "\n") {
		rest, ok := strings.CutPrefix(l, "-- hazard: ")
		if !ok {
			continue
		}
		code, _, _ := strings.Cut(rest, ":")
		if !seen[code] {
			seen[code] = true
			out = append(out, code)
		}
	}
	sort.Strings(out)
	return out
}

// summaryCodes reads the codes in the parentheses of the file's
// "-- Hazards: 2 errors (DL101, DL102), ..." lines, each once, sorted.
func summaryCodes(file string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range strings.Split(file, "\n") {
		rest, ok := strings.CutPrefix(l, "-- Hazards: ")
		if !ok {
			continue
		}
		for _, part := range strings.Split(rest, "(")[1:] {
			list, _, _ := strings.Cut(part, ")")
			for _, c := range strings.Split(list, ",") {
				if c = strings.TrimSpace(c); c != "" && !seen[c] {
					seen[c] = true
					out = append(out, c)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// rowsText prints a query's rows, one a line, columns joined by " | ".
func rowsText(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for i, v := range vals {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(valueText(v))
		}
		b.WriteString("\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return b.String()
}

func valueText(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return string(x)
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano)
	default:
		return fmt.Sprint(x)
	}
}

// lineDiff prints the lines only in a with "-" and only in b with "+",
// in order (both sides are sorted dumps or ordered rows).
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	inA, inB := count(al), count(bl)
	var out strings.Builder
	for _, l := range al {
		if inB[l] > 0 {
			inB[l]--
			continue
		}
		fmt.Fprintf(&out, "- %s\n", l)
	}
	inB = count(bl)
	for _, l := range bl {
		if inA[l] > 0 {
			inA[l]--
			continue
		}
		fmt.Fprintf(&out, "+ %s\n", l)
	}
	return out.String()
}

func count(lines []string) map[string]int {
	m := map[string]int{}
	for _, l := range lines {
		m[l]++
	}
	return m
}

func firstLines(s string, n int) string {
	l := strings.SplitN(s, "\n", n+1)
	if len(l) > n {
		l = append(l[:n], "...")
	}
	return strings.Join(l, "\n")
}

// typeNames lists the Go type names of the models handed to AutoMigrate,
// which autogen gets as --model, so both sides take the same structs.
func typeNames(values []any) []string {
	var out []string
	for _, v := range values {
		t := reflect.TypeOf(v)
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		out = append(out, t.Name())
	}
	return out
}
