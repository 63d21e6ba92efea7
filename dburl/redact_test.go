package dburl

import (
	"context"
	"net/url"
	"strings"
	"testing"
)

// hostile is a password with every character a URL gives a meaning to.
const hostile = `p@ss:w/rd%'"`

// leaks reports the spelling of pw that text shows, or "".
func leaks(text, pw string) string {
	for _, s := range []string{pw, url.QueryEscape(pw), url.PathEscape(pw)} {
		if strings.Contains(text, s) {
			return s
		}
	}
	return ""
}

func TestRedactHostile(t *testing.T) {
	enc := url.QueryEscape(hostile)
	tests := []struct{ in, want, pw string }{
		// Unencoded: url.Parse fails on it, and the userinfo still ends
		// at the last "@".
		{"postgres://u:" + hostile + "@127.0.0.1:5432/x", "postgres://u:xxxxx@127.0.0.1:5432/x", hostile},
		{"mysql://u:" + hostile + "@127.0.0.1:3306/x", "mysql://u:xxxxx@127.0.0.1:3306/x", hostile},
		{"postgres://u:" + enc + "@h/x?sslmode=disable", "postgres://u:xxxxx@h/x?sslmode=disable", hostile},
		// A "/" that makes url.Parse read the password as a port and path.
		{"postgres://u:12/ab@h/x", "postgres://u:xxxxx@h/x", "12/ab"},
		{"postgres://u:pa#ss@h/x", "postgres://u:xxxxx@h/x", "pa#ss"},
		{"postgres://u:pa?ss@h/x?sslmode=disable", "postgres://u:xxxxx@h/x?sslmode=disable", "pa?ss"},
		// password= parameters, raw and encoded, wherever they are.
		{"postgres://u@h/x?password=" + hostile, "postgres://u@h/x?password=xxxxx", hostile},
		{"postgres://u@h/x?password=" + enc + "&sslmode=disable", "postgres://u@h/x?password=xxxxx&sslmode=disable", hostile},
		{"mysql://u@h/x?timeout=1s&PASSWORD=S3cr3tPassw0rd", "mysql://u@h/x?timeout=1s&PASSWORD=xxxxx", "S3cr3tPassw0rd"},
		{"postgres://u@h/x?pass%77ord=S3cr3tPassw0rd", "postgres://u@h/x?pass%77ord=xxxxx", "S3cr3tPassw0rd"},
		{"postgres://u@h/x?password=a&b#c&sslmode=disable", "postgres://u@h/x?password=xxxxx&sslmode=disable", "a&b#c"},
		{"sqlite://app.db?password=S3cr3tPassw0rd", "sqlite://app.db?password=xxxxx", "S3cr3tPassw0rd"},
		{"postgres://u:S3cr3tPassw0rd@h/x?application_name=a@b&password=Other0ne", "postgres://u:xxxxx@b&password=xxxxx", "Other0ne"},
		// go-sql-driver/mysql's DSN, as parseMySQL builds it.
		{"root:" + hostile + "@tcp(127.0.0.1:3306)/app?parseTime=true", "root:xxxxx@tcp(127.0.0.1:3306)/app?parseTime=true", hostile},
		// No password: unchanged.
		{"postgres://u@h/x?sslmode=disable", "postgres://u@h/x?sslmode=disable", ""},
		{"postgres://u:@h/x", "postgres://u:@h/x", ""},
		{"sqlite:///abs/dir:1/a@b.db", "sqlite:///abs/dir:1/a@b.db", ""},
		{"postgres://u@h/x?password=", "postgres://u@h/x?password=", ""},
	}
	for _, tt := range tests {
		got := Redact(tt.in)
		if got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if tt.pw != "" && leaks(got, tt.pw) != "" {
			t.Errorf("Redact(%q) = %q shows the password", tt.in, got)
		}
	}
}

// Secrets lists what a message may show of the password: the encoded
// spellings, the decoded one, and the %q-escaped one.
func TestSecrets(t *testing.T) {
	enc := url.QueryEscape(hostile)
	for _, in := range []string{
		"postgres://u:" + hostile + "@h/x",
		"postgres://u:" + enc + "@h/x",
		"mysql://u:" + url.PathEscape(hostile) + "@h/x",
		"postgres://u@h/x?password=" + enc,
		"postgres://u@h/x?sslmode=disable&password=" + hostile,
	} {
		secrets := Secrets(in)
		for _, want := range []string{hostile, url.QueryEscape(hostile), url.PathEscape(hostile), `p@ss:w/rd%'\"`} {
			found := false
			for _, s := range secrets {
				found = found || s == want
			}
			if !found {
				t.Errorf("Secrets(%q) = %q, missing %q", in, secrets, want)
			}
		}
		for i := 1; i < len(secrets); i++ {
			if len(secrets[i]) > len(secrets[i-1]) {
				t.Errorf("Secrets(%q) = %q, not longest first", in, secrets)
			}
		}
	}
	if s := Secrets("postgres://u@h/x?sslmode=disable"); len(s) != 0 {
		t.Errorf("Secrets of a URL without a password = %q", s)
	}
}

// The errors of Parse and Open never show the password, however it is
// spelled, and name the URL redacted.
func TestErrorsHideHostilePassword(t *testing.T) {
	enc := url.QueryEscape(hostile)
	tests := []struct{ in, want string }{
		{"postgres://u:" + hostile + "@127.0.0.1:1/x", `"postgres://u:xxxxx@127.0.0.1:1/x"`},
		{"mysql://u:" + hostile + "@127.0.0.1:1/x", `"mysql://u:xxxxx@127.0.0.1:1/x"`},
		{"postgres://u:" + hostile + "@127.0.0.1:1", `"postgres://u:xxxxx@127.0.0.1:1"`},
		{"postgres://u:" + hostile + "@127.0.0.1:1/x", "must percent-encode"},
		{"postgres://u@127.0.0.1:1/x?password=" + hostile, "must percent-encode"},
		{"sqlite://app.db?password=" + hostile, "password=xxxxx"},
		{"mysql://u@127.0.0.1:1/x?password=" + hostile, "password=xxxxx"},
		{"mysql://u:" + enc + "@127.0.0.1:1/x?timeout=soon", "u:xxxxx@127.0.0.1:1"},
		{"sqlite://?password=" + enc, "password=xxxxx"},
		{"sqlite://u:" + enc + "@app.db", "takes no user or password"},
		{"oracle://u:" + hostile + "@h/x", "u:xxxxx@h/x"},
		{"u:" + hostile + "@h/x", "u:xxxxx@h/x"},
		{"postgres://u:" + enc + "@127.0.0.1:1/x?sslmode=disable", "connect to database postgres://u:xxxxx@127.0.0.1:1/x"},
		{"postgres://u@127.0.0.1:1/x?sslmode=disable&password=" + enc, "password=xxxxx"},
		{"mysql://u:" + enc + "@127.0.0.1:1/x?timeout=2s", "connect to database mysql://u:xxxxx@127.0.0.1:1/x"},
		{"mysql://u@127.0.0.1:1/x?timeout=2s&password=" + enc, "password=xxxxx"},
	}
	for _, tt := range tests {
		u, err := Parse(tt.in)
		if err == nil {
			var db interface{ Close() error }
			db, err = Open(context.Background(), u)
			if err == nil {
				db.Close()
				t.Errorf("Open(%q) succeeded", tt.in)
				continue
			}
		}
		// net/url quotes the part that failed to parse, such as %'".
		if s := leaks(err.Error(), hostile); s != "" || strings.Contains(err.Error(), `%'`) {
			t.Errorf("%q: error shows the password as %q: %v", tt.in, s, err)
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error = %v, want it to contain %q", tt.in, err, tt.want)
		}
	}
}
