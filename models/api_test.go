package models

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

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

// TestWarnings: tag keys GORM ignores are warnings at the field, sorted,
// and never stop the load.
func TestWarnings(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, `package w

type Item struct {
	ID    uint
	Name  string `+"`gorm:\"size:10;AUTO_INCREMENT\"`"+`
	Code  string `+"`gorm:\"unique_index;primary key\"`"+`
	Plain string `+"`gorm:\"sizee:3\" sql:\"not null\"`"+`
}
`)
	res, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: dburl.SQLite})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range res.Warnings {
		got = append(got, filepath.Base(w.Pos.Filename)+":"+strconv.Itoa(w.Pos.Line)+": "+w.Msg)
	}
	want := []string{
		`models.go:5: field Name: GORM ignores the gorm tag key "AUTO_INCREMENT" (a GORM v1 spelling; write autoIncrement)`,
		`models.go:6: field Code: GORM ignores the gorm tag key "PRIMARY KEY" (did you mean primaryKey?)`,
		`models.go:6: field Code: GORM ignores the gorm tag key "UNIQUE_INDEX" (a GORM v1 spelling; write uniqueIndex)`,
		`models.go:7: field Plain: GORM ignores the gorm tag key "SIZEE"`,
		`models.go:7: field Plain: GORM v2 ignores the v1 sql:"…" tag; move its settings into gorm:"…"`,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("warnings (-want +got):\n%s", d)
	}
}

// TestNameReplacer: GORM's NameReplacer runs before snake-casing, for
// table and column names alike.
func TestNameReplacer(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "package r\n\ntype CIDRecord struct {\n\tID uint\n\tCIDValue string `gorm:\"index\"`\n}\n")
	res, err := Load(context.Background(), Config{
		Dirs: []string{dir}, Dialect: dburl.Postgres,
		Naming: Naming{NameReplacer: []Replacement{{From: "CID", To: "Cid"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tb := res.Schema.Tables[0]
	if _, ok := tb.Column("cid_value"); tb.Name != "cid_records" || !ok || tb.Indexes[0].Name != "idx_cid_records_cid_value" {
		t.Errorf("table %s, columns %v, index %s", tb.Name, tb.Columns, tb.Indexes[0].Name)
	}
}
