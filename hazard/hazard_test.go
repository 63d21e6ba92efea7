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
	for _, c := range []Code{DL101, DL104, DF107, DF108, DF109, SD106, RW105, LK106, TX104, TX105, BC108, IR104, PF102} {
		if _, ok := catalog[c]; !ok {
			t.Errorf("%s is not in the catalog", c)
		}
	}
}

// TX105 reads the server version: before PostgreSQL 12, ADD VALUE cannot
// run in the revision's transaction at all. (The test servers are newer,
// so the old branch is checked here, on the probe itself.)
func TestAddValueBeforePostgres12(t *testing.T) {
	mood := func(v ...string) *schema.EnumType { return &schema.EnumType{T: "mood", Values: v} }
	up := []schema.Change{&schema.ModifyObject{From: mood("sad"), To: mood("sad", "ok")}}
	s := schema.New("public")
	rep := Analyze(Input{Up: up, Current: s, Desired: s, Dialect: dburl.Postgres})
	if len(rep.Flags) != 1 || rep.Flags[0].Code != TX105 || rep.Flags[0].probe == nil {
		t.Fatalf("flags = %+v, want one TX105 with a live check", rep.Flags)
	}
	sev, text, _ := rep.Flags[0].probe.eval(110022, false)
	if want := "type mood: ALTER TYPE … ADD VALUE 'ok': PostgreSQL before 12 cannot run ADD VALUE inside a transaction block: put it in a revision of its own with -- autogen:transaction false, and use the new value only in a later revision"; sev != Error || text != want {
		t.Errorf("on 11: %s %q, want error %q", sev, text, want)
	}
	if sev, _, _ := rep.Flags[0].probe.eval(150004, false); sev != Warning {
		t.Errorf("on 15: %s, want warning", sev)
	}
	if rep := Analyze(Input{Up: up, Current: s, Desired: s, Dialect: dburl.MySQL}); len(rep.Flags) != 0 {
		t.Errorf("TX105 on MySQL: %+v", rep.Flags)
	}
}

// mentions decides whether a check may run before the migration adds a
// column: it must see the name bare, quoted or in any case, and never
// inside a longer name.
func TestMentions(t *testing.T) {
	for _, c := range []struct {
		x, col string
		want   bool
	}{
		{"deleted_at IS NULL", "deleted_at", true},
		{`("Deleted_At" IS NULL)`, "deleted_at", true},
		{"`qty` >= 0", "qty", true},
		{"lower(email)", "email", true},
		{"is_default = true", "default", false},
		{"qty2 > 0 AND xqty > 0", "qty", false},
		{"qty2 > 0 AND qty > 0", "qty", true},
		{"", "qty", false},
	} {
		if got := mentions(c.x, c.col); got != c.want {
			t.Errorf("mentions(%q, %q) = %v, want %v", c.x, c.col, got, c.want)
		}
	}
}
