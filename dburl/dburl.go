package dburl

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	// Imported for its DSN builder, which quotes what a hand-made DSN
	// would get wrong; importing it also registers "mysql" (see doc.go).
	"github.com/go-sql-driver/mysql"
)

// Dialect names a database family. Its values are the names used in
// messages and in the config file.
type Dialect string

// The dialects autogen knows.
const (
	Postgres Dialect = "postgres"
	SQLite   Dialect = "sqlite"
	MySQL    Dialect = "mysql"
)

// ErrUnsupported is returned for a dialect autogen does not handle, such
// as a Dialect value that none of the constants above names.
var ErrUnsupported = errors.New("not supported yet")

// URL is a parsed database URL.
type URL struct {
	Dialect Dialect
	// Driver and DSN are what database/sql.Open takes.
	Driver, DSN string
	// Path is the database file for SQLite, otherwise empty.
	Path string
	raw  string
}

// String returns the URL with any password replaced by "xxxxx".
func (u *URL) String() string { return Redact(u.raw) }

// Parse reads a database URL: postgres:// or postgresql://, sqlite:///abs.db
// or sqlite://rel.db (relative to the current directory), mysql:// or
// mariadb:// (user:pass@host:3306/db; query parameters go to the driver).
func Parse(raw string) (*URL, error) {
	if strings.TrimSpace(raw) == "" {
		return nil, errors.New("no database URL: pass --db, set DATABASE_URL, or set db in the config file")
	}
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return nil, fmt.Errorf("database URL %q: want scheme://..., such as postgres://user@host:5432/db or sqlite://app.db", Redact(raw))
	}
	switch strings.ToLower(scheme) {
	case "postgres", "postgresql":
		return parsePostgres(raw)
	case "sqlite", "sqlite3":
		return parseSQLite(raw, rest)
	case "mysql", "mariadb":
		return parseMySQL(raw)
	default:
		return nil, fmt.Errorf("database URL %q: unknown scheme %q (want postgres, sqlite or mysql)", Redact(raw), scheme)
	}
}

func parsePostgres(raw string) (*URL, error) {
	// The query is checked here: lib/pq drops a parameter it cannot decode
	// without a word, a password= one too.
	u, _, err := parseURL(raw)
	if err != nil {
		return nil, err
	}
	if strings.Trim(u.Path, "/") == "" {
		return nil, fmt.Errorf("database URL %q: no database name in the path", Redact(raw))
	}
	u.Scheme = "postgres"
	return &URL{Dialect: Postgres, Driver: "postgres", DSN: u.String(), raw: raw}, nil
}

func parseSQLite(raw, rest string) (*URL, error) {
	path, query, _ := strings.Cut(rest, "?")
	if path == "" {
		return nil, fmt.Errorf("database URL %q: no file path (sqlite:///abs/path.db or sqlite://rel/path.db)", Redact(raw))
	}
	// modernc.org/sqlite reads the query too, and its error would quote
	// the part that failed.
	if _, err := url.ParseQuery(query); err != nil {
		return nil, parseError(raw, err, func(red string) error {
			_, q, _ := strings.Cut(red, "?")
			_, err := url.ParseQuery(q)
			return err
		})
	}
	// A file has no password: sqlite://u:pw@app.db would be a file named
	// with the password, made in the current directory.
	if _, ok := userinfoPassword("sqlite://"+path, nil); ok {
		return nil, fmt.Errorf("database URL %q: SQLite takes no user or password (sqlite:///abs/path.db or sqlite://rel/path.db)", Redact(raw))
	}
	// sqlite:///abs/path.db keeps its leading slash; sqlite://rel.db is
	// relative to the current directory, as in SQLAlchemy.
	if !filepath.IsAbs(path) {
		abs, err := filepath.Abs(path)
		if err != nil {
			return nil, fmt.Errorf("database URL %q: %v", Redact(raw), redactErr(err, raw))
		}
		path = abs
	}
	// Foreign keys are on for every connection, as GORM's users expect; the
	// runner turns them off around table rebuilds (see migrate).
	dsn := "file:" + path + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)"
	if query != "" {
		dsn += "&" + query
	}
	return &URL{Dialect: SQLite, Driver: "sqlite", DSN: dsn, Path: path, raw: raw}, nil
}

func parseMySQL(raw string) (*URL, error) {
	u, query, err := parseURL(raw)
	if err != nil {
		return nil, err
	}
	cfg := mysql.NewConfig()
	cfg.Net = "tcp"
	cfg.Addr = u.Host
	if u.User != nil {
		cfg.User = u.User.Username()
		cfg.Passwd, _ = u.User.Password()
	}
	// go-sql-driver reads a parameter it does not know as a session
	// variable and runs "SET password=..." on every connection, which
	// changes the user's password on MySQL. A password= parameter is the
	// password to connect with, as libpq reads it in a PostgreSQL URL.
	if pw, ok := query["password"]; ok {
		if cfg.Passwd != "" {
			return nil, fmt.Errorf("database URL %q: the password is given twice, in the userinfo and as password=", Redact(raw))
		}
		cfg.Passwd = pw[len(pw)-1]
		query.Del("password")
	}
	cfg.DBName = strings.Trim(u.Path, "/")
	// DATETIME columns scan into time.Time, as GORM's users expect.
	cfg.ParseTime = true
	// One statement per Exec: the runner reports progress statement by
	// statement, and a stray ";" in a value must not start a second one.
	cfg.MultiStatements = false
	// No charset parameter: the driver's handshake already selects utf8mb4
	// (utf8mb4_general_ci) for the connection, and a SET NAMES on every new
	// connection would cost a round trip. Tables take the database's default
	// charset and collation; autogen does not override them.
	if cfg.DBName == "" {
		return nil, fmt.Errorf("database URL %q: no database name in the path", Redact(raw))
	}
	dsn := cfg.FormatDSN()
	if len(query) > 0 {
		// Query parameters are the driver's own (tls, timeout, loc, ...):
		// let it read and check them, after ours so that they win. They
		// go re-encoded: the DSN parser takes the last "/" for the one
		// before the database name, also when it is in a value.
		c, err := mysql.ParseDSN(dsn + "&" + query.Encode())
		if err != nil {
			return nil, fmt.Errorf("database URL %q: %v", Redact(raw), redactErr(err, raw))
		}
		dsn = c.FormatDSN()
	}
	return &URL{Dialect: MySQL, Driver: "mysql", DSN: dsn, raw: raw}, nil
}

// parseURL parses raw and its query.
func parseURL(raw string) (*url.URL, url.Values, error) {
	u, query, err := parseURLQuery(raw)
	if err != nil {
		return nil, nil, parseError(raw, err, func(red string) error {
			_, _, err := parseURLQuery(red)
			return err
		})
	}
	return u, query, nil
}

func parseURLQuery(raw string) (*url.URL, url.Values, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, nil, err
	}
	query, err := url.ParseQuery(u.RawQuery)
	return u, query, err
}

// parseError is the error of a URL that did not parse. net/url quotes the
// part that failed, which may be a piece of the password, so the error is
// the redacted URL's, as reparse reads it; when that one parses, the
// password was what failed, and the error says how to write it.
func parseError(raw string, err error, reparse func(string) error) error {
	red := Redact(raw)
	if red != raw {
		if err = reparse(red); err == nil {
			return fmt.Errorf("database URL %q: the password holds a character that a URL must percent-encode, such as / ? # %% & or a quote: write it encoded, as url.QueryEscape does", red)
		}
	}
	return fmt.Errorf("database URL %q: %v", red, redactErr(err, raw))
}

// Open opens the database and checks that it answers. Every error it
// returns names the URL with its password redacted.
func Open(ctx context.Context, u *URL) (*sql.DB, error) {
	db, err := sql.Open(u.Driver, u.DSN)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %v", u, redactErr(err, u.raw))
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to database %s: %v", u, redactErr(err, u.raw))
	}
	return db, nil
}
