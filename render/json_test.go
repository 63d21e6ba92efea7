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

// Possible renames follow the changes in the same array, as objects of
// kind possible_rename: readers of the documented shape keep working.
func TestChangesJSONPossibleRenames(t *testing.T) {
	users := users(dburl.Postgres)
	changes := []schema.Change{&schema.ModifyTable{T: users, Changes: []schema.Change{
		&schema.DropColumn{C: schema.NewStringColumn("name", "text")},
		&schema.AddColumn{C: schema.NewStringColumn("full_name", "text")},
	}}}
	renames := []PossibleRename{
		{Table: "users", Column: true, From: "name", To: "full_name", Hint: `tag the field autogen:"renamed_from:name"`},
		{Table: "events", From: "logs", To: "events", Hint: "put //autogen:renamed_from logs in the model type's doc comment"},
	}
	var buf bytes.Buffer
	if err := ChangesJSON(&buf, changes, dburl.Postgres, renames...); err != nil {
		t.Fatal(err)
	}
	var got []map[string]string
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := []map[string]string{
		{"kind": "drop_column", "table": "users", "name": "name", "from": "text NOT NULL"},
		{"kind": "add_column", "table": "users", "name": "full_name", "to": "text NOT NULL"},
		{"kind": "possible_rename", "table": "users", "name": "full_name", "from": "name", "to": "full_name", "detail": "column", "hint": `tag the field autogen:"renamed_from:name"`},
		{"kind": "possible_rename", "table": "events", "from": "logs", "to": "events", "detail": "table", "hint": "put //autogen:renamed_from logs in the model type's doc comment"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
