package main

import "ariga.io/atlas/sql/schema"

// addTables lists a schema's tables as changes that create them.
func addTables(s *schema.Schema) []schema.Change {
	var out []schema.Change
	for _, t := range s.Tables {
		out = append(out, &schema.AddTable{T: t})
	}
	return out
}
