package diff

import (
	"strings"
	"testing"

	"ariga.io/atlas/sql/schema"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hint"
)

// people builds one table with columns id and name (each may be renamed,
// with a hint or not) and an index on the name column.
func people(table, nameCol string, hints ...schema.Attr) *schema.Schema {
	id := schema.NewIntColumn("id", "bigint")
	name := schema.NewNullStringColumn(nameCol, "text")
	t := schema.NewTable(table).AddColumns(id, name)
	t.SetPrimaryKey(schema.NewPrimaryKey(id))
	t.AddIndexes(schema.NewIndex("idx_" + table + "_" + nameCol).AddColumns(name))
	for _, h := range hints {
		switch h.(*hint.RenamedFrom).Name {
		case "users":
			t.AddAttrs(h)
		default:
			name.AddAttrs(h)
		}
	}
	return schema.New("public").AddTables(t)
}

func TestRenameColumn(t *testing.T) {
	cur := people("users", "name")
	want := people("users", "full_name", &hint.RenamedFrom{Name: "name"})
	up, down := diffBoth(t, cur, want, dburl.Postgres)
	if diff := cmp.Diff([]string{
		`rename column "users"."name" to "full_name"`,
		`drop index "idx_users_name" on "users"`,
		`add index "idx_users_full_name" on "users"`,
	}, Describe(up)); diff != "" {
		t.Errorf("up (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{
		`rename column "users"."full_name" to "name"`,
		`drop index "idx_users_full_name" on "users"`,
		`add index "idx_users_name" on "users"`,
	}, Describe(down)); diff != "" {
		t.Errorf("down (-want +got):\n%s", diff)
	}
	sql := planPG(t, up)
	if len(sql) == 0 || sql[0] != `ALTER TABLE "users" RENAME COLUMN "name" TO "full_name"` {
		t.Errorf("the rename is not planned first:\n%s", strings.Join(sql, "\n"))
	}
	// Once applied, the hint says nothing more.
	if got, _ := Schemas(people("users", "full_name"), want, dburl.Postgres); len(got) != 0 {
		t.Errorf("after the rename: %v", Describe(got))
	}
}

func TestRenameTable(t *testing.T) {
	cur := people("users", "name")
	want := people("people", "full_name", &hint.RenamedFrom{Name: "users"}, &hint.RenamedFrom{Name: "name"})
	up, down := diffBoth(t, cur, want, dburl.Postgres)
	if diff := cmp.Diff([]string{
		`rename table "users" to "people"`,
		`rename column "people"."name" to "full_name"`,
		`drop index "idx_users_name" on "people"`,
		`add index "idx_people_full_name" on "people"`,
	}, Describe(up)); diff != "" {
		t.Errorf("up (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{
		`rename table "people" to "users"`,
		`rename column "users"."full_name" to "name"`,
		`drop index "idx_people_full_name" on "users"`,
		`add index "idx_users_name" on "users"`,
	}, Describe(down)); diff != "" {
		t.Errorf("down (-want +got):\n%s", diff)
	}
	want2 := []string{
		`ALTER TABLE "users" RENAME TO "people"`,
		`ALTER TABLE "people" RENAME COLUMN "name" TO "full_name"`,
		`DROP INDEX "idx_users_name"`,
		`CREATE INDEX "idx_people_full_name" ON "people" ("full_name")`,
	}
	if diff := cmp.Diff(want2, planPG(t, up)); diff != "" {
		t.Errorf("plan (-want +got):\n%s", diff)
	}
}

// A hint that cannot apply (the old name is gone, or the new one is
// already there) is ignored: the diff is what it would be without it.
func TestRenameAmbiguous(t *testing.T) {
	both := people("users", "name")
	both.Tables[0].AddColumns(schema.NewNullStringColumn("full_name", "text"))
	want := people("users", "full_name", &hint.RenamedFrom{Name: "name"})
	up, _ := diffBoth(t, both, want, dburl.Postgres)
	for _, line := range Describe(up) {
		if strings.HasPrefix(line, "rename") {
			t.Errorf("renamed although both columns exist: %v", Describe(up))
		}
	}
}

func TestPossibleRenames(t *testing.T) {
	cur := people("users", "name")
	want := people("users", "full_name")
	up, err := Schemas(cur, want, dburl.Postgres)
	if err != nil {
		t.Fatal(err)
	}
	got := PossibleRenames(up, dburl.Postgres)
	if diff := cmp.Diff([]Rename{{Table: "users", Column: true, From: "name", To: "full_name"}}, got); diff != "" {
		t.Fatalf("(-want +got):\n%s", diff)
	}
	if got[0].String() != "users.name -> users.full_name" || got[0].Hint() != `tag the field autogen:"renamed_from:name"` {
		t.Errorf("String %q, Hint %q", got[0].String(), got[0].Hint())
	}
	// Another type is no rename.
	other := people("users", "full_name")
	other.Tables[0].Columns[1].Type.Type = &schema.IntegerType{T: "bigint"}
	up, _ = Schemas(cur, other, dburl.Postgres)
	if got := PossibleRenames(up, dburl.Postgres); len(got) != 0 {
		t.Errorf("type changed too: %v", got)
	}
	// A table with the same columns under a new name.
	up, _ = Schemas(cur, people("people", "name"), dburl.Postgres)
	got = PossibleRenames(up, dburl.Postgres)
	if diff := cmp.Diff([]Rename{{Table: "people", From: "users", To: "people"}}, got); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if h := got[0].Hint(); !strings.Contains(h, "//autogen:renamed_from users") {
		t.Errorf("table hint %q", h)
	}
}
