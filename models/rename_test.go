package models

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hint"
)

func TestRenameHints(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, `package m

// Person was a user.
//
//autogen:renamed_from users
type Person struct {
	ID       uint   `+"`gorm:\"primaryKey\"`"+`
	FullName string `+"`gorm:\"size:100\" autogen:\"renamed_from:name\"`"+`
	Email    string `+"`gorm:\"size:100\"`"+`
}

type (
	//autogen:renamed_from old_posts
	Post struct {
		ID    uint   `+"`gorm:\"primaryKey\"`"+`
		Title string `+"`autogen:\"renamed_from:title\"`"+`
	}
)
`)
	res, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: dburl.Postgres})
	if err != nil {
		t.Fatal(err)
	}
	people, ok := res.Schema.Table("people")
	if !ok {
		t.Fatal("no table people")
	}
	if old, ok := hint.RenamedFromOf(people.Attrs); !ok || old != "users" {
		t.Errorf("people renamed from %q, %v; want users", old, ok)
	}
	full, _ := people.Column("full_name")
	if old, ok := hint.RenamedFromOf(full.Attrs); !ok || old != "name" {
		t.Errorf("full_name renamed from %q, %v; want name", old, ok)
	}
	email, _ := people.Column("email")
	if _, ok := hint.RenamedFromOf(email.Attrs); ok {
		t.Error("email has a rename hint")
	}
	posts, _ := res.Schema.Table("posts")
	if old, _ := hint.RenamedFromOf(posts.Attrs); old != "old_posts" {
		t.Errorf("posts renamed from %q, want old_posts", old)
	}
	// A hint naming the column itself says nothing.
	title, _ := posts.Column("title")
	if _, ok := hint.RenamedFromOf(title.Attrs); ok {
		t.Error("title renamed from itself")
	}
}

func TestRenameHintErrors(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, `package m

//autogen:renamed_from a b
type Item struct {
	ID   uint   `+"`gorm:\"primaryKey\"`"+`
	Name string `+"`autogen:\"renamed:x\"`"+`
	Note string `+"`autogen:\"renamed_from:\"`"+`
}
`)
	_, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: dburl.Postgres})
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("want an ErrorList, got %v", err)
	}
	want := []string{
		"models.go:3:1: //autogen:renamed_from needs one old table name",
		`models.go:6:2: field Name: unknown autogen tag key "renamed"`,
		"models.go:7:2: field Note: autogen:\"renamed_from:…\" needs one old column name",
	}
	if len(list) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(list), len(want), err)
	}
	for i, w := range want {
		if !strings.Contains(list[i].Error(), w) {
			t.Errorf("error %d = %q, want it to contain %q", i, list[i].Error(), w)
		}
	}
}
