package dburl

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	wd, _ := filepath.Abs(".")
	tests := []struct {
		in      string
		dialect Dialect
		dsn     string
	}{
		{"postgres://u@h:5432/db?sslmode=disable", Postgres, "postgres://u@h:5432/db?sslmode=disable"},
		{"postgresql://u:pw@h/db", Postgres, "postgres://u:pw@h/db"},
		{"sqlite:///abs/app.db", SQLite, "file:/abs/app.db?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)"},
		{"sqlite://rel/app.db", SQLite, "file:" + filepath.Join(wd, "rel/app.db") + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)"},
		{"mysql://root:pw@127.0.0.1:3306/app", MySQL, "root:pw@tcp(127.0.0.1:3306)/app?parseTime=true"},
		{"mariadb://root@h:3306/app?timeout=2s", MySQL, "root@tcp(h:3306)/app?parseTime=true&timeout=2s"},
		// password= is the password, not a session variable the driver
		// would SET (SET password=... changes the user's password).
		{"mysql://root@h:3306/app?password=p%40w&timeout=2s", MySQL, "root:p@w@tcp(h:3306)/app?parseTime=true&timeout=2s"},
	}
	for _, tt := range tests {
		u, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if u.Dialect != tt.dialect || u.DSN != tt.dsn {
			t.Errorf("Parse(%q) = %s %q, want %s %q", tt.in, u.Dialect, u.DSN, tt.dialect, tt.dsn)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := map[string]string{
		"":                        "no database URL",
		"app.db":                  "want scheme://",
		"oracle://x/y":            `unknown scheme "oracle"`,
		"postgres://u:secret@h":   "no database name",
		"sqlite://":               "no file path",
		"mysql://u:secret@h:3306": "no database name",
		"mysql://u:secret@h:3306/app?password=secret": "given twice",
	}
	for in, want := range tests {
		_, err := Parse(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) error = %v, want it to contain %q", in, err, want)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("Parse(%q) error shows the password: %v", in, err)
		}
	}
}

func TestRedact(t *testing.T) {
	tests := map[string]string{
		"postgres://bob:s3cret@h:5432/db": "postgres://bob:xxxxx@h:5432/db",
		"postgres://bob@h/db":             "postgres://bob@h/db",
		"mysql://root:p%40ss@h/db":        "mysql://root:xxxxx@h/db",
		"sqlite://app.db":                 "sqlite://app.db",
		"bad url://u:pw@h%zz":             "bad url://u:xxxxx@h%zz",
	}
	for in, want := range tests {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

// An unreachable server is an error that names the URL without its
// password.
func TestOpenUnreachableRedacts(t *testing.T) {
	u, err := Parse("postgres://bob:s3cret@127.0.0.1:1/db?sslmode=disable&connect_timeout=2")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(context.Background(), u)
	if err == nil {
		t.Fatal("Open of a closed port succeeded")
	}
	if strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "bob:xxxxx@127.0.0.1:1") {
		t.Errorf("error = %q, want the URL named with its password redacted", err)
	}
}

// go-sql-driver's errors must not carry the password either, whether the
// server is unreachable or the URL is bad.
func TestOpenMySQLRedacts(t *testing.T) {
	u, err := Parse("mysql://root:s3cret@127.0.0.1:1/app?timeout=2s")
	if err != nil {
		t.Fatal(err)
	}
	if _, err = Open(context.Background(), u); err == nil {
		t.Fatal("Open of a closed port succeeded")
	}
	if strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "root:xxxxx@127.0.0.1:1") {
		t.Errorf("error = %q, want the URL named with its password redacted", err)
	}
	_, err = Parse("mysql://root:s3cret@127.0.0.1:3306/app?timeout=soon")
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("Parse with a bad driver parameter = %v, want an error without the password", err)
	}
}
