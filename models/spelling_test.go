package models

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/internal/testdb"
	"github.com/autogen-dev/autogen/introspect"
)

// respell is one column's type: tag before and after an edit, and whether
// the server stores a different type (so autogen must see a change).
type respell struct {
	goType, from, to string
	changed          bool
}

var respellings = map[dburl.Dialect][]respell{
	dburl.MySQL: {
		{"int32", "integer", "int", false},
		{"int32", "int4", "integer", false},
		{"int8", "int1", "tinyint", false},
		{"int32", "middleint", "int3", false},
		{"uint64", "int8 unsigned", "bigint unsigned", false},
		{"float64", "double precision", "double", false},
		{"float64", "float8", "real", false},
		{"float32", "float4", "float", false},
		{"float64", "dec(10,2)", "numeric(10, 2)", false},
		{"float64", "fixed", "decimal", false},
		{"string", "character varying(20)", "varchar(20)", false},
		{"string", "character", "char(1)", false},
		{"string", "nvarchar(10)", "national varchar(10)", false},
		{"string", "VARCHAR(10)", "varchar( 10 )", false},
		{"string", "long", "mediumtext", false},
		{"[]byte", "long varbinary", "mediumblob", false},
		{"string", "ENUM('a','b')", "enum('a', 'b')", false},
		{"string", "varchar(9) character set latin1", "varchar(9) charset latin1", false},
		{"int32", "int", "bigint", true},
		{"int32", "integer", "bigint", true},
		{"int32", "int unsigned", "int", true},
		{"float32", "double precision", "float", true}, // float64 makes type:float a double
		{"float64", "dec(10,2)", "dec(10,3)", true},
		{"string", "character varying(20)", "varchar(21)", true},
		{"string", "varchar(10)", "nvarchar(10)", true},
		{"string", "long", "longtext", true},
		{"string", "varchar(9) character set latin1", "varchar(9) character set utf8mb4", true},
		{"string", "varchar(9) collate latin1_bin", "varchar(9) collate latin1_general_ci", true},
	},
	dburl.Postgres: {
		{"int32", "int4", "integer", false},
		{"int64", "int8", "bigint", false},
		{"int16", "int2", "smallint", false},
		{"float64", "float8", "double precision", false},
		{"float32", "float4", "real", false},
		{"string", "character varying(20)", "varchar(20)", false},
		{"string", "char varying(5)", "varchar(5)", false},
		{"string", "bpchar(5)", "char(5)", false},
		{"string", "nchar(5)", "character(5)", false},
		{"time.Time", "timestamptz(3)", "timestamp(3) with time zone", false},
		{"time.Time", "timestamp with time zone", "timestamptz", false},
		{"time.Time", "time without time zone", "TIME  without time zone", false}, // type:time is GORM's abstract time
		{"float64", "decimal(10,2)", "numeric(10, 2)", false},
		{"[]string", "varchar[]", "character varying[]", false},
		{"[]int64", "int[]", "integer[]", false},
		{"string", "bit varying(5)", "varbit(5)", false},
		{"string", "VARCHAR(10)", "varchar(10)", false},
		{"int32", "int4", "bigint", true},
		{"string", "character varying(20)", "varchar(21)", true},
		{"time.Time", "timestamptz", "timestamp", true},
		{"[]int64", "int[]", "bigint[]", true},
		{"float64", "decimal(10,2)", "numeric(10,3)", true},
		{"string", "varbit(5)", "bit varying(6)", true},
	},
	dburl.SQLite: {
		{"string", "VARCHAR(10)", "varchar(10)", false},
		{"float64", "DOUBLE PRECISION", "double precision", false},
		{"int64", "integer", "bigint", true},
		{"float64", "double precision", "real", true},
		{"uint64", "unsigned big int", "integer", true},
		{"time.Time", "datetime", "timestamp", true},
		{"float64", "numeric(10,5)", "decimal(10,5)", true},
	},
}

// TestRespell creates the tables of the "from" spellings on a real
// database from the DDL Atlas plans, then diffs the catalog against the
// "to" spellings: a synonym must show no change, a real edit must.
func TestRespell(t *testing.T) {
	for _, d := range dialects {
		t.Run(string(d), func(t *testing.T) {
			cases := respellings[d]
			var url string
			switch d {
			case dburl.Postgres:
				url = testdb.Postgres(t)
			case dburl.MySQL:
				url = testdb.MySQL(t)
			default:
				url = testdb.SQLite(t.TempDir())
			}
			ctx := context.Background()
			from := loadSpellings(t, d, cases, func(r respell) string { return r.from })
			to := loadSpellings(t, d, cases, func(r respell) string { return r.to })
			u, err := dburl.Parse(url)
			if err != nil {
				t.Fatal(err)
			}
			db, err := dburl.Open(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			for _, stmt := range plan(t, from, d) {
				if _, err := db.ExecContext(ctx, stmt); err != nil {
					t.Fatalf("apply %s: %v", stmt, err)
				}
			}
			got, err := introspect.Schema(ctx, db, d, introspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if changes, err := diff.Schemas(got, from, d); err != nil || len(changes) > 0 {
				t.Fatalf("the database differs from the from spellings (%v):\n%s", err, describe(changes))
			}
			changes, err := diff.Schemas(got, to, d)
			if err != nil {
				t.Fatal(err)
			}
			changed := changedTables(changes)
			for i, r := range cases {
				if name := from.Tables[i].Name; changed[name] != r.changed {
					t.Errorf("%s type:%s -> type:%s: changed %v, want %v", d, r.from, r.to, changed[name], r.changed)
				}
			}
		})
	}
}

// loadSpellings loads one model S<i> per case, its column C typed by
// spell; the tables keep the models' order.
func loadSpellings(t *testing.T, d dburl.Dialect, cases []respell, spell func(respell) string) *schema.Schema {
	t.Helper()
	var b strings.Builder
	b.WriteString("package m\n\nimport \"time\"\n\nvar _ time.Time\n")
	for i, r := range cases {
		fmt.Fprintf(&b, "\ntype S%d struct {\n\tID uint\n\tC  %s `gorm:\"type:%s\"`\n}\n", i, r.goType, spell(r))
	}
	dir := t.TempDir()
	writeModule(t, dir, b.String())
	res, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: d})
	if err != nil {
		t.Fatalf("load %s: %v", d, err)
	}
	return res.Schema
}

func changedTables(changes []schema.Change) map[string]bool {
	out := map[string]bool{}
	for _, c := range changes {
		if mt, ok := c.(*schema.ModifyTable); ok {
			out[mt.T.Name] = true
		}
	}
	return out
}

// TestSpellingErrors: a spelling autogen cannot match is an error at the
// field's file:line, never a silent difference.
func TestSpellingErrors(t *testing.T) {
	cases := []struct {
		d          dburl.Dialect
		field, msg string
	}{
		{dburl.MySQL, "C uint64 `gorm:\"type:serial\"`", "cannot keep a SERIAL column"},
		{dburl.MySQL, "C int32 `gorm:\"type:int not null\"`", `"not null" is not part of a MySQL type`},
		{dburl.MySQL, "C string `gorm:\"type:varchar(5) binary\"`", "BINARY picks the _bin collation"},
		{dburl.Postgres, "C int32 `gorm:\"type:serial4;autoIncrement\"`", "cannot keep type:serial4"},
		{dburl.Postgres, "C int32 `gorm:\"type:serial\"`", "not auto-increment"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		writeModule(t, dir, "package m\n\ntype T struct {\n\tID uint\n\t"+c.field+"\n}\n")
		_, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: c.d})
		if err == nil || !strings.Contains(err.Error(), c.msg) || !strings.Contains(err.Error(), "models.go:5:") {
			t.Errorf("%s %s: err %v, want models.go:5: ... %s", c.d, c.field, err, c.msg)
		}
	}
}
