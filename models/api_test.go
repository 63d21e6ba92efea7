package models

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
)

func TestNoModels(t *testing.T) {
	dir := filepath.Join("testdata", "errs")
	_, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: dburl.SQLite, Models: []string{"Nope"}})
	if err == nil || !strings.Contains(err.Error(), `model "Nope"`) {
		t.Errorf("unknown pinned model: got %v", err)
	}
	empty := t.TempDir()
	writeModule(t, empty, "package empty\n\ntype Plain struct{ A int }\n")
	_, err = Load(context.Background(), Config{Dirs: []string{empty}, Dialect: dburl.SQLite})
	if err == nil || !strings.Contains(err.Error(), "no models found in "+empty) {
		t.Errorf("no models: got %v", err)
	}
}

func TestPinnedModels(t *testing.T) {
	res, err := Load(context.Background(), Config{
		Dirs: []string{filepath.Join("testdata", "blogv2")}, Dialect: dburl.Postgres, Models: []string{"Post"},
	})
	if err != nil {
		t.Fatal(err)
	}
	// Post belongs to User, which belongs to SubscriptionTier: GORM's
	// AutoMigrate(&Post{}) creates all three, in declaration order.
	if got := tableNames(res); got != "subscription_tiers users posts" {
		t.Errorf("tables = %q", got)
	}
}

func TestNaming(t *testing.T) {
	res, err := Load(context.Background(), Config{
		Dirs: []string{filepath.Join("testdata", "blog")}, Dialect: dburl.Postgres,
		Naming: Naming{TablePrefix: "app_", SingularTable: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := tableNames(res); got != "app_user app_post" {
		t.Errorf("tables = %q", got)
	}
	posts, _ := res.Schema.Table("app_post")
	if fk := posts.ForeignKeys[0]; fk.Symbol != "fk_app_post_author" || fk.RefTable.Name != "app_user" {
		t.Errorf("foreign key %s -> %s", fk.Symbol, fk.RefTable.Name)
	}
}

// TestIdentifierLength: GORM hashes names past the dialect's limit, 63
// bytes on PostgreSQL and 64 elsewhere (gorm-semantics §5.3).
func TestIdentifierLength(t *testing.T) {
	for d, want := range map[dburl.Dialect]int{dburl.Postgres: 63, dburl.SQLite: 64} {
		res := load(t, "tags", d)
		tb, _ := res.Schema.Table("long_names")
		for _, idx := range tb.Indexes {
			if len(idx.Name) != want {
				t.Errorf("%s: index %s has %d bytes, want %d", d, idx.Name, len(idx.Name), want)
			}
		}
	}
}

func TestDirsOrder(t *testing.T) {
	res, err := Load(context.Background(), Config{
		Dirs: []string{filepath.Join("testdata", "tags"), filepath.Join("testdata", "blogv2")}, Dialect: dburl.SQLite,
		Models: []string{"SubscriptionTier", "Language"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range res.Models {
		got = append(got, m.Package+"."+m.Name)
	}
	if strings.Join(got, " ") != "example.com/tags.Language example.com/blogv2.SubscriptionTier" {
		t.Errorf("models = %v", got)
	}
}

func TestDuplicateTable(t *testing.T) {
	_, err := Load(context.Background(), Config{
		Dirs: []string{filepath.Join("testdata", "blog"), filepath.Join("testdata", "blogv2")}, Dialect: dburl.SQLite,
		Models: []string{"User"},
	})
	if err == nil || !strings.Contains(err.Error(), `model User: table "users" is already the table of example.com/blog.User`) {
		t.Errorf("got %v", err)
	}
}

func tableNames(res *Result) string {
	var names []string
	for _, tb := range res.Schema.Tables {
		names = append(names, tb.Name)
	}
	return strings.Join(names, " ")
}

func TestSQLiteAutoIncrement(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "package m\n\ntype Counter struct {\n\tID  uint `gorm:\"primaryKey\"`\n\tSeq int  `gorm:\"autoIncrement\"`\n}\n")
	_, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: dburl.SQLite})
	if err == nil || !strings.Contains(err.Error(), "models.go:5:2: field Seq: SQLite allows autoIncrement only on the table's single integer primary key") {
		t.Errorf("got %v", err)
	}
	if _, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: dburl.Postgres}); err != nil {
		t.Errorf("postgres: %v", err)
	}
}
