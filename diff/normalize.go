package diff

import (
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

// prepare returns a copy of s ready to compare: a fixed schema name (Atlas
// refuses to diff schemas of different names) and the noise rules below.
func prepare(s *schema.Schema, d dburl.Dialect) *schema.Schema {
	c := *s
	c.Name = "autogen"
	return &c
}
