package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ariga.io/atlas/sql/schema"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
	"github.com/autogen-dev/autogen/introspect"
	"github.com/autogen-dev/autogen/render"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"autogen": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScriptPostgres runs every CLI script in testdata/script against a
// fresh PostgreSQL database of its own.
func TestScriptPostgres(t *testing.T) {
	testscript.Run(t, scriptParams(t, dburl.Postgres))
}

// TestScriptSQLite runs every CLI script against a fresh SQLite file.
func TestScriptSQLite(t *testing.T) {
	testscript.Run(t, scriptParams(t, dburl.SQLite))
}

// TestScriptMySQL runs every CLI script against a fresh MySQL or MariaDB
// database of its own.
func TestScriptMySQL(t *testing.T) {
	testscript.Run(t, scriptParams(t, dburl.MySQL))
}

func scriptParams(t *testing.T, d dburl.Dialect) testscript.Params {
	repo := repoRoot(t)
	return testscript.Params{
		Dir:                 filepath.Join(repo, "testdata", "script"),
		RequireExplicitExec: false,
		Setup: func(e *testscript.Env) error {
			return setupScript(e, repo, d)
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "postgres", "sqlite", "mysql":
				return cond == string(d), nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"sql":          cmdSQL,
			"schema":       cmdSchema,
			"insert-after": cmdInsertAfter,
		},
	}
}

func setupScript(e *testscript.Env, repo string, d dburl.Dialect) error {
	e.Setenv("REPO", repo)
	for _, k := range []string{"GOPATH", "GOMODCACHE", "GOCACHE", "GOROOT", "PATH"} {
		if v := goEnv(k); v != "" {
			e.Setenv(k, v)
		}
	}
	// Model packages in scripts are modules of their own: resolve their
	// requirements from the module cache only, never the network.
	e.Setenv("GOFLAGS", "-mod=mod")
	e.Setenv("GOPROXY", "off")
	if data, err := os.ReadFile(filepath.Join(repo, "go.sum")); err == nil {
		os.WriteFile(filepath.Join(e.WorkDir, "go.sum"), data, 0o644)
	}
	switch d {
	case dburl.Postgres:
		url, drop, err := testdb.NewPostgres()
		if err != nil {
			if os.Getenv("CI") == "true" {
				return fmt.Errorf("PostgreSQL is not reachable (CI=true): %w", err)
			}
			e.T().Skip("PostgreSQL is not reachable; start it or set AUTOGEN_TEST_POSTGRES: ", err)
		}
		e.Defer(drop)
		e.Setenv("DATABASE_URL", url)
	case dburl.MySQL:
		url, drop, err := testdb.NewMySQL()
		if err != nil {
			if os.Getenv("CI") == "true" {
				return fmt.Errorf("MySQL is not reachable (CI=true): %w", err)
			}
			e.T().Skip("MySQL is not reachable; start it or set AUTOGEN_TEST_MYSQL: ", err)
		}
		e.Defer(drop)
		e.Setenv("DATABASE_URL", url)
	case dburl.SQLite:
		e.Setenv("DATABASE_URL", "sqlite://"+filepath.Join(e.WorkDir, "app.db"))
	}
	return nil
}

func goEnv(k string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	// GOROOT is left to the go command found on PATH.
	switch k {
	case "GOPATH":
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, "go")
		}
	case "GOCACHE":
		if dir, err := os.UserCacheDir(); err == nil {
			return filepath.Join(dir, "go-build")
		}
	}
	return ""
}

func repoRoot(t *testing.T) string {
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// openScriptDB opens the script's DATABASE_URL.
func openScriptDB(ts *testscript.TestScript) (*sql.DB, dburl.Dialect) {
	u, err := dburl.Parse(ts.Getenv("DATABASE_URL"))
	ts.Check(err)
	db, err := dburl.Open(context.Background(), u)
	ts.Check(err)
	return db, u.Dialect
}

// cmdSQL runs one SQL statement on the script's database and prints the
// rows it returns, tab-separated, one line each.
func cmdSQL(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: sql 'STATEMENT'")
	}
	db, _ := openScriptDB(ts)
	defer db.Close()
	rows, err := db.Query(args[0])
	if err == nil {
		err = printRows(ts, rows)
	}
	if neg {
		if err == nil {
			ts.Fatalf("sql succeeded unexpectedly")
		}
		fmt.Fprintln(ts.Stderr(), err)
		return
	}
	ts.Check(err)
}

func printRows(ts *testscript.TestScript, rows *sql.Rows) error {
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		out := make([]string, len(cols))
		for i, v := range vals {
			out[i] = "NULL"
			if v.Valid {
				out[i] = v.String
			}
		}
		fmt.Fprintln(ts.Stdout(), strings.Join(out, "\t"))
	}
	return rows.Err()
}

// cmdSchema prints the database's schema as the DDL that would create it,
// so a script can compare schemas before and after a round trip.
func cmdSchema(ts *testscript.TestScript, neg bool, args []string) {
	db, d := openScriptDB(ts)
	defer db.Close()
	s, err := introspect.Schema(context.Background(), db, d, introspect.Options{})
	ts.Check(err)
	// SQLite lists tables in creation order, which a rebuild changes.
	slices.SortFunc(s.Tables, func(a, b *schema.Table) int { return strings.Compare(a.Name, b.Name) })
	// A column dropped and added back comes last: PostgreSQL cannot put it
	// where it was, and the order is no part of what a round trip keeps.
	for _, t := range s.Tables {
		slices.SortFunc(t.Columns, func(a, b *schema.Column) int { return strings.Compare(a.Name, b.Name) })
	}
	stmts, err := render.Plan(addTables(s), d)
	ts.Check(err)
	for _, st := range stmts {
		fmt.Fprintf(ts.Stdout(), "%s;\n", st.SQL)
	}
}

// cmdInsertAfter inserts the content of a file after the first line of
// another file equal to a marker: scripts use it to hand-edit a revision.
func cmdInsertAfter(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: insert-after FILE MARKER SOURCE")
	}
	path := ts.MkAbs(args[0])
	data, err := os.ReadFile(path)
	ts.Check(err)
	insert := ts.ReadFile(args[2])
	lines := strings.SplitAfter(string(data), "\n")
	for i, l := range lines {
		if strings.TrimRight(l, "\n") == args[1] {
			out := strings.Join(lines[:i+1], "") + insert + strings.Join(lines[i+1:], "")
			ts.Check(os.WriteFile(path, []byte(out), 0o644))
			return
		}
	}
	ts.Fatalf("%s has no line %q", args[0], args[1])
}
