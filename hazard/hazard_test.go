package hazard

import (
	"slices"
	"testing"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

func TestMatcher(t *testing.T) {
	flags := []Flag{
		{Code: DL102, Severity: Error},
		{Code: DF101, Severity: Info, cleared: true},
		{Code: BC101, Severity: Warning},
		{Code: PF102, Severity: Info},
	}
	tests := []struct {
		spec string
		want []Code
	}{
		{"DL102", []Code{DL102}},
		{"df101", nil}, // cleared by the live checks
		{"DL,BC", []Code{DL102, BC101}},
		{"warning", []Code{DL102, BC101}},
		{"info", []Code{DL102, DF101, BC101, PF102}},
		{"PF102,error", []Code{DL102, PF102}},
	}
	for _, tt := range tests {
		m, err := ParseMatcher(tt.spec)
		if err != nil {
			t.Fatalf("%s: %v", tt.spec, err)
		}
		var got []Code
		for _, f := range m.Match(flags) {
			got = append(got, f.Code)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s matches %v, want %v", tt.spec, got, tt.want)
		}
	}
	for _, bad := range []string{"", "XX999", "error,warning"} {
		if _, err := ParseMatcher(bad); err == nil {
			t.Errorf("ParseMatcher(%q) accepted", bad)
		}
	}
}

func TestSummary(t *testing.T) {
	r := &Report{Flags: []Flag{{Code: DL102, Severity: Error}, {Code: BC101, Severity: Warning}, {Code: BC101, Severity: Warning}}}
	if got, want := r.Summary(), "1 error (DL102), 2 warnings (BC101), 0 info"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
}

// No changes, no flags; the catalog names every code the rules use.
func TestAnalyzeNothing(t *testing.T) {
	s := schema.New("public").AddTables(schema.NewTable("users").AddColumns(schema.NewIntColumn("id", "bigint")))
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.MySQL, dburl.SQLite} {
		if rep := Analyze(Input{Current: s, Desired: s, Dialect: d}); len(rep.Flags) != 0 {
			t.Errorf("%s: flags for no changes: %v", d, rep.Flags)
		}
	}
	for _, c := range []Code{DL101, DL104, DF108, SD106, RW105, LK106, TX104, BC108, IR104, PF102} {
		if _, ok := catalog[c]; !ok {
			t.Errorf("%s is not in the catalog", c)
		}
	}
}
