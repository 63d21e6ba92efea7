package render

import (
	"bytes"
	"encoding/json"
	"testing"

	"ariga.io/atlas/sql/schema"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
)

func TestChangesJSON(t *testing.T) {
	users := users(dburl.Postgres)
	old := schema.NewStringColumn("name", "text")
	renamed := schema.NewStringColumn("full_name", "text")
	fk := schema.NewForeignKey("fk_users_self").AddColumns(users.Columns[0]).SetRefTable(users).
		AddRefColumns(users.Columns[0]).SetOnDelete(schema.Cascade)
	changes := []schema.Change{
		&schema.AddTable{T: users},
		&schema.ModifyTable{T: users, Changes: []schema.Change{
			&schema.RenameColumn{From: old, To: renamed},
			&schema.AddForeignKey{F: fk},
			&schema.ModifyColumn{From: users.Columns[1], To: users.Columns[1], Change: schema.ChangeNull | schema.ChangeDefault},
		}},
	}
	var buf bytes.Buffer
	if err := ChangesJSON(&buf, changes, dburl.Postgres); err != nil {
		t.Fatal(err)
	}
	var got []ChangeJSON
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := []ChangeJSON{
		{Kind: "add_table", Table: "users"},
		{Kind: "rename_column", Table: "users", Name: "full_name", From: "name", To: "full_name"},
		{Kind: "add_foreign_key", Table: "users", Name: "fk_users_self", To: "(id) REFERENCES users (id) ON DELETE CASCADE"},
		{Kind: "modify_column", Table: "users", Name: "email", From: "character varying(255) NOT NULL", To: "character varying(255) NOT NULL", Detail: "null,default"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
