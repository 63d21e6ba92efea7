package diff

import (
	"testing"

	"ariga.io/atlas/sql/schema"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
)

// mysqlPosts builds users and posts with the foreign key fk_posts_author;
// index names the extra indexes on posts.author_id.
func mysqlPosts(index ...string) *schema.Schema {
	uid := schema.NewIntColumn("id", "bigint")
	users := schema.NewTable("users").AddColumns(uid)
	users.SetPrimaryKey(schema.NewPrimaryKey(uid))
	pid, author := schema.NewIntColumn("id", "bigint"), schema.NewIntColumn("author_id", "bigint")
	note := schema.NewStringColumn("note", "varchar")
	posts := schema.NewTable("posts").AddColumns(pid, author, note)
	posts.SetPrimaryKey(schema.NewPrimaryKey(pid))
	posts.AddForeignKeys(schema.NewForeignKey("fk_posts_author").AddColumns(author).SetRefTable(users).AddRefColumns(uid))
	for _, name := range index {
		col := author
		if name == "idx_posts_note" {
			col = note
		}
		posts.AddIndexes(schema.NewIndex(name).AddColumns(col))
	}
	return schema.New("app").AddTables(users, posts)
}

// The downgrade of "add an index on a foreign key column" on MySQL: Atlas
// alone keeps the index and adds an explicit one named like the key.
func TestMySQLDowngradeDropsAddedIndexes(t *testing.T) {
	tests := []struct {
		name     string
		from, to *schema.Schema
		want     []string
	}{
		{
			"index backing the foreign key",
			mysqlPosts("idx_posts_author_id"), mysqlPosts("fk_posts_author"),
			[]string{
				`drop foreign key "fk_posts_author" on "posts"`,
				`drop index "idx_posts_author_id" on "posts"`,
				`add foreign key "fk_posts_author" on "posts"`,
			},
		},
		{
			"other index",
			mysqlPosts("fk_posts_author", "idx_posts_note"), mysqlPosts("fk_posts_author"),
			[]string{`drop index "idx_posts_note" on "posts"`},
		},
		{
			"InnoDB's own index stays hidden",
			mysqlPosts("fk_posts_author"), mysqlPosts("idx_posts_author_id"),
			[]string{`add index "idx_posts_author_id" on "posts"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changes, err := Schemas(tt.from, tt.to, dburl.MySQL)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, Describe(changes)); d != "" {
				t.Errorf("changes (-want +got):\n%s", d)
			}
		})
	}
}
