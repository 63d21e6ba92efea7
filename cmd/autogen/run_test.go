package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/internal/testdb"
)

// autogen runs the CLI in dir and returns its exit code and output.
func autogen(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// check follows gofmt's exit codes: 0 in sync, 1 drift, 2 error.
func TestCheckExitCodes(t *testing.T) {
	blog, _ := filepath.Abs("../../examples/blog")
	dir := t.TempDir()
	db := "--db=" + testdb.SQLite(dir)
	step := func(n string) string { return "--models=" + filepath.Join(blog, n) }

	if code, _, errOut := autogen(t, dir, "revision", "--autogenerate", "-m", "one", db, step("step1")); code != 0 {
		t.Fatalf("revision: exit %d: %s", code, errOut)
	}
	if code, _, errOut := autogen(t, dir, "check", db, step("step1")); code != 2 || !strings.Contains(errOut, "not up to date") {
		t.Errorf("check before upgrade: exit %d, %q; want 2, not up to date", code, errOut)
	}
	if code, _, errOut := autogen(t, dir, "upgrade", "head", db); code != 0 {
		t.Fatalf("upgrade: exit %d: %s", code, errOut)
	}
	if code, out, _ := autogen(t, dir, "check", db, step("step1")); code != 0 || !strings.Contains(out, "No new upgrade operations") {
		t.Errorf("check in sync: exit %d, %q; want 0", code, out)
	}
	if code, out, _ := autogen(t, dir, "check", db, step("step2")); code != 1 || !strings.Contains(out, `add column "users"."bio"`) {
		t.Errorf("check with drift: exit %d, %q; want 1 listing the bio column", code, out)
	}
	if code, _, _ := autogen(t, dir, "check", db, "--models=nowhere"); code != 2 {
		t.Errorf("check with a missing models directory: exit %d, want 2", code)
	}
	if code, _, _ := autogen(t, dir, "check", "--db=bogus://x", step("step1")); code != 2 {
		t.Errorf("check with a bad URL: exit %d, want 2", code)
	}
}

// Flag, then DATABASE_URL, then the config file.
func TestSettingsPrecedence(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "autogen.toml")
	os.WriteFile(cfg, []byte("db = \"sqlite://file.db\"\nmodels = [\"m\"]\ndir = \"mig\"\n"), 0o644)
	vars := map[string]string{"DATABASE_URL": "sqlite://env.db"}
	e := &env{getenv: func(k string) string { return vars[k] }, secrets: &redactor{}}

	s, err := (&commonFlags{config: cfg, db: "sqlite://flag.db"}).resolve(e)
	if err != nil || s.db != "sqlite://flag.db" {
		t.Errorf("flag: db = %q, %v", s.db, err)
	}
	s, _ = (&commonFlags{config: cfg}).resolve(e)
	if s.db != "sqlite://env.db" {
		t.Errorf("env: db = %q", s.db)
	}
	delete(vars, "DATABASE_URL")
	s, _ = (&commonFlags{config: cfg}).resolve(e)
	if s.db != "sqlite://file.db" || s.dir != filepath.Join(dir, "mig") || s.models[0] != filepath.Join(dir, "m") {
		t.Errorf("config: %+v", s)
	}
	if _, err := (&commonFlags{config: filepath.Join(dir, "missing.toml")}).resolve(e); err == nil {
		t.Error("an explicit config file that is missing is no error")
	}
	os.WriteFile(cfg, []byte("dbb = \"x\"\n"), 0o644)
	if _, err := (&commonFlags{config: cfg}).resolve(e); err == nil || !strings.Contains(err.Error(), `unknown key "dbb"`) {
		t.Errorf("unknown key: %v", err)
	}
}

// init keeps a password out of the config file it writes.
func TestInitKeepsPasswordOut(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := autogen(t, dir, "init", "--db", "postgres://bob:s3cret@h/db")
	if code != 0 {
		t.Fatalf("init: exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "autogen.toml"))
	if strings.Contains(string(data), "s3cret") || strings.Contains(errOut, "s3cret") {
		t.Errorf("the password reached the config file or the output:\n%s\n%s", data, errOut)
	}
	if !strings.Contains(errOut, "DATABASE_URL") {
		t.Errorf("init does not say where the URL goes: %q", errOut)
	}
}
