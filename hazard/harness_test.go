package hazard_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/internal/testdb"
	"github.com/autogen-dev/autogen/introspect"
	"github.com/autogen-dev/autogen/render"
)

// hcase is one hazard test: a current schema with rows that trigger the
// hazard, the schema the models want, and the flags expected.
type hcase struct {
	name string
	// only limits the case to some dialects; empty means all three.
	only []dburl.Dialect
	// cur and want are DDL, statements separated by ";\n". Placeholders:
	// {{id}} a serial primary key, {{ref}} the type that references it.
	cur, data, want string
	// perDialect overrides cur, data or want for one dialect.
	perDialect map[dburl.Dialect]hcase
	// edit changes the desired schema or the up changes before analysis,
	// for what DDL cannot say (names the server would cut, renames).
	editSchema func(s *schema.Schema)
	editUp     func(up []schema.Change) []schema.Change
	// nonStrict runs the MySQL current side without strict mode.
	nonStrict bool
	// expect are "CODE regexp" lines, each matched by a flag of the code
	// whose text matches; per dialect when set in perDialect.
	expect []string
	// none asserts that no upgrade flag fires.
	none bool
	// apply, when set, renders the upgrade with its guards and runs it on
	// the current side: "ok" wants every statement to succeed; anything
	// else is a regexp the first error must match.
	apply string
}

var placeholders = map[dburl.Dialect]*strings.Replacer{
	dburl.Postgres: strings.NewReplacer("{{id}}", "id bigserial PRIMARY KEY", "{{ref}}", "bigint"),
	dburl.MySQL:    strings.NewReplacer("{{id}}", "id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY", "{{ref}}", "bigint unsigned"),
	dburl.SQLite:   strings.NewReplacer("{{id}}", "id integer PRIMARY KEY AUTOINCREMENT", "{{ref}}", "integer"),
}

// side is one database of a case: its URL and an open pool.
type side struct {
	db  *sql.DB
	url string
}

// server makes databases for cases of one dialect. PostgreSQL cases share
// one database, each side in a schema of its own (search_path in the URL),
// because CREATE DATABASE costs a quarter second.
type server struct {
	d     dburl.Dialect
	pgURL string
	n     int
}

func newServer(t *testing.T, d dburl.Dialect) *server {
	s := &server{d: d}
	if d == dburl.Postgres {
		s.pgURL = testdb.Postgres(t)
	}
	return s
}

func (s *server) side(t *testing.T, nonStrict bool) side {
	t.Helper()
	var raw string
	switch s.d {
	case dburl.Postgres:
		s.n++
		name := fmt.Sprintf("s%d", s.n)
		admin := testdb.Open(t, s.pgURL)
		testdb.Exec(t, admin, "CREATE SCHEMA "+name)
		raw = s.pgURL + "?search_path=" + name
		if strings.Contains(s.pgURL, "?") {
			raw = s.pgURL + "&search_path=" + name
		}
	case dburl.MySQL:
		raw = testdb.MySQL(t)
		if nonStrict {
			raw += "?sql_mode=" + url.QueryEscape("'NO_ENGINE_SUBSTITUTION'")
		}
	case dburl.SQLite:
		s.n++
		raw = "sqlite://" + filepath.Join(t.TempDir(), fmt.Sprintf("s%d.db", s.n))
	}
	return side{db: testdb.Open(t, raw), url: raw}
}

func inspect(t *testing.T, db *sql.DB, d dburl.Dialect) *schema.Schema {
	t.Helper()
	s, err := introspect.Schema(context.Background(), db, d, introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// runCase builds both sides, diffs them both ways, analyzes and runs the
// live checks on the current side.
func runCase(t *testing.T, srv *server, c hcase) (*hazard.Report, []schema.Change, []schema.Change) {
	t.Helper()
	d := srv.d
	if o, ok := c.perDialect[d]; ok {
		if o.cur != "" {
			c.cur = o.cur
		}
		if o.data != "" {
			c.data = o.data
		}
		if o.want != "" {
			c.want = o.want
		}
		if o.expect != nil {
			c.expect = o.expect
		}
		if o.apply != "" {
			c.apply = o.apply
		}
	}
	r := placeholders[d]
	cur, want := srv.side(t, c.nonStrict), srv.side(t, false)
	testdb.Exec(t, cur.db, r.Replace(c.cur))
	testdb.Exec(t, cur.db, r.Replace(c.data))
	testdb.Exec(t, want.db, r.Replace(c.want))
	current, desired := inspect(t, cur.db, d), inspect(t, want.db, d)
	if c.editSchema != nil {
		c.editSchema(desired)
	}
	up, err := diff.Schemas(current, desired, d)
	if err != nil {
		t.Fatal(err)
	}
	if c.editUp != nil {
		up = c.editUp(up)
	}
	down, err := diff.Schemas(desired, current, d)
	if err != nil {
		t.Fatal(err)
	}
	rep := hazard.Analyze(hazard.Input{Up: up, Down: down, Current: current, Desired: desired, Dialect: d})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := hazard.Live(ctx, cur.db, rep, hazard.Options{Timeout: 5 * time.Second}); err != nil {
		t.Fatal(err)
	}
	if c.perDialect != nil {
		if o, ok := c.perDialect[d]; ok && o.expect != nil {
			c.expect = o.expect
		}
	}
	check(t, rep, c)
	if c.apply != "" {
		applyUp(t, cur.db, d, up, rep, c.apply)
	}
	return rep, up, down
}

// applyUp runs the rendered upgrade, guards first, on db, the way the
// migration would run: a guard that stops a valid migration fails here as
// surely as one that lets a failing statement through.
func applyUp(t *testing.T, db *sql.DB, d dburl.Dialect, up []schema.Change, rep *hazard.Report, want string) {
	t.Helper()
	stmts, err := render.Plan(up, d, rep.Up()...)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stmts {
		_, err := db.Exec(s.SQL)
		switch {
		case err == nil:
			continue
		case want == "ok":
			t.Fatalf("upgrade: %s: %v", s.SQL, err)
		case !regexp.MustCompile(want).MatchString(err.Error()):
			t.Fatalf("upgrade: %s: error %q does not match %q", s.SQL, err, want)
		}
		return
	}
	if want != "ok" {
		t.Fatalf("upgrade applied; want an error matching %q", want)
	}
}

func check(t *testing.T, rep *hazard.Report, c hcase) {
	t.Helper()
	if c.none && len(rep.Up()) > 0 {
		t.Errorf("want no upgrade flags, got:\n%s", dump(rep))
	}
	for _, e := range c.expect {
		code, pattern, _ := strings.Cut(e, " ")
		re := regexp.MustCompile(pattern)
		found := false
		for _, f := range rep.Flags {
			if string(f.Code) == code && re.MatchString(f.Text) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s flag matching %q; flags:\n%s", code, pattern, dump(rep))
		}
	}
}

func dump(rep *hazard.Report) string {
	var b strings.Builder
	for _, f := range rep.Flags {
		dir := "up"
		if f.Down {
			dir = "down"
		}
		fmt.Fprintf(&b, "  %s %s %s %s\n", f.Code, f.Severity, dir, f.Text)
	}
	return b.String()
}

// dialects runs fn for each dialect the case applies to, as subtests.
func forDialects(t *testing.T, cases []hcase) {
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.MySQL, dburl.SQLite} {
		t.Run(string(d), func(t *testing.T) {
			t.Parallel()
			srv := newServer(t, d)
			for _, c := range cases {
				if len(c.only) > 0 && !contains(c.only, d) {
					continue
				}
				t.Run(c.name, func(t *testing.T) { runCase(t, srv, c) })
			}
		})
	}
}

func contains(ds []dburl.Dialect, d dburl.Dialect) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}
