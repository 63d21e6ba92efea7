package migrate

import (
	"reflect"
	"strings"
	"testing"
)

const sampleFile = `-- autogen:revision 3f9a1c2b7d4e
-- autogen:revises <base>
-- autogen:message add users table
-- autogen:created 2026-11-25T20:48:07Z
-- Generated for postgres. Review it before you apply it.

-- autogen:up
-- create table "users"
CREATE TABLE "users" ("id" bigserial NOT NULL, PRIMARY KEY ("id"));
-- add index "idx_users_email" to table "users"
CREATE INDEX "idx_users_email" ON "users" ("email");

-- autogen:down
-- drop table "users"
DROP TABLE "users";
`

func TestParseFile(t *testing.T) {
	rev, err := ParseFile("m/3f9a1c2b7d4e_add_users_table.sql", []byte(sampleFile))
	if err != nil {
		t.Fatal(err)
	}
	want := &Revision{
		ID: "3f9a1c2b7d4e", Message: "add users table", Created: "2026-11-25T20:48:07Z",
		Path: "m/3f9a1c2b7d4e_add_users_table.sql", Transactional: true,
		Up: []Statement{
			{`CREATE TABLE "users" ("id" bigserial NOT NULL, PRIMARY KEY ("id"))`, 9},
			{`CREATE INDEX "idx_users_email" ON "users" ("email")`, 11},
		},
		Down:        []Statement{{`DROP TABLE "users"`, 15}},
		revisesLine: 2,
	}
	if !reflect.DeepEqual(rev, want) {
		t.Errorf("ParseFile\n got %#v\nwant %#v", rev, want)
	}
}

func TestParseFileHeaders(t *testing.T) {
	src := "-- autogen:revision m1\n-- autogen:revises a1, b2,c3\n-- autogen:transaction false\n-- autogen:up\n-- autogen:down\n"
	rev, err := ParseFile("m1.sql", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rev.Parents, []string{"a1", "b2", "c3"}) || rev.Transactional || rev.Up != nil || rev.Down != nil {
		t.Errorf("got %+v", rev)
	}
}

func TestParseFileErrors(t *testing.T) {
	const ok = "-- autogen:revision abc1\n-- autogen:revises <base>\n"
	tests := []struct {
		name, file, src, want string
	}{
		{"missing revision", "abc1_x.sql", "-- autogen:revises <base>\n-- autogen:up\n-- autogen:down\n",
			`abc1_x.sql: missing header "-- autogen:revision"`},
		{"missing revises", "abc1_x.sql", "-- autogen:revision abc1\n-- autogen:up\n-- autogen:down\n",
			`abc1_x.sql: missing header "-- autogen:revises"`},
		{"duplicate key", "abc1_x.sql", ok + "-- autogen:message a\n-- autogen:message b\n-- autogen:up\n-- autogen:down\n",
			`abc1_x.sql:4: duplicate header "-- autogen:message" (first on line 3)`},
		{"unknown key", "abc1_x.sql", ok + "-- autogen:transactions false\n-- autogen:up\n-- autogen:down\n",
			`abc1_x.sql:3: unknown header "-- autogen:transactions" (want revision, revises, message, created or transaction)`},
		{"missing up", "abc1_x.sql", ok + "CREATE TABLE t (x int);\n",
			`abc1_x.sql:3: SQL before the "-- autogen:up" marker`},
		{"no up at all", "abc1_x.sql", ok,
			`abc1_x.sql: missing "-- autogen:up" marker`},
		{"missing down", "abc1_x.sql", ok + "-- autogen:up\nSELECT 1;\n",
			`abc1_x.sql: missing "-- autogen:down" marker (write it even when the down section is empty)`},
		{"down before up", "abc1_x.sql", ok + "-- autogen:down\n-- autogen:up\n",
			`abc1_x.sql:3: "-- autogen:down" comes before "-- autogen:up"`},
		{"second down", "abc1_x.sql", ok + "-- autogen:up\n-- autogen:down\n-- autogen:down\n",
			`abc1_x.sql:5: unexpected "-- autogen:down" in the migration body`},
		{"bad id", "ab-1_x.sql", "-- autogen:revision ab-1\n-- autogen:revises <base>\n-- autogen:up\n-- autogen:down\n",
			`ab-1_x.sql:1: revision id "ab-1": only letters, digits and _ are allowed`},
		{"reserved id", "head_x.sql", "-- autogen:revision head\n-- autogen:revises <base>\n-- autogen:up\n-- autogen:down\n",
			`head_x.sql:1: revision id "head" is a reserved word`},
		{"self loop", "abc1_x.sql", "-- autogen:revision abc1\n-- autogen:revises abc1\n-- autogen:up\n-- autogen:down\n",
			`abc1_x.sql:2: Self-loop is detected in revisions (abc1)`},
		{"empty revises", "abc1_x.sql", "-- autogen:revision abc1\n-- autogen:revises\n-- autogen:up\n-- autogen:down\n",
			`abc1_x.sql:2: revises: empty revision id (write <base> for a first revision)`},
		{"bad transaction", "abc1_x.sql", ok + "-- autogen:transaction no\n-- autogen:up\n-- autogen:down\n",
			`abc1_x.sql:3: transaction is "no", want true or false`},
		{"file name", "dir/zzzz_x.sql", ok + "-- autogen:up\n-- autogen:down\n",
			`dir/zzzz_x.sql: file name does not start with its revision id "abc1" (want abc1_<slug>.sql)`},
		{"file name prefix of a longer id", "abc12_x.sql", ok + "-- autogen:up\n-- autogen:down\n",
			`abc12_x.sql: file name does not start with its revision id "abc1" (want abc1_<slug>.sql)`},
		{"unterminated string in down", "abc1_x.sql", ok + "-- autogen:up\n-- autogen:down\nINSERT INTO t VALUES ('x);\n",
			`abc1_x.sql:5: unterminated ' quote`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFile(tt.file, []byte(tt.src))
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v\nwant    %s", err, tt.want)
			}
		})
	}
}

func TestParseFileCRLF(t *testing.T) {
	src := strings.ReplaceAll(sampleFile, "\n", "\r\n")
	rev, err := ParseFile("3f9a1c2b7d4e_add_users_table.sql", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if rev.Message != "add users table" || len(rev.Up) != 2 || len(rev.Down) != 1 {
		t.Errorf("got %+v", rev)
	}
}
