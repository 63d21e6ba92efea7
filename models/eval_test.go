package models

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
)

// TestMethodShapes loads testdata/methods on each dialect: every shape of
// method body eval.go reads gives the column type GORM's call returns.
func TestMethodShapes(t *testing.T) {
	// column -> type on PostgreSQL, SQLite, MySQL.
	checkColumnTypes(t, "app_shapes", map[string][3]string{
		"if_else":   {"jsonb", "text", "text"},
		"chain":     {"varchar(10)", "varchar(12)", "varchar(11)"},
		"if_init":   {"jsonb", "json", "json"},
		"tagless":   {"uuid", "clob", "longtext"},
		"case_list": {"varchar(20)", "varchar(20)", "text"},
		"folded":    {"char(3)", "char(5)", "char(4)"},
		"named":     {"jsonb", "text", "text"},
		"big":       {"bigint", "bigint", "bigint"},
		"small":     {"numeric(12)", "numeric(12)", "numeric(12)"},
		"dec":       {"decimal(10,2)", "decimal(10,2)", "decimal(10,2)"},
		"plain":     {"decimal", "decimal", "decimal"},
		"fallback":  {"varchar(99)", "text", "longtext"},
		"typed":     {"varchar(7)", "varchar(8)", "varchar(8)"},
		"box":       {"varchar(13)", "blob", "varchar(13)"},
	})
}

// TestMethodArithmetic: integer operators, comparisons and strings
// functions on field.Size, per field.
func TestMethodArithmetic(t *testing.T) {
	checkColumnTypes(t, "ariths", map[string][3]string{
		"mid":  {"varchar(40)", "text", "varchar(40)"},
		"wide": {"varchar(200)", "text", "varchar(200)"},
		"odd":  {"varchar(42)", "varchar(42)", "varchar(42)"},
	})
}

// checkColumnTypes loads testdata/methods on each dialect and compares the
// table's column types with want, indexed like dialects.
func checkColumnTypes(t *testing.T, table string, want map[string][3]string) {
	t.Helper()
	for i, d := range dialects {
		t.Run(string(d), func(t *testing.T) {
			res := load(t, "methods", d)
			tb, ok := res.Schema.Table(table)
			if !ok {
				t.Fatalf("no table %s, got %s", table, tableNames(res))
			}
			for col, types := range want {
				c, ok := tb.Column(col)
				if !ok {
					t.Errorf("no column %s", col)
				} else if c.Type.Raw != types[i] {
					t.Errorf("column %s: type %q, want %q", col, c.Type.Raw, types[i])
				}
			}
		})
	}
}

// TestMethodErrorsPerDialect: a body is read on the dialect being loaded
// only, as GORM runs it there. JSONish returns before reaching
// db.Statement on MySQL, so only PostgreSQL reports it.
func TestMethodErrorsPerDialect(t *testing.T) {
	for _, tc := range []struct {
		d    dburl.Dialect
		want bool
	}{{dburl.Postgres, true}, {dburl.SQLite, true}, {dburl.MySQL, false}} {
		_, err := Load(context.Background(), Config{Dirs: []string{filepath.Join("testdata", "errs")}, Dialect: tc.d})
		var list ErrorList
		if !errors.As(err, &list) {
			t.Fatalf("%s: want an ErrorList, got %v", tc.d, err)
		}
		var got, looped bool
		for _, e := range list {
			got = got || strings.HasPrefix(e.Msg, "JSONish.GormDBDataType:")
			looped = looped || strings.HasPrefix(e.Msg, "Looped.GormDBDataType:")
		}
		if got != tc.want || !looped {
			t.Errorf("%s: JSONish error %v (want %v), Looped error %v (want true)", tc.d, got, tc.want, looped)
		}
	}
}

// TestMethodOutsideLoadedPackages: a method declared in a package autogen
// did not load from source has no body to read; the error says where it is.
func TestMethodOutsideLoadedPackages(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "package m\n\nimport \"example.com/tmp/ext\"\n\ntype Item struct {\n\tID   uint\n\tCode ext.Code `gorm:\"size:3\"`\n}\n")
	if err := os.Mkdir(filepath.Join(dir, "ext"), 0o755); err != nil {
		t.Fatal(err)
	}
	ext := "package ext\n\n// Code is typed by a method.\ntype Code string\n\n// GormDataType is constant, but not loaded.\nfunc (Code) GormDataType() string { return \"text\" }\n"
	if err := os.WriteFile(filepath.Join(dir, "ext", "ext.go"), []byte(ext), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, _ := loadAll(t, dir, dburl.Postgres)
	// Export data keeps the method's line; its column varies.
	want := regexp.MustCompile(`^models.go:7:2: field Code: type ext.Code decides its column type in GormDataType\(\), which autogen cannot run \(ext/ext.go:7:\d+: its body is in package example.com/tmp/ext, and autogen reads method bodies only in the packages it loads\); add a type: tag`)
	got := positioned(errs, dir)
	if len(got) != 1 || !want.MatchString(got[0]) {
		t.Errorf("errors %q, want one matching %s", got, want)
	}
}
