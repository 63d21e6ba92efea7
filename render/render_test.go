package render

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hazard"
)

var update = flag.Bool("update", false, "rewrite golden files")

// users builds a table with a serial key, a unique email and an index.
func users(d dburl.Dialect) *schema.Table {
	id := &schema.Column{Name: "id", Type: &schema.ColumnType{Type: &schema.IntegerType{T: "bigint"}}}
	switch d {
	case dburl.Postgres:
		id.Type.Type = &postgres.SerialType{T: "bigserial"}
	case dburl.MySQL:
		id.Type.Type = &schema.IntegerType{T: "bigint", Unsigned: true}
		id.AddAttrs(&mysql.AutoIncrement{})
	default:
		id.Type.Type = &schema.IntegerType{T: "integer"}
		id.AddAttrs(&sqlite.AutoIncrement{})
	}
	email := &schema.Column{Name: "email", Type: &schema.ColumnType{Type: &schema.StringType{T: "varchar", Size: 255}, Raw: "varchar(255)"}}
	t := schema.NewTable("users").AddColumns(id, email)
	t.SetPrimaryKey(schema.NewPrimaryKey(id))
	t.AddIndexes(schema.NewUniqueIndex("idx_users_email").AddColumns(email))
	return t
}

func TestNativeGolden(t *testing.T) {
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.SQLite, dburl.MySQL} {
		t.Run(string(d), func(t *testing.T) {
			tbl := users(d)
			up, err := Plan([]schema.Change{&schema.AddTable{T: tbl}}, d)
			if err != nil {
				t.Fatal(err)
			}
			down, err := Plan([]schema.Change{&schema.DropTable{T: tbl}}, d)
			if err != nil {
				t.Fatal(err)
			}
			rev := Revision{ID: "a1b2c3d4e5f6", Message: "Create users: the first table!", Created: "2026-11-25T12:00:00Z", Dialect: string(d)}
			f := Native(rev, up, down)
			if f.Name != "a1b2c3d4e5f6_create_users_the_first_table.sql" {
				t.Errorf("name = %q", f.Name)
			}
			golden(t, filepath.Join("testdata", string(d)+".sql"), f.Content)
		})
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, d)
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"add users table":   "add_users_table",
		"  Add bio & index": "add_bio_index",
		"!!!":               "revision",
		"a very long message that goes on and on past forty characters": "a_very_long_message_that_goes_on_and_on",
	}
	for in, want := range tests {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// SQLite's foreign_keys PRAGMA is left to the runner: inside the
// revision's transaction it would be a no-op that hides a cascade.
func TestPlanDropsForeignKeysPragma(t *testing.T) {
	parent := users(dburl.SQLite)
	changed := users(dburl.SQLite)
	changed.Columns[1].Type.Null = true
	changes := []schema.Change{&schema.ModifyTable{T: changed, Changes: []schema.Change{
		&schema.ModifyColumn{From: parent.Columns[1], To: changed.Columns[1], Change: schema.ChangeNull},
	}}}
	stmts, err := Plan(changes, dburl.SQLite)
	if err != nil {
		t.Fatal(err)
	}
	if len(stmts) == 0 {
		t.Fatal("no statements planned for a rebuild")
	}
	for _, s := range stmts {
		if isForeignKeysPragma(s.SQL) {
			t.Errorf("plan keeps %q", s.SQL)
		}
	}
}

// Renames are planned before everything else, whatever the caller passes:
// Atlas puts a table's RENAME COLUMN after its other changes, which then
// name a column that does not exist yet (and a SQLite rebuild copies it
// from one that no longer does). A guard of the rest sits after the
// renames, right before the statements; the flags ride on their own.
func TestPlanRenamesFirst(t *testing.T) {
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.SQLite, dburl.MySQL} {
		t.Run(string(d), func(t *testing.T) {
			tbl := users(d)
			email := tbl.Columns[1]
			old := *email
			old.Name = "mail"
			required := *email
			nullable := *email
			nullable.Type = &schema.ColumnType{Type: email.Type.Type, Raw: email.Type.Raw, Null: true}
			rename := &schema.RenameColumn{From: &old, To: &nullable}
			notNull := &schema.ModifyColumn{From: &nullable, To: &required, Change: schema.ChangeNull}
			// One ModifyTable holding both, as Atlas's own differ writes them.
			mixed := &schema.ModifyTable{T: tbl, Changes: []schema.Change{notNull, rename}}
			flags := []hazard.Flag{
				{Code: "BC102", Text: "users.mail renamed to email", Change: mixed, Part: rename},
				{Code: "DF102", Text: "users.email becomes NOT NULL", Change: mixed, Part: notNull,
					Guard: &hazard.Guard{Violations: "SELECT 1 FROM " + q(d, "users") + " WHERE " + q(d, "email") + " IS NULL", Message: "users.email holds NULLs"}},
			}
			stmts, err := Plan([]schema.Change{mixed}, d, flags...)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range stmts {
				line := s.SQL
				switch {
				case strings.Contains(s.SQL, "RENAME COLUMN"):
					line = "rename"
				case strings.Contains(s.SQL, "autogen guard"):
					line = "guard"
				}
				for _, f := range s.Hazards {
					line += " +" + string(f.Code)
				}
				got = append(got, line)
			}
			if len(got) < 3 || got[0] != "rename +BC102" || got[1] != "guard" || !strings.Contains(strings.Join(got[2:], "\n"), "+DF102") {
				t.Errorf("statements:\n%s\nwant the rename (+BC102), the guard, then the rest (+DF102)", strings.Join(got, "\n"))
			}
		})
	}
}

// An empty revision (revision -m) tells its writer where the SQL goes, and
// only in comments, which the runner ignores.
func TestNativeEmptyRevision(t *testing.T) {
	f := Native(Revision{ID: "d4e5f6a7b8c9", Parents: []string{"c3d4e5f6a7b8"}, Message: "seed tiers", Created: "2026-11-25T12:00:00Z"}, nil, nil)
	want := "-- autogen:revision d4e5f6a7b8c9\n" +
		"-- autogen:revises c3d4e5f6a7b8\n" +
		"-- autogen:message seed tiers\n" +
		"-- autogen:created 2026-11-25T12:00:00Z\n" +
		"-- Written by hand: put the SQL of this step after \"-- autogen:up\" and the SQL\n" +
		"-- that undoes it after \"-- autogen:down\"; end each statement with \";\".\n" +
		"\n-- autogen:up\n" +
		"\n-- autogen:down\n"
	if d := cmp.Diff(want, string(f.Content)); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
