package diff

import (
	"testing"

	"ariga.io/atlas/sql/schema"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
)

func TestTables(t *testing.T) {
	s := schema.New("public")
	for _, n := range []string{"users", "posts", "audit_log", "audit_2024", "tmp"} {
		s.AddTables(schema.NewTable(n).AddColumns(schema.NewIntColumn("id", "bigint")))
	}
	names := func(s *schema.Schema) []string {
		var out []string
		for _, t := range s.Tables {
			out = append(out, t.Name)
		}
		return out
	}
	for _, tt := range []struct {
		include, exclude, want []string
	}{
		{nil, nil, []string{"users", "posts", "audit_log", "audit_2024", "tmp"}},
		{nil, []string{"audit_*", "tmp"}, []string{"users", "posts"}},
		{[]string{"audit_*"}, []string{"audit_2???"}, []string{"audit_log"}},
	} {
		got, err := Tables(s, tt.include, tt.exclude)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(tt.want, names(got)); d != "" {
			t.Errorf("include %v exclude %v (-want +got):\n%s", tt.include, tt.exclude, d)
		}
	}
	if _, err := Tables(s, []string{"["}, nil); err == nil {
		t.Error("a bad pattern is no error")
	}
	// Filtered on both sides, an excluded table is neither added nor dropped.
	db, _ := Tables(s, nil, []string{"audit_*"})
	models, _ := Tables(schema.New("public").AddTables(schema.NewTable("users").AddColumns(schema.NewIntColumn("id", "bigint"))), nil, []string{"audit_*"})
	changes, err := Schemas(db, models, dburl.Postgres)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{`drop table "posts"`, `drop table "tmp"`}, Describe(changes)); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
