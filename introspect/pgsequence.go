package introspect

import (
	"context"
	"fmt"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/hint"
)

// pgAddSequences records on each serial column of s the sequence its
// default draws from and that sequence's type (hint.Sequence), which
// neither Atlas's inspector nor its schema values know. Both readers call
// it, on the connection or snapshot they read the rest on, so that they
// agree. A column seen twice (a default that names two sequences) keeps
// the first by schema and name.
func pgAddSequences(ctx context.Context, q querier, s *schema.Schema) error {
	rows, err := q.QueryContext(ctx, pgSequencesQuery, s.Name)
	if err != nil {
		return fmt.Errorf("postgres: querying schema %q sequences: %w", s.Name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, column string
		var seq hint.Sequence
		if err := rows.Scan(&table, &column, &seq.Schema, &seq.Name, &seq.Type); err != nil {
			return fmt.Errorf("postgres: scanning sequences: %w", err)
		}
		t, ok := s.Table(table)
		if !ok {
			continue // excluded or not read
		}
		c, ok := t.Column(column)
		if !ok {
			continue
		}
		if _, serial := c.Type.Type.(*postgres.SerialType); !serial {
			continue // a nextval default Atlas keeps as a default
		}
		if _, seen := hint.SequenceOf(c.Attrs); seen {
			continue
		}
		c.Attrs = append(c.Attrs, &seq)
	}
	return rows.Err()
}
