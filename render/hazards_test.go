package render

import (
	"path/filepath"
	"strings"
	"testing"

	"ariga.io/atlas/sql/schema"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/migrate"
)

// TestNativeHazardsGolden renders a migration with flags: the summary and
// "Not compared" section after the header, a guard first, "-- hazard:"
// lines before the statements they are about, and the down section's note.
// migrate's parser must read it back.
func TestNativeHazardsGolden(t *testing.T) {
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.SQLite, dburl.MySQL} {
		t.Run(string(d), func(t *testing.T) {
			cur := users(d)
			bio := schema.NewNullStringColumn("bio", "varchar(100)")
			bio.Type.Type = &schema.StringType{T: "varchar", Size: 100}
			cur.AddColumns(bio)
			want := users(d)
			want.Indexes = nil
			idx := schema.NewUniqueIndex("idx_users_email").AddColumns(want.Columns[1])
			want.AddIndexes(idx)
			cur.Indexes = nil

			drop := &schema.DropColumn{C: bio}
			add := &schema.AddIndex{I: idx}
			up := []schema.Change{&schema.ModifyTable{T: want, Changes: []schema.Change{drop, add}}}
			readd := &schema.AddColumn{C: bio}
			down := []schema.Change{&schema.ModifyTable{T: cur, Changes: []schema.Change{readd, &schema.DropIndex{I: idx}}}}
			violations := "SELECT " + q(d, "email") + " FROM " + q(d, "users") + " GROUP BY " + q(d, "email") + " HAVING count(*) > 1"
			rep := &hazard.Report{
				Dialect: d,
				Flags: []hazard.Flag{
					{Code: "DL102", Severity: hazard.Error, Table: "users", Column: "bio", Text: "users.bio: 2 non-NULL values are lost by DROP COLUMN", Change: up[0], Part: drop},
					{Code: "DF101", Severity: hazard.Info, Table: "users", Column: "email", Text: "users.email: 0 duplicate values now; guarded", Change: up[0], Part: add,
						Guard: &hazard.Guard{Violations: violations, Message: "users.email has duplicate values; 100% sure it's a bug"}},
					{Code: "IR101", Severity: hazard.Warning, Table: "users", Column: "bio", Down: true, Text: "the downgrade re-creates users.bio empty", Change: down[0], Part: readd},
				},
				NotCompared: []string{"in this database, outside the models: view active_users", "the models cannot express: data moves"},
				Live:        "ran at generation time, read-only, each query bounded by 5s",
			}
			upS, err := Plan(up, d, rep.Up()...)
			if err != nil {
				t.Fatal(err)
			}
			downS, err := Plan(down, d, rep.Down()...)
			if err != nil {
				t.Fatal(err)
			}
			rev := Revision{ID: "b2c3d4e5f6a7", Parents: []string{"a1b2c3d4e5f6"}, Message: "drop bio, unique email", Created: "2026-11-25T12:00:00Z", Dialect: string(d), Hazards: rep}
			f := Native(rev, upS, downS)
			golden(t, filepath.Join("testdata", string(d)+"_hazards.sql"), f.Content)

			parsed, err := migrate.ParseFile(f.Name, f.Content)
			if err != nil {
				t.Fatalf("migrate cannot read the file: %v", err)
			}
			if len(parsed.Up) != len(upS) || !strings.Contains(parsed.Up[0].SQL, "autogen guard DF101") {
				t.Errorf("parsed up = %d statements, first %q; want %d, the guard first", len(parsed.Up), parsed.Up[0].SQL, len(upS))
			}
		})
	}
}

func q(d dburl.Dialect, s string) string {
	if d == dburl.Postgres {
		return `"` + s + `"`
	}
	return "`" + s + "`"
}

// Atlas plans ALTER TYPE … ADD VALUE with no source change: its flags
// still ride on it, not on the statement planned before it.
func TestAddValueFlag(t *testing.T) {
	tbl := users(dburl.Postgres)
	bio := schema.NewNullStringColumn("bio", "text")
	bio.Type.Type = &schema.StringType{T: "text"}
	addBio := &schema.ModifyTable{T: tbl, Changes: []schema.Change{&schema.AddColumn{C: bio}}}
	mood := &schema.ModifyObject{
		From: &schema.EnumType{T: "mood", Values: []string{"sad"}},
		To:   &schema.EnumType{T: "mood", Values: []string{"sad", "ok", "happy"}},
	}
	flags := []hazard.Flag{{Code: "TX105", Text: "type mood: ALTER TYPE … ADD VALUE 'ok', 'happy'", Change: mood, Part: mood}}
	stmts, err := Plan([]schema.Change{addBio, mood}, dburl.Postgres, flags...)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range stmts {
		line := s.SQL
		for _, f := range s.Hazards {
			line += " +" + string(f.Code)
		}
		got = append(got, line)
	}
	want := []string{
		`ALTER TABLE "users" ADD COLUMN "bio" text NULL`,
		`ALTER TYPE "mood" ADD VALUE 'ok' +TX105`,
		`ALTER TYPE "mood" ADD VALUE 'happy'`,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
