package diff

import (
	"fmt"
	"path"

	"ariga.io/atlas/sql/schema"
)

// Tables returns a copy of s holding only the tables autogen may touch:
// those matching a glob of include (every table when include is empty)
// and no glob of exclude. Globs are path.Match patterns over table names
// ("audit_*", "tmp_?"). Filter both sides of a diff the same way, so that
// an excluded table is neither created nor dropped.
func Tables(s *schema.Schema, include, exclude []string) (*schema.Schema, error) {
	for _, g := range append(append([]string(nil), include...), exclude...) {
		if _, err := path.Match(g, ""); err != nil {
			return nil, fmt.Errorf("table pattern %q: %w", g, err)
		}
	}
	if len(include) == 0 && len(exclude) == 0 {
		return s, nil
	}
	out := *s
	out.Tables = nil
	for _, t := range s.Tables {
		if (len(include) == 0 || matchAny(include, t.Name)) && !matchAny(exclude, t.Name) {
			out.Tables = append(out.Tables, t)
		}
	}
	return &out, nil
}

func matchAny(globs []string, name string) bool {
	for _, g := range globs {
		if ok, _ := path.Match(g, name); ok {
			return true
		}
	}
	return false
}
