package migrate

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or writes it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./migrate/ -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test ./migrate/ -update rewrites it):\n%s", path, lineDiff(string(want), got))
	}
}

// lineDiff shows the lines that differ, marked - (want) and + (got).
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, wl, gl)
		}
	}
	return b.String()
}

var mergeRevisions = map[string]string{
	"aaaa00000001_base.sql":  revFileMsg("aaaa00000001", "<base>", "base", "CREATE TABLE a (x integer);", "DROP TABLE a;"),
	"bbbb00000002_left.sql":  revFileMsg("bbbb00000002", "aaaa00000001", "left", "CREATE TABLE b (x integer);", "DROP TABLE b;"),
	"cccc00000003_right.sql": revFileMsg("cccc00000003", "aaaa00000001", "right", "CREATE TABLE c (x integer);", "DROP TABLE c;"),
	"dddd00000004_merge.sql": revFileMsg("dddd00000004", "cccc00000003, bbbb00000002", "merge", "", ""),
	"eeee00000005_index.sql": nonTxFile("eeee00000005", "dddd00000004", "index concurrently", "CREATE INDEX CONCURRENTLY i ON a (x);"),
}

func TestOfflineSQL(t *testing.T) {
	tests := []struct {
		golden    string
		dialect   dburl.Dialect
		files     map[string]string
		direction string
		from, to  string
	}{
		{"offline/postgres_upgrade.sql", dburl.Postgres, threeRevisions, "upgrade", "", "head"},
		{"offline/postgres_upgrade_range.sql", dburl.Postgres, threeRevisions, "upgrade", "a1a1", "+1"},
		{"offline/postgres_downgrade.sql", dburl.Postgres, threeRevisions, "downgrade", "head", "base"},
		{"offline/sqlite_upgrade.sql", dburl.SQLite, threeRevisions, "upgrade", "base", "head"},
		{"offline/mysql_upgrade.sql", dburl.MySQL, threeRevisions, "upgrade", "", "head"},
		{"offline/postgres_merge.sql", dburl.Postgres, mergeRevisions, "upgrade", "", "heads"},
		{"offline/postgres_merge_downgrade.sql", dburl.Postgres, mergeRevisions, "downgrade", "heads", "base"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			g, err := LoadDir(writeFiles(t, tt.files))
			if err != nil {
				t.Fatal(err)
			}
			r := &Runner{Dialect: tt.dialect, Graph: g}
			var b strings.Builder
			if err := r.SQL(&b, tt.direction, tt.from, tt.to); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, b.String())
		})
	}
}

func TestOfflineSQLErrors(t *testing.T) {
	r := &Runner{Dialect: dburl.Postgres, Graph: graphOf(t, "aaaa", "bbbb<aaaa")}
	tests := []struct{ direction, from, to, want string }{
		{"downgrade", "", "base", "downgrade with --sql requires <fromrev>:<torev>"},
		{"upgrade", "zzzz", "head", "Can't locate revision identified by 'zzzz'"},
		{"sideways", "", "head", `direction "sideways": want upgrade or downgrade`},
		{"upgrade", "bbbb", "aaaa", "Destination aaaa is not a valid upgrade target from current head(s): it is below bbbb; use downgrade to go down"},
		// A range that goes backwards is an error, not an empty script.
		{"upgrade", "head", "base", "Destination base is not a valid upgrade target from current head(s): it is below bbbb; use downgrade to go down"},
		{"downgrade", "base", "head", "Destination head (bbbb) is not a valid downgrade target from current head(s): it is not below <base>; use upgrade to go up"},
		{"downgrade", "aaaa", "bbbb", "Destination bbbb is not a valid downgrade target from current head(s): it is not below aaaa; use upgrade to go up"},
		{"upgrade", "aaaa", "zzzz", "Can't locate revision identified by 'zzzz'"},
		{"downgrade", "head", "zzzz", "Can't locate revision identified by 'zzzz'"},
		{"upgrade", "aaaa", "", "Can't locate revision identified by ''; please ensure at least four characters are present for partial revision identifier matches"},
		{"upgrade", "aaaa", "+0", "Relative revision +0 moves no migration; use +1 or more"},
	}
	for _, tt := range tests {
		var out, log strings.Builder
		r.Log = &log
		err := r.SQL(&out, tt.direction, tt.from, tt.to)
		if err == nil || err.Error() != tt.want {
			t.Errorf("SQL(%s, %q, %q) error = %v, want %q", tt.direction, tt.from, tt.to, err, tt.want)
		}
		if out.Len() > 0 || log.Len() > 0 {
			t.Errorf("SQL(%s, %q, %q) wrote %q and logged %q, want nothing", tt.direction, tt.from, tt.to, out.String(), log.String())
		}
	}
}

// TestOfflineSQLEmptyRange: a range that starts where it ends is no
// error; the script is empty and stderr says why.
func TestOfflineSQLEmptyRange(t *testing.T) {
	tests := []struct{ direction, from, to, want string }{
		{"upgrade", "head", "head", "Nothing to upgrade from bbbb (head) to head: the script holds no revision\n"},
		{"downgrade", "aaaa", "aaaa", "Nothing to downgrade from aaaa to aaaa: the script holds no revision\n"},
		{"downgrade", "base", "base", "Nothing to downgrade from <base> to base: the script holds no revision\n"},
	}
	for _, tt := range tests {
		var out, log strings.Builder
		r := &Runner{Dialect: dburl.Postgres, Graph: graphOf(t, "aaaa", "bbbb<aaaa"), Log: &log}
		if err := r.SQL(&out, tt.direction, tt.from, tt.to); err != nil {
			t.Errorf("SQL(%s, %q, %q): %v", tt.direction, tt.from, tt.to, err)
		}
		if out.Len() > 0 || log.String() != tt.want {
			t.Errorf("SQL(%s, %q, %q) wrote %q and logged %q, want nothing and %q", tt.direction, tt.from, tt.to, out.String(), log.String(), tt.want)
		}
	}
}
