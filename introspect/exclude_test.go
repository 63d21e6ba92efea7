package introspect

import (
	"slices"
	"testing"

	"ariga.io/atlas/sql/schema"
)

// Schema names that Atlas's pattern reader would split, unquote or read as
// globs still drop exactly the tables the patterns name.
func TestExcludeSchemaOddNames(t *testing.T) {
	for _, name := range []string{`Odd, "s"`, `a.b`, `x*`, `[y`, `back\slash`, `"`} {
		s := schema.New(name).AddTables(schema.NewTable("autogen_version"), schema.NewTable("items"), schema.NewTable("logs"))
		schema.NewRealm(s)
		other := schema.New("xa").AddTables(schema.NewTable("autogen_version"))
		s.Realm.AddSchemas(other)
		got, err := excludeSchema(s, []string{"autogen_version", "log*"})
		if err != nil {
			t.Fatalf("schema %q: %v", name, err)
		}
		var names []string
		for _, tb := range got.Tables {
			names = append(names, tb.Name)
		}
		if !slices.Equal(names, []string{"items"}) {
			t.Errorf("schema %q: tables %q, want [items]", name, names)
		}
		if len(other.Tables) != 1 {
			t.Errorf("schema %q: the pattern reached schema %q", name, other.Name)
		}
	}
}
