// Package testdb gives tests a database of their own on the machine's real
// servers: a fresh PostgreSQL or MySQL/MariaDB database (created here,
// dropped at cleanup) or a SQLite file in the test's temporary directory.
//
// Outside CI a test whose server cannot be reached is skipped with a line
// saying how to run it; with CI=true it fails instead, never skips.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/lib/pq" // registers "postgres"

	"github.com/autogen-dev/autogen/dburl" // its MySQL DSN builder registers "mysql"
)

// PostgresAdmin is the maintenance URL used to create and drop test
// databases; AUTOGEN_TEST_POSTGRES overrides it.
func PostgresAdmin() string {
	if u := os.Getenv("AUTOGEN_TEST_POSTGRES"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
}

// TB is the part of testing.TB the helpers use, so testscript's Setup can
// call them too.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
	Skipf(format string, args ...any)
	Cleanup(func())
}

// Postgres creates a fresh database and returns its postgres:// URL. The
// database is dropped when the test ends.
func Postgres(t TB) string {
	return fresh(t, "PostgreSQL", NewPostgres)
}

// NewPostgres creates a fresh database and returns its URL and a function
// that drops it.
func NewPostgres() (url string, drop func(), err error) {
	return newDatabase(PostgresAdmin(), `CREATE DATABASE "%s"`, `DROP DATABASE IF EXISTS "%s" WITH (FORCE)`)
}

// MySQLAdmin is the URL used to create and drop MySQL or MariaDB test
// databases; AUTOGEN_TEST_MYSQL overrides it.
func MySQLAdmin() string {
	if u := os.Getenv("AUTOGEN_TEST_MYSQL"); u != "" {
		return u
	}
	return "mysql://root@127.0.0.1:3306/mysql"
}

// MySQL creates a fresh MySQL or MariaDB database and returns its mysql://
// URL. The database is dropped when the test ends.
func MySQL(t TB) string {
	return fresh(t, "MySQL", NewMySQL)
}

// NewMySQL creates a fresh MySQL or MariaDB database and returns its URL
// and a function that drops it.
func NewMySQL() (url string, drop func(), err error) {
	return newDatabase(MySQLAdmin(), "CREATE DATABASE `%s`", "DROP DATABASE IF EXISTS `%s`")
}

// fresh makes a database with create for the test and drops it at cleanup.
func fresh(t TB, server string, create func() (string, func(), error)) string {
	t.Helper()
	url, drop, err := create()
	if err != nil {
		unreachable(t, server, err)
		return ""
	}
	t.Cleanup(drop)
	return url
}

// newDatabase connects to the admin URL, creates a database with a unique
// name (createSQL and dropSQL take it for %s) and returns its URL.
func newDatabase(adminURL, createSQL, dropSQL string) (url string, drop func(), err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	u, err := dburl.Parse(adminURL)
	if err != nil {
		return "", nil, err
	}
	admin, err := dburl.Open(ctx, u)
	if err != nil {
		return "", nil, err
	}
	name := "autogen_test_" + randomSuffix()
	if _, err := admin.ExecContext(ctx, fmt.Sprintf(createSQL, name)); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("create database %s: %w", name, err)
	}
	drop = func() {
		defer admin.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		admin.ExecContext(ctx, fmt.Sprintf(dropSQL, name))
	}
	return withDatabase(adminURL, name), drop, nil
}

// SQLite returns a sqlite:// URL of a new file in the test's temporary
// directory.
func SQLite(dir string) string {
	return "sqlite://" + filepath.Join(dir, "test.db")
}

func withDatabase(adminURL, name string) string {
	scheme, rest, _ := strings.Cut(adminURL, "://")
	host, query, _ := strings.Cut(rest, "?")
	if i := strings.Index(host, "/"); i >= 0 {
		host = host[:i]
	}
	u := scheme + "://" + host + "/" + name
	if query != "" {
		u += "?" + query
	}
	return u
}

func randomSuffix() string {
	b := make([]byte, 6)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func unreachable(t TB, server string, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not reachable (CI=true, so this fails): %v", server, err)
		return
	}
	t.Skipf("%s is not reachable: %v; start it (see README, Tests) or set CI=true to make this a failure", server, err)
}

// Open opens a test database URL, failing the test if it cannot, and
// closes it when the test ends.
func Open(t TB, raw string) *sql.DB {
	t.Helper()
	u, err := dburl.Parse(raw)
	if err != nil {
		t.Fatalf("%v", err)
	}
	db, err := dburl.Open(context.Background(), u)
	if err != nil {
		t.Fatalf("%v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Exec runs a script of statements separated by ";" at line ends.
func Exec(t TB, db *sql.DB, script string) {
	t.Helper()
	for _, stmt := range strings.Split(script, ";\n") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
}
