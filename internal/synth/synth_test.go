package synth

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func TestModelsParse(t *testing.T) {
	for _, v := range []Variant{Base, Changed} {
		src := Models("gen", 300, v)
		f, err := parser.ParseFile(token.NewFileSet(), "gen.go", src, 0)
		if err != nil {
			t.Fatalf("variant %d does not parse: %v", v, err)
		}
		if got := len(f.Scope.Objects); got != 300 {
			t.Errorf("variant %d declares %d types, want 300", v, got)
		}
	}
}

// The changed variant touches 1% of the tables for each kind of change.
func TestChangedIsOnePercent(t *testing.T) {
	base, changed := Models("gen", 1000, Base), Models("gen", 1000, Changed)
	if n := strings.Count(changed, "Extra "); n != 10 {
		t.Errorf("%d added columns, want 10", n)
	}
	if n := strings.Count(changed, "size:150"); n != 10 {
		t.Errorf("%d widened columns, want 10", n)
	}
	if d := strings.Count(base, "not null;index") - strings.Count(changed, "not null;index"); d != 10 {
		t.Errorf("%d name indexes dropped, want 10", d)
	}
	if Models("gen", 10, Base) != Models("gen", 10, Base) {
		t.Error("output is not deterministic")
	}
}
