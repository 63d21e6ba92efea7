package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/internal/testdb"
)

// twoRevisions writes a linear history of two revisions to dir/migrations.
func twoRevisions(t *testing.T, dir string) {
	t.Helper()
	files := map[string]string{
		"a1a1a1a1a1a1_first.sql":  "-- autogen:revision a1a1a1a1a1a1\n-- autogen:revises <base>\n-- autogen:message first\n\n-- autogen:up\nCREATE TABLE t (x integer);\n\n-- autogen:down\nDROP TABLE t;\n",
		"b2b2b2b2b2b2_second.sql": "-- autogen:revision b2b2b2b2b2b2\n-- autogen:revises a1a1a1a1a1a1\n-- autogen:message second\n\n-- autogen:up\nCREATE TABLE u (x integer);\n\n-- autogen:down\nDROP TABLE u;\n",
	}
	if err := os.MkdirAll(filepath.Join(dir, "migrations"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, "migrations", name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMoveExitCodes: a move that goes the wrong way is an error (exit 1)
// with Alembic's message and no output; one that starts where it ends is
// no error, and says so on stderr.
func TestMoveExitCodes(t *testing.T) {
	dir := t.TempDir()
	twoRevisions(t, dir)
	db := "--db=" + testdb.SQLite(dir)
	tests := []struct {
		args       []string
		code       int
		stderr     string
		wantStdout bool
	}{
		{[]string{"upgrade", "--sql", "head:base"}, 1, "Destination base is not a valid upgrade target from current head(s): it is below b2b2b2b2b2b2; use downgrade to go down", false},
		{[]string{"upgrade", "--sql", "b2b2:a1a1"}, 1, "Destination a1a1 (a1a1a1a1a1a1) is not a valid upgrade target", false},
		{[]string{"downgrade", "--sql", "base:head"}, 1, "Destination head (b2b2b2b2b2b2) is not a valid downgrade target from current head(s): it is not below <base>; use upgrade to go up", false},
		{[]string{"downgrade", "--sql", "a1a1:b2b2"}, 1, "is not a valid downgrade target", false},
		{[]string{"upgrade", "--sql", "zzzz:head"}, 1, "Can't locate revision identified by 'zzzz'", false},
		{[]string{"upgrade", "--sql", "a1a1:zzzz"}, 1, "Can't locate revision identified by 'zzzz'", false},
		{[]string{"upgrade", "--sql", "a1a1:+0"}, 1, "Relative revision +0 moves no migration", false},
		{[]string{"upgrade", "--sql", "head:head"}, 0, "Nothing to upgrade from b2b2b2b2b2b2 (head) to head: the script holds no revision", false},
		{[]string{"downgrade", "--sql", "a1a1:a1a1"}, 0, "Nothing to downgrade from a1a1a1a1a1a1 to a1a1", false},
		{[]string{"upgrade", "--sql", "a1a1:head"}, 0, "", true},
		{[]string{"upgrade", "head"}, 0, "Running upgrade a1a1a1a1a1a1 -> b2b2b2b2b2b2, second", false},
		{[]string{"upgrade", "head"}, 0, "Nothing to upgrade: the database is already at b2b2b2b2b2b2 (head)", false},
		{[]string{"upgrade", "base"}, 1, "Destination base is not a valid upgrade target from current head(s): it is below b2b2b2b2b2b2", false},
		{[]string{"upgrade", "a1a1"}, 1, "it is below b2b2b2b2b2b2; use downgrade to go down", false},
		{[]string{"downgrade", "base"}, 0, "Running downgrade a1a1a1a1a1a1 -> , first", false},
		{[]string{"downgrade", "base"}, 0, "Nothing to downgrade: the database is already at <base>", false},
		{[]string{"downgrade", "head"}, 1, "is not a valid downgrade target from current head(s): it is not below <base>; use upgrade to go up", false},
		{[]string{"upgrade", "+0"}, 1, "Relative revision +0 moves no migration; use +1 or more", false},
	}
	for _, tt := range tests {
		code, out, errOut := autogen(t, dir, append(tt.args, db)...)
		if code != tt.code || !strings.Contains(errOut, tt.stderr) || (out != "") != tt.wantStdout {
			t.Errorf("autogen %s: exit %d, stdout %q, stderr %q\nwant exit %d, stderr with %q", strings.Join(tt.args, " "), code, out, errOut, tt.code, tt.stderr)
		}
	}
}

// TestDurationFlags: a bound of zero or less is a usage error (exit 2)
// naming the flag, on every command that takes it.
func TestDurationFlags(t *testing.T) {
	dir := t.TempDir()
	db := "--db=" + testdb.SQLite(dir)
	for _, cmd := range [][]string{{"check"}, {"diff"}, {"revision", "--autogenerate", "-m", "x"}} {
		for _, v := range []string{"-5s", "0s", "0", "-1ns"} {
			args := append(append([]string{}, cmd...), "--check-timeout", v, db)
			code, _, errOut := autogen(t, dir, args...)
			want := `invalid argument "` + v + `" for "--check-timeout" flag: must be more than 0`
			if code != 2 || !strings.Contains(errOut, want) {
				t.Errorf("autogen %s: exit %d, stderr %q; want exit 2 and %q", strings.Join(args, " "), code, errOut, want)
			}
		}
	}
	// A positive bound passes the flags; this one then fails for want of
	// models, which is not a flag error.
	code, _, errOut := autogen(t, dir, "diff", "--check-timeout=1ms", db)
	if code != 1 || strings.Contains(errOut, "check-timeout") {
		t.Errorf("autogen diff --check-timeout=1ms: exit %d, stderr %q; want the missing models, exit 1", code, errOut)
	}
}
