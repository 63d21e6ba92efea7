package main

import (
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/internal/testdb"
)

// leakPasswords are the passwords the redaction test gives: one with every
// character a URL gives a meaning to, and a plain one.
var leakPasswords = []string{`p@ss:w/rd%'"`, "S3cr3tPassw0rd"}

// leakURL is a database URL that holds a password and cannot connect.
type leakURL struct {
	name, url string
	// named is what the messages must show of the URL, redacted.
	named string
}

// leakURLs are the ways of writing a password into a URL of each dialect
// that fails to connect: a closed port, and the real servers with a
// database that does not exist.
func leakURLs(t *testing.T, pw string) []leakURL {
	var out []leakURL
	add := func(name, url, named string) {
		for _, u := range out {
			if u.url == url {
				return // the plain password is the same raw and encoded
			}
		}
		out = append(out, leakURL{name, url, named})
	}
	servers := []struct{ name, scheme, user, host, params string }{
		{"postgres-closed", "postgres", "bob", "127.0.0.1:1", "sslmode=disable&connect_timeout=5"},
		{"postgres-nodb", "postgres", "postgres", serverHost(t, testdb.PostgresAdmin()), "sslmode=disable&connect_timeout=5"},
		{"mysql-closed", "mysql", "root", "127.0.0.1:1", "timeout=5s"},
		{"mysql-nodb", "mysql", "root", serverHost(t, testdb.MySQLAdmin()), "timeout=5s"},
	}
	for _, s := range servers {
		base := s.scheme + "://" + s.user
		at := "@" + s.host + "/autogen_no_such_db?"
		for _, enc := range []struct{ name, pw string }{{"raw", pw}, {"encoded", url.QueryEscape(pw)}} {
			add(s.name+"/userinfo-"+enc.name, base+":"+enc.pw+at+s.params, base+":xxxxx"+at)
			add(s.name+"/query-"+enc.name, base+at+s.params+"&password="+enc.pw, "password=xxxxx")
		}
	}
	// SQLite has no password, but dburl passes the query to the driver,
	// and a file in a directory that does not exist cannot be opened.
	for _, enc := range []struct{ name, pw string }{{"raw", pw}, {"encoded", url.QueryEscape(pw)}} {
		add("sqlite-nodir/query-"+enc.name, "sqlite://no/such/dir/app.db?password="+enc.pw, "password=xxxxx")
		add("sqlite/userinfo-"+enc.name, "sqlite://u:"+enc.pw+"@app.db", "sqlite://u:xxxxx@")
	}
	return out
}

// serverHost is the host:port of a test server's admin URL.
func serverHost(t *testing.T, admin string) string {
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

// spellingsOf are the ways a message might show pw.
func spellingsOf(pw string) []string {
	q := strconv.Quote(pw)
	return []string{pw, url.QueryEscape(pw), url.PathEscape(pw), q[1 : len(q)-1]}
}

// leakIn reports which spelling of pw text shows, or "".
func leakIn(text, pw string) string {
	for _, s := range spellingsOf(pw) {
		if strings.Contains(text, s) {
			return s
		}
	}
	return ""
}

// No command prints a database password, nor writes it into a file or a
// file name, however the password is spelled and whichever way the URL is
// given; the errors still name the URL, redacted.
func TestPasswordsNeverShow(t *testing.T) {
	models := tinyModels(t)
	// connects are the commands that read the database: they must fail
	// and name the URL. The others only must not show it.
	connects := [][]string{
		{"current"}, {"upgrade", "head"}, {"downgrade", "-1"}, {"stamp", "head"},
		{"check"}, {"revision", "--autogenerate", "-m", "x"}, {"diff"},
	}
	offline := [][]string{{"history"}, {"heads"}, {"upgrade", "--sql", "head"}, {"models"}}
	ways := []string{"flag", "env", "config"}
	if testing.Short() {
		ways = ways[:1]
	}
	for _, pw := range leakPasswords {
		for _, u := range leakURLs(t, pw) {
			for _, way := range ways {
				t.Run(strings.ReplaceAll(pw, "/", "_")+"/"+u.name+"/"+way, func(t *testing.T) {
					dir := t.TempDir()
					os.Mkdir(filepath.Join(dir, "migrations"), 0o755)
					written := map[string]bool{}
					var flags []string
					switch way {
					case "flag":
						flags = []string{"--db", u.url}
						t.Setenv("DATABASE_URL", "")
					case "env":
						t.Setenv("DATABASE_URL", u.url)
					case "config":
						t.Setenv("DATABASE_URL", "")
						cfg := filepath.Join(dir, "autogen.toml")
						os.WriteFile(cfg, []byte("db = "+strconv.Quote(u.url)+"\n"), 0o644)
						written[cfg] = true
					}
					flags = append(flags, "--models", models)
					for _, args := range append(connects, offline...) {
						code, out, errOut := autogen(t, dir, append(args, flags...)...)
						if s := leakIn(out+errOut, pw); s != "" {
							t.Errorf("%s: the output shows the password as %q:\n%s%s", args, s, out, errOut)
						}
						if !isConnect(args, connects) {
							continue
						}
						if code == 0 {
							t.Errorf("%s: exit 0 with a database that cannot connect", args)
						}
						if !strings.Contains(errOut, u.named) {
							t.Errorf("%s: stderr does not name the URL as %q:\n%s", args, u.named, errOut)
						}
					}
					if way == "flag" {
						initDir := filepath.Join(dir, "init")
						os.Mkdir(initDir, 0o755)
						_, out, errOut := autogen(t, initDir, "init", "--db", u.url)
						if s := leakIn(out+errOut, pw); s != "" {
							t.Errorf("init: the output shows the password as %q:\n%s%s", s, out, errOut)
						}
					}
					checkFiles(t, dir, pw, written)
				})
			}
		}
	}
}

// tinyModels writes a module with one model and no imports, quick to
// load: the commands that compare load it before they report the database.
func tinyModels(t *testing.T) string {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/m\n\ngo 1.26\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "m.go"), []byte("package m\n\ntype User struct {\n\tID uint `gorm:\"primaryKey\"`\n}\n"), 0o644)
	return dir
}

func isConnect(args []string, connects [][]string) bool {
	for _, c := range connects {
		if strings.Join(c, " ") == strings.Join(args, " ") {
			return true
		}
	}
	return false
}

// checkFiles fails if a file below dir that the test did not write holds
// pw, in its name or its content.
func checkFiles(t *testing.T, dir, pw string, written map[string]bool) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Error(err)
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		if s := leakIn(rel, pw); s != "" {
			t.Errorf("a file is named with the password (%q): %s", s, rel)
		}
		if d.IsDir() || written[path] {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Error(err)
		}
		if s := leakIn(string(data), pw); s != "" {
			t.Errorf("%s holds the password as %q", rel, s)
		}
		return nil
	})
}

// The redactor hides a password split across writes, and what is left of
// an unfinished line when flushed.
func TestRedactWriter(t *testing.T) {
	var b strings.Builder
	r := &redactor{}
	r.add("postgres://u:S3cr3tPassw0rd@h/x?password=" + url.QueryEscape(leakPasswords[0]))
	w := &redactWriter{r: r, w: &b}
	for _, part := range []string{"a S3cr3t", "Passw0rd b\nc ", leakPasswords[0], " d\ne p%40ss%3Aw", "%2Frd%25%27%22"} {
		w.Write([]byte(part))
	}
	w.Flush()
	want := "a xxxxx b\nc xxxxx d\ne xxxxx"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// Only the arguments that may be URLs are taken: a message is not.
func TestURLArgs(t *testing.T) {
	got := urlArgs([]string{"revision", "-m", "note: user@host", "--db", "u:pw@h/x", "--db=sqlite://a.db", "mysql://u:pw@h/x"})
	want := []string{"u:pw@h/x", "sqlite://a.db", "mysql://u:pw@h/x"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("urlArgs = %q, want %q", got, want)
	}
}

// A URL given where a flag was meant comes back in the usage error,
// redacted.
func TestStrayURLArgument(t *testing.T) {
	raw := "postgres://bob:" + url.QueryEscape(leakPasswords[0]) + "@127.0.0.1:1/x"
	for _, args := range [][]string{{"current", raw}, {raw}, {"upgrade", "head", raw}} {
		code, out, errOut := autogen(t, t.TempDir(), args...)
		if s := leakIn(out+errOut, leakPasswords[0]); s != "" || code == 0 {
			t.Errorf("%q: exit %d, output shows %q:\n%s%s", args, code, s, out, errOut)
		}
		if !strings.Contains(errOut, "bob:xxxxx@127.0.0.1:1") {
			t.Errorf("%q: stderr does not name the URL redacted:\n%s", args, errOut)
		}
	}
}
