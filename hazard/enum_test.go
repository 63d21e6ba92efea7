package hazard_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// moodSchema is the schema value of a database with enum type mood used
// by people.mood (default 'ok') and reviews.rating. The models cannot
// declare enum types, and introspect does not list them as objects, so
// enum changes are built from schema values (as diff's enum tests do)
// and checked against a real database that holds the same tables.
func moodSchema(values ...string) *schema.Schema {
	s := schema.New("public")
	mood := &schema.EnumType{T: "mood", Values: values, Schema: s}
	s.Objects = append(s.Objects, mood)
	c := schema.NewColumn("mood").SetType(mood)
	c.Type.Null = true
	c.Default = &schema.RawExpr{X: "'ok'::mood"}
	r := schema.NewColumn("rating").SetType(mood)
	r.Type.Null = true
	id := func() *schema.Column { return schema.NewIntColumn("id", "integer") }
	return s.AddTables(
		schema.NewTable("people").AddColumns(id(), c),
		schema.NewTable("reviews").AddColumns(id(), r),
	)
}

const moodDDL = `CREATE TYPE mood AS ENUM ('sad', 'ok', 'meh');
CREATE TABLE people (id integer, mood mood DEFAULT 'ok');
CREATE TABLE reviews (id integer, rating mood)`

// enumReport diffs cur to want both ways on PostgreSQL and runs the
// analysis and the live checks against db.
func enumReport(t *testing.T, db *sql.DB, cur, want *schema.Schema) *hazard.Report {
	t.Helper()
	up, err := diff.Schemas(cur, want, dburl.Postgres)
	if err != nil {
		t.Fatal(err)
	}
	down, err := diff.Schemas(want, cur, dburl.Postgres)
	if err != nil {
		t.Fatal(err)
	}
	rep := hazard.Analyze(hazard.Input{Up: up, Down: down, Current: cur, Desired: want, Dialect: dburl.Postgres})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := hazard.Live(ctx, db, rep, hazard.Options{Timeout: 5 * time.Second}); err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestEnumHazards: on PostgreSQL, removing enum labels that rows hold
// makes the rebuild fail (DF107, counted per label and column, guarded),
// and a label added by ALTER TYPE … ADD VALUE cannot be used in the same
// revision (TX105).
func TestEnumHazards(t *testing.T) {
	db := testdb.Open(t, testdb.Postgres(t))
	testdb.Exec(t, db, moodDDL)
	testdb.Exec(t, db, "INSERT INTO people (id, mood) VALUES (1, 'sad'), (2, 'sad'), (3, 'ok');\nINSERT INTO reviews (id, rating) VALUES (1, 'meh'), (2, 'ok'), (3, NULL)")
	tests := []struct {
		name      string
		cur, want *schema.Schema
		edit      func(*schema.Schema)
		expect    []string
		severity  map[hazard.Code]hazard.Severity
		absent    []hazard.Code
	}{{
		name: "labels removed while rows hold them",
		cur:  moodSchema("sad", "ok", "meh"),
		want: moodSchema("ok"),
		expect: []string{
			`DF107 ^type mood: removed labels are in use: 'sad' in 2 rows of people.mood, 'meh' in 1 row of reviews.rating; converting will fail \(move those rows to a kept label in an earlier revision\)$`,
			`RW101 ^people.mood: converting to the rebuilt type mood rewrites people \(3 rows\)$`,
			`RW101 ^reviews.rating: converting to the rebuilt type mood rewrites reviews \(3 rows\)$`,
			// The downgrade adds them back.
			`TX105 ^type mood: ALTER TYPE … ADD VALUE 'sad', 'meh': the new value cannot be used in this revision`,
		},
		severity: map[hazard.Code]hazard.Severity{hazard.DF107: hazard.Error},
		// The conversion's DROP DEFAULT and SET DEFAULT are no default
		// change, and the old type's name is no type change.
		absent: []hazard.Code{hazard.BC106, hazard.BC105, hazard.DF106},
	}, {
		name: "label removed that no row holds",
		cur:  moodSchema("sad", "ok", "meh", "angry"),
		want: moodSchema("sad", "ok", "meh"),
		expect: []string{
			`DF107 ^type mood: 0 rows hold the removed labels 'angry' now \(people.mood, reviews.rating\); the guard stops the migration if some arrive before it runs$`,
		},
		severity: map[hazard.Code]hazard.Severity{hazard.DF107: hazard.Info},
	}, {
		name: "labels reordered",
		cur:  moodSchema("sad", "ok", "meh"),
		want: moodSchema("ok", "sad", "meh"),
		// Every row converts: only the rewrites.
		expect: []string{`RW101 ^people.mood: converting to the rebuilt type mood rewrites people \(3 rows\)$`},
		absent: []hazard.Code{hazard.DF107, hazard.TX105},
	}, {
		name: "label added",
		cur:  moodSchema("sad", "ok", "meh"),
		want: moodSchema("sad", "ok", "meh", "happy"),
		expect: []string{
			`TX105 ^type mood: ALTER TYPE … ADD VALUE 'happy': the new value cannot be used in this revision: PostgreSQL refuses it until the transaction commits \(before PostgreSQL 12 ADD VALUE cannot run in a transaction at all\); use it only in a later revision, or give the ADD VALUE a revision of its own$`,
			// The downgrade removes it again: re-tightens, guarded.
			`IR103 ^the downgrade re-tightens: type mood: labels 'happy' are removed: the rebuild converts people.mood, reviews.rating through text and fails on a row that holds one \(on data written since the upgrade\); guarded$`,
		},
		severity: map[hazard.Code]hazard.Severity{hazard.TX105: hazard.Warning},
		absent:   []hazard.Code{hazard.DF107, hazard.RW101},
	}, {
		name: "label added and used as a default in the same revision",
		cur:  moodSchema("sad", "ok", "meh"),
		want: moodSchema("sad", "ok", "meh", "happy"),
		edit: func(s *schema.Schema) {
			p, _ := s.Table("people")
			c, _ := p.Column("mood")
			c.Default = &schema.RawExpr{X: "'happy'::mood"}
		},
		expect: []string{
			`TX105 ^type mood: ALTER TYPE … ADD VALUE 'happy': the default of people.mood uses the new value in this same revision, so it will fail \(unsafe use of new value`,
		},
		severity: map[hazard.Code]hazard.Severity{hazard.TX105: hazard.Error},
	}, {
		name: "label added and spelled by a default of another type",
		cur:  moodSchema("sad", "ok", "meh"),
		want: moodSchema("sad", "ok", "meh", "happy"),
		edit: func(s *schema.Schema) {
			r, _ := s.Table("reviews")
			c := schema.NewNullStringColumn("note", "text")
			c.Type.Type = &schema.StringType{T: "text"}
			c.Default = &schema.Literal{V: "'happy'"}
			r.AddColumns(c)
		},
		expect:   []string{`TX105 ^type mood: ALTER TYPE … ADD VALUE 'happy': the new value cannot be used in this revision`},
		severity: map[hazard.Code]hazard.Severity{hazard.TX105: hazard.Warning},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.edit != nil {
				tt.edit(tt.want)
			}
			rep := enumReport(t, db, tt.cur, tt.want)
			check(t, rep, hcase{expect: tt.expect})
			for _, f := range rep.Up() {
				if want, ok := tt.severity[f.Code]; ok && f.Severity != want {
					t.Errorf("%s is %s, want %s: %s", f.Code, f.Severity, want, f.Text)
				}
				if has(tt.absent, f.Code) {
					t.Errorf("unexpected %s: %s", f.Code, f.Text)
				}
				if f.Code == hazard.DF107 {
					if f.Evidence == nil || !f.Evidence.Checked {
						t.Errorf("DF107 not checked live: %+v", f.Evidence)
					}
					guard(t, db, f)
				}
			}
		})
	}
}

// guard runs the flag's guard query on db: it must find the rows exactly
// when the live check did.
func guard(t *testing.T, db *sql.DB, f hazard.Flag) {
	t.Helper()
	if f.Guard == nil {
		t.Fatalf("%s has no guard", f.Code)
	}
	var hit bool
	if err := db.QueryRow("SELECT EXISTS (" + f.Guard.Violations + ")").Scan(&hit); err != nil {
		t.Fatalf("guard %s: %v", f.Guard.Violations, err)
	}
	if hit != (f.Evidence.Count > 0) {
		t.Errorf("guard finds violations = %v, live count %d", hit, f.Evidence.Count)
	}
}

func has[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
