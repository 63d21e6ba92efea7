package diff

import (
	"context"
	"strings"
	"testing"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hint"
)

// Each test here pins one bug of the pinned Atlas version (atlas.md §5.3)
// that must not reach autogen's output. If an Atlas upgrade fixes one, the
// test still holds; if autogen's fix-up breaks, it fails.

// planPG plans changes the way render does on PostgreSQL: renames first,
// then the rest, unqualified.
func planPG(t *testing.T, changes []schema.Change) []string {
	t.Helper()
	var out []string
	var renames, rest []schema.Change
	for _, c := range changes {
		if _, ok := c.(*hint.AlterSequence); ok {
			continue // render's, not Atlas's (sequence_test.go)
		}
		if isRename(c) {
			renames = append(renames, c)
		} else {
			rest = append(rest, c)
		}
	}
	for _, part := range [][]schema.Change{renames, rest} {
		if len(part) == 0 {
			continue
		}
		plan, err := postgres.DefaultPlan.PlanChanges(context.Background(), "t", part, func(o *migrate.PlanOptions) {
			o.SchemaQualifier = new(string)
		})
		if err != nil {
			t.Fatalf("plan: %v", err)
		}
		for _, c := range plan.Changes {
			out = append(out, c.Cmd)
		}
	}
	return out
}

func diffBoth(t *testing.T, from, to *schema.Schema, d dburl.Dialect) (up, down []schema.Change) {
	t.Helper()
	up, err := Schemas(from, to, d)
	if err != nil {
		t.Fatal(err)
	}
	down, err = Schemas(to, from, d)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []*schema.Schema{from, to} {
		if same, err := Schemas(s, s, d); err != nil || len(same) != 0 {
			t.Errorf("diff(x, x) = %v, %v; want no changes", Describe(same), err)
		}
	}
	return up, down
}

// §5.3.1: a foreign key re-pointed at another table under the same name.
func TestBugFKRefTable(t *testing.T) {
	build := func(target string) *schema.Schema {
		s := schema.New("public")
		for _, name := range []string{"users", "accounts"} {
			id := schema.NewIntColumn("id", "bigint")
			tbl := schema.NewTable(name).AddColumns(id)
			tbl.SetPrimaryKey(schema.NewPrimaryKey(id))
			s.AddTables(tbl)
		}
		ref, _ := s.Table(target)
		uid := schema.NewIntColumn("user_id", "bigint")
		posts := schema.NewTable("posts").AddColumns(uid)
		posts.AddForeignKeys(schema.NewForeignKey("fk_posts_user").AddColumns(uid).SetRefTable(ref).AddRefColumns(ref.Columns[0]))
		return s.AddTables(posts)
	}
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.MySQL, dburl.SQLite} {
		up, down := diffBoth(t, build("users"), build("accounts"), d)
		want := []string{`modify foreign key "fk_posts_user" on "posts"`}
		if diff := cmp.Diff(want, Describe(up)); diff != "" {
			t.Errorf("%s up (-want +got):\n%s", d, diff)
		}
		if diff := cmp.Diff(want, Describe(down)); diff != "" {
			t.Errorf("%s down (-want +got):\n%s", d, diff)
		}
	}
	up, _ := diffBoth(t, build("users"), build("accounts"), dburl.Postgres)
	sql := strings.Join(planPG(t, up), "\n")
	if !strings.Contains(sql, `DROP CONSTRAINT "fk_posts_user"`) || !strings.Contains(sql, `REFERENCES "accounts"`) {
		t.Errorf("plan does not re-point the key:\n%s", sql)
	}
}

func withCheck(expr string) *schema.Schema {
	age := schema.NewIntColumn("age", "integer")
	users := schema.NewTable("users").AddColumns(age)
	users.AddChecks(schema.NewCheck().SetName("chk_users_age").SetExpr(expr))
	return schema.New("public").AddTables(users)
}

// §5.3.3: a CHECK edited under the same name; and the catalog's spelling
// of an unchanged one is no change.
func TestBugCheckEdited(t *testing.T) {
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.MySQL, dburl.SQLite} {
		up, down := diffBoth(t, withCheck("(age > 0)"), withCheck("age >= 0"), d)
		want := []string{`modify check "chk_users_age" on "users"`}
		if d == dburl.MySQL { // MariaDB has no DROP CHECK: drop and add
			want = []string{`drop check "chk_users_age" on "users"`, `add check "chk_users_age" on "users"`}
		}
		if diff := cmp.Diff(want, Describe(up)); diff != "" {
			t.Errorf("%s up (-want +got):\n%s", d, diff)
		}
		if diff := cmp.Diff(want, Describe(down)); diff != "" {
			t.Errorf("%s down (-want +got):\n%s", d, diff)
		}
	}
	for _, tt := range []struct {
		d       dburl.Dialect
		db, mod string
	}{
		{dburl.Postgres, "(age > 0)", "age > 0"},
		{dburl.Postgres, "((name)::text <> ''::text)", "name <> ''"},
		{dburl.MySQL, "`age` > 0", "age>0"},
		{dburl.MySQL, "`age` <> 0", "age != 0"},
	} {
		if got, err := Schemas(withCheck(tt.db), withCheck(tt.mod), tt.d); err != nil || len(got) != 0 {
			t.Errorf("%s: %q vs %q: %v, %v; want no change", tt.d, tt.db, tt.mod, Describe(got), err)
		}
	}
	up, _ := Schemas(withCheck("(age > 0)"), withCheck("age >= 0"), dburl.Postgres)
	sql := strings.Join(planPG(t, up), "\n")
	if !strings.Contains(sql, `ADD CONSTRAINT "chk_users_age" CHECK (age >= 0)`) {
		t.Errorf("plan does not replace the check:\n%s", sql)
	}
}

func oneColumn(c *schema.Column) *schema.Schema {
	return schema.New("public").AddTables(schema.NewTable("t").AddColumns(c))
}

// §5.1: DEFAULT NULL read back as NULL::character varying, and numeric
// defaults spelled otherwise, are no change.
func TestBugDefaultSpelling(t *testing.T) {
	varchar := func(def schema.Expr) *schema.Column {
		c := schema.NewNullStringColumn("note", "varchar")
		c.Type.Type = &schema.StringType{T: "character varying", Size: 20}
		c.Default = def
		return c
	}
	numeric := func(def schema.Expr) *schema.Column {
		c := schema.NewColumn("price").SetType(&schema.DecimalType{T: "numeric", Precision: 10, Scale: 2})
		c.Default = def
		return c
	}
	for _, tt := range []struct {
		name    string
		db, mod *schema.Column
	}{
		{"NULL::type", varchar(&schema.RawExpr{X: "NULL::character varying"}), varchar(nil)},
		{"0 vs 0.00", numeric(&schema.Literal{V: "0"}), numeric(&schema.Literal{V: "0.00"})},
		{"cast number", numeric(&schema.RawExpr{X: "'1.50'::numeric"}), numeric(&schema.Literal{V: "1.5"})},
	} {
		if got, err := Schemas(oneColumn(tt.db), oneColumn(tt.mod), dburl.Postgres); err != nil || len(got) != 0 {
			t.Errorf("%s: %v, %v; want no change", tt.name, Describe(got), err)
		}
	}
	if got, _ := Schemas(oneColumn(numeric(&schema.Literal{V: "0"})), oneColumn(numeric(&schema.Literal{V: "0.01"})), dburl.Postgres); len(got) != 1 {
		t.Errorf("0 -> 0.01: %v; want a default change", Describe(got))
	}
}

// §5.1: a bigserial column compared with bigint DEFAULT nextval('…_seq')
// is one column; Atlas would plan a SET DEFAULT and a DROP SEQUENCE that
// PostgreSQL refuses.
func TestBugSerialSequence(t *testing.T) {
	serial := schema.NewColumn("id").SetType(&postgres.SerialType{T: "bigserial", SequenceName: "t_id_seq"})
	nextval := schema.NewIntColumn("id", "bigint")
	nextval.Default = &schema.RawExpr{X: "nextval('t_id_seq'::regclass)"}
	up, down := diffBoth(t, oneColumn(serial), oneColumn(nextval), dburl.Postgres)
	if len(up) != 0 || len(down) != 0 {
		t.Errorf("up %v, down %v; want no changes", Describe(up), Describe(down))
	}
	// A real change from serial to bigserial plans a type change, and the
	// sequence follows (an AlterSequence, which render plans).
	small := schema.NewColumn("id").SetType(&postgres.SerialType{T: "serial"})
	up, _ = diffBoth(t, oneColumn(small), oneColumn(serial), dburl.Postgres)
	if diff := cmp.Diff([]string{`ALTER TABLE "t" ALTER COLUMN "id" TYPE bigint`}, planPG(t, up)); diff != "" {
		t.Errorf("serial -> bigserial (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{`modify column "t"."id": type serial -> bigserial`, `alter sequence "t_id_seq" of "t"."id": type integer -> bigint`}, Describe(up)); diff != "" {
		t.Errorf("serial -> bigserial changes (-want +got):\n%s", diff)
	}
}

// §5.2: an unnamed index is named as the database will name it, so the
// reverse is a real DROP INDEX and the next diff is empty.
func TestBugUnnamedIndex(t *testing.T) {
	build := func(name string) *schema.Schema {
		c := schema.NewStringColumn("name", "text")
		tbl := schema.NewTable("users").AddColumns(c)
		tbl.AddIndexes(schema.NewIndex(name).AddColumns(c))
		return schema.New("public").AddTables(tbl)
	}
	none := schema.New("public").AddTables(schema.NewTable("users").AddColumns(schema.NewStringColumn("name", "text")))
	up, down := diffBoth(t, none, build(""), dburl.Postgres)
	if diff := cmp.Diff([]string{`CREATE INDEX "users_name_idx" ON "users" ("name")`}, planPG(t, up)); diff != "" {
		t.Errorf("up (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{`DROP INDEX "users_name_idx"`}, planPG(t, down)); diff != "" {
		t.Errorf("down (-want +got):\n%s", diff)
	}
	for _, pair := range [][2]*schema.Schema{{build("users_name_idx"), build("")}, {build("whatever"), build("")}} {
		if got, _ := Schemas(pair[0], pair[1], dburl.Postgres); len(got) != 0 {
			t.Errorf("catalog %q vs unnamed: %v; want no change", pair[0].Tables[0].Indexes[0].Name, Describe(got))
		}
	}
	if got := makeObjectName(strings.Repeat("t", 60), strings.Repeat("c", 20), "idx"); len(got) != 63 || !strings.HasSuffix(got, strings.Repeat("c", 20)+"_idx") {
		t.Errorf("makeObjectName cut to %q (%d)", got, len(got))
	}
}

func enumSchema(values ...string) *schema.Schema {
	s := schema.New("public")
	mood := &schema.EnumType{T: "mood", Values: values, Schema: s}
	s.Objects = append(s.Objects, mood)
	c := schema.NewColumn("mood").SetType(mood)
	c.Default = &schema.RawExpr{X: "'ok'::mood"}
	return s.AddTables(schema.NewTable("people").AddColumns(c))
}

// §5.3.2: dropping an enum value plans nothing in Atlas; autogen rebuilds
// the type. Adding one stays ALTER TYPE … ADD VALUE.
func TestBugEnumDropValue(t *testing.T) {
	up, down := diffBoth(t, enumSchema("sad", "ok"), enumSchema("sad", "ok", "happy"), dburl.Postgres)
	if diff := cmp.Diff([]string{`ALTER TYPE "mood" ADD VALUE 'happy'`}, planPG(t, up)); diff != "" {
		t.Errorf("add value (-want +got):\n%s", diff)
	}
	want := []string{
		`ALTER TYPE "mood" RENAME TO "mood_old"`,
		`CREATE TYPE "mood" AS ENUM ('sad', 'ok')`,
		`ALTER TABLE "people" ALTER COLUMN "mood" DROP DEFAULT, ALTER COLUMN "mood" TYPE "mood" USING "mood"::text::"mood", ALTER COLUMN "mood" SET DEFAULT 'ok'::mood`,
		`DROP TYPE "mood_old"`,
	}
	if diff := cmp.Diff(want, planPG(t, down)); diff != "" {
		t.Errorf("drop value (-want +got):\n%s", diff)
	}
	reorder, _ := diffBoth(t, enumSchema("sad", "ok"), enumSchema("ok", "sad"), dburl.Postgres)
	if got := planPG(t, reorder); len(got) != 4 {
		t.Errorf("reorder: %q; want a rebuild", got)
	}
}

// A model column of type:mood (a user-defined type to Atlas's parser) is
// the catalog's enum column, and the database's enum types, which the
// models cannot declare, are left alone.
func TestEnumAgainstModels(t *testing.T) {
	c := schema.NewColumn("mood").SetType(&postgres.UserDefinedType{T: "mood"})
	c.Default = &schema.RawExpr{X: "'ok'"}
	models := schema.New("").AddTables(schema.NewTable("people").AddColumns(c))
	up, down := diffBoth(t, enumSchema("sad", "ok"), models, dburl.Postgres)
	if len(up) != 0 || len(down) != 0 {
		t.Errorf("up %v, down %v; want no changes", Describe(up), Describe(down))
	}
}

// isRename tells the rename changes that Schemas puts first: a
// RenameTable, or a ModifyTable of RenameColumns only.
func isRename(c schema.Change) bool {
	switch c := c.(type) {
	case *schema.RenameTable:
		return true
	case *schema.ModifyTable:
		for _, sub := range c.Changes {
			if _, ok := sub.(*schema.RenameColumn); !ok {
				return false
			}
		}
		return len(c.Changes) > 0
	}
	return false
}
