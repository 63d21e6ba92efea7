package migrate

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitStatements(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []Statement
	}{
		{"empty", "", nil},
		{"comments only", "-- nothing\n/* still nothing */\n", nil},
		{"two statements", "CREATE TABLE a (x int);\nCREATE TABLE b (y int);\n",
			[]Statement{{"CREATE TABLE a (x int)", 1}, {"CREATE TABLE b (y int)", 2}}},
		{"leading comment dropped, line of first token", "-- create table\n\nCREATE TABLE a (x int);",
			[]Statement{{"CREATE TABLE a (x int)", 3}}},
		{"last statement without semicolon", "SELECT 1;\nSELECT 2\n",
			[]Statement{{"SELECT 1", 1}, {"SELECT 2", 2}}},
		{"semicolon in single quotes", "INSERT INTO t VALUES ('a;b');\nSELECT 1;",
			[]Statement{{"INSERT INTO t VALUES ('a;b')", 1}, {"SELECT 1", 2}}},
		{"doubled quote", "INSERT INTO t VALUES ('it''s; fine');",
			[]Statement{{"INSERT INTO t VALUES ('it''s; fine')", 1}}},
		{"E string with backslash quote", `INSERT INTO t VALUES (E'it\'s; fine');SELECT 1;`,
			[]Statement{{`INSERT INTO t VALUES (E'it\'s; fine')`, 1}, {"SELECT 1", 1}}},
		{"backslash in a standard string is literal", `INSERT INTO t VALUES ('C:\');SELECT 1;`,
			[]Statement{{`INSERT INTO t VALUES ('C:\')`, 1}, {"SELECT 1", 1}}},
		{"semicolon in double quotes", `CREATE TABLE "a;b" (x int);`,
			[]Statement{{`CREATE TABLE "a;b" (x int)`, 1}}},
		{"semicolon in backquotes", "CREATE TABLE `a;b` (x int);",
			[]Statement{{"CREATE TABLE `a;b` (x int)", 1}}},
		{"semicolon in line comment", "SELECT 1 -- no; split\n, 2;",
			[]Statement{{"SELECT 1 -- no; split\n, 2", 1}}},
		{"semicolon in block comment", "SELECT /* a; b */ 1;",
			[]Statement{{"SELECT /* a; b */ 1", 1}}},
		{"nested block comment", "SELECT /* a /* b; */ c; */ 1;",
			[]Statement{{"SELECT /* a /* b; */ c; */ 1", 1}}},
		{"quote inside comment", "-- don't\nSELECT 1;",
			[]Statement{{"SELECT 1", 2}}},
		{"comment before semicolon dropped", "INSERT INTO t VALUES (1) -- seed\n;\nSELECT 2;",
			[]Statement{{"INSERT INTO t VALUES (1)", 1}, {"SELECT 2", 3}}},
		{"dollar quote", "CREATE FUNCTION f() RETURNS int AS $$\nSELECT 1;\n$$ LANGUAGE sql;\nSELECT 2;",
			[]Statement{{"CREATE FUNCTION f() RETURNS int AS $$\nSELECT 1;\n$$ LANGUAGE sql", 1}, {"SELECT 2", 4}}},
		{"tagged dollar quote containing $$", "DO $body$ BEGIN PERFORM '$$;'; END $body$;",
			[]Statement{{"DO $body$ BEGIN PERFORM '$$;'; END $body$", 1}}},
		{"positional parameter is not a dollar quote", "PREPARE p AS SELECT $1;SELECT 2;",
			[]Statement{{"PREPARE p AS SELECT $1", 1}, {"SELECT 2", 1}}},
		{"dollar inside identifier", "SELECT a$b$ FROM t;SELECT 2;",
			[]Statement{{"SELECT a$b$ FROM t", 1}, {"SELECT 2", 1}}},
		{"multi-line string counts lines", "INSERT INTO t VALUES ('a\nb\nc');\nSELECT 1;",
			[]Statement{{"INSERT INTO t VALUES ('a\nb\nc')", 1}, {"SELECT 1", 4}}},
		{"empty statements", ";;\n;SELECT 1;;", []Statement{{"SELECT 1", 2}}},
		{"CRLF", "SELECT 1;\r\nSELECT 2;\r\n", []Statement{{"SELECT 1", 1}, {"SELECT 2", 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := splitStatements("f.sql", tt.src, 1)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitStatements(%q)\n got %#v\nwant %#v", tt.src, got, tt.want)
			}
		})
	}
}

func TestSplitStatementsErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"SELECT 1;\nSELECT 'abc;", "f.sql:11: unterminated ' quote"},
		{`SELECT "abc`, `f.sql:10: unterminated " quote`},
		{"SELECT 1;\n/* open\n", "f.sql:11: unterminated /* comment"},
		{"\nDO $x$ BEGIN END $y$;", "f.sql:11: unterminated dollar quote $x$"},
	}
	for _, tt := range tests {
		_, err := splitStatements("f.sql", tt.src, 10)
		if err == nil || err.Error() != tt.want {
			t.Errorf("splitStatements(%q) error = %v, want %q", tt.src, err, tt.want)
		}
	}
}

func TestSplitStatementsStartLine(t *testing.T) {
	got, err := splitStatements("f.sql", "\n\n-- x\nSELECT 1;", 40)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Line != 43 || strings.Contains(got[0].SQL, "--") {
		t.Errorf("got %+v, want SELECT 1 at line 43", got)
	}
}
