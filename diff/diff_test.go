package diff

import (
	"math/rand/v2"
	"testing"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
)

// blog builds users and posts (posts.author_id -> users.id), with extra
// applied to users before the foreign key is made.
func blog(extra func(users *schema.Table)) *schema.Schema {
	id := schema.NewColumn("id").SetType(&postgres.SerialType{T: "bigserial"})
	email := schema.NewStringColumn("email", "varchar")
	email.Type.Type = &schema.StringType{T: "varchar", Size: 255}
	users := schema.NewTable("users").AddColumns(id, email)
	users.SetPrimaryKey(schema.NewPrimaryKey(id))
	users.AddIndexes(schema.NewUniqueIndex("uni_users_email").AddColumns(email))
	if extra != nil {
		extra(users)
	}
	pid := schema.NewColumn("id").SetType(&postgres.SerialType{T: "bigserial"})
	author := schema.NewIntColumn("author_id", "bigint")
	posts := schema.NewTable("posts").AddColumns(pid, author, schema.NewNullStringColumn("title", "text"))
	posts.SetPrimaryKey(schema.NewPrimaryKey(pid))
	posts.AddForeignKeys(schema.NewForeignKey("fk_posts_author").AddColumns(author).
		SetRefTable(users).AddRefColumns(id).SetOnDelete(schema.Cascade))
	return schema.New("public").AddTables(users, posts)
}

func TestSchemasSameIsEmpty(t *testing.T) {
	for _, s := range []*schema.Schema{blog(nil), schema.New("")} {
		changes, err := Schemas(s, s, dburl.Postgres)
		if err != nil {
			t.Fatal(err)
		}
		if len(changes) != 0 {
			t.Errorf("diff(x, x) = %v, want no changes", Describe(changes))
		}
	}
}

func TestSchemas(t *testing.T) {
	withBio := blog(func(u *schema.Table) {
		u.AddColumns(schema.NewNullStringColumn("bio", "text"))
		u.Indexes = u.Indexes[:0]
	})
	tests := []struct {
		name     string
		from, to *schema.Schema
		want     []string
	}{
		{"create all", schema.New("x"), blog(nil), []string{`add table "users"`, `add table "posts"`}},
		{"drop all", blog(nil), schema.New(""), []string{`drop table "users"`, `drop table "posts"`}},
		{"add column, drop unique", blog(nil), withBio, []string{`add column "users"."bio"`, `drop unique index "uni_users_email" on "users"`}},
		{"widen", blog(nil), blog(func(u *schema.Table) { u.Columns[1].Type.Type = &schema.StringType{T: "varchar", Size: 300} }),
			[]string{`modify column "users"."email": type varchar(255) -> varchar(300)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changes, err := Schemas(tt.from, tt.to, dburl.Postgres)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, Describe(changes)); d != "" {
				t.Errorf("changes (-want +got):\n%s", d)
			}
		})
	}
}

// The differ normalizes in place; Schemas must not let that reach its
// arguments.
func TestSchemasLeavesInputsAlone(t *testing.T) {
	from, to := blog(nil), blog(func(u *schema.Table) { u.AddColumns(schema.NewNullStringColumn("bio", "text")) })
	fromName, fks := from.Name, to.Tables[1].ForeignKeys[0].Symbol
	if _, err := Schemas(from, to, dburl.SQLite); err != nil {
		t.Fatal(err)
	}
	if from.Name != fromName || to.Tables[1].ForeignKeys[0].Symbol != fks || len(from.Tables[0].Columns) != 2 {
		t.Error("Schemas modified its inputs")
	}
}

// Order is no difference: tables, columns, indexes and foreign keys in
// another order diff as equal, and the same inputs always give the same
// changes.
func TestSchemasShuffled(t *testing.T) {
	want := blog(func(u *schema.Table) {
		u.AddIndexes(schema.NewIndex("idx_users_email").AddColumns(u.Columns[1]))
	})
	for i := 0; i < 20; i++ {
		got := blog(func(u *schema.Table) {
			u.AddIndexes(schema.NewIndex("idx_users_email").AddColumns(u.Columns[1]))
		})
		r := rand.New(rand.NewPCG(uint64(i), 1))
		shuffle(r, got.Tables)
		for _, tbl := range got.Tables {
			shuffle(r, tbl.Columns)
			shuffle(r, tbl.Indexes)
		}
		changes, err := Schemas(want, got, dburl.Postgres)
		if err != nil {
			t.Fatal(err)
		}
		if len(changes) != 0 {
			t.Fatalf("shuffle %d: %v", i, Describe(changes))
		}
	}
	first, _ := Schemas(schema.New(""), want, dburl.Postgres)
	for i := 0; i < 20; i++ {
		again, _ := Schemas(schema.New(""), want, dburl.Postgres)
		if d := cmp.Diff(Describe(first), Describe(again)); d != "" {
			t.Fatalf("run %d differs:\n%s", i, d)
		}
	}
}

func shuffle[T any](r *rand.Rand, s []T) {
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}
