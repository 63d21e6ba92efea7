package hint

import (
	"strings"

	"ariga.io/atlas/sql/schema"
)

// Sequence on a PostgreSQL serial column is the sequence its nextval
// default draws from, as the catalog links it (pg_depend, the sequence
// OWNED BY the column), and the sequence's own integer type. ALTER TABLE
// … ALTER COLUMN … TYPE leaves that type as it was, so a serial widened
// to bigint keeps a sequence that stops at 2^31-1; package introspect
// reads it so that package diff can see it.
//
// Schema is empty when the sequence lives in its table's schema (the
// usual case): the migration then names it unqualified, as it names the
// table, and applies to whichever schema the connection uses.
type Sequence struct {
	schema.Attr
	Schema, Name string
	Type         string // smallint, integer or bigint, as format_type writes it
}

// SequenceOf returns the Sequence recorded in attrs, if any.
func SequenceOf(attrs []schema.Attr) (*Sequence, bool) {
	for _, a := range attrs {
		if s, ok := a.(*Sequence); ok && s.Name != "" {
			return s, true
		}
	}
	return nil, false
}

// AlterSequence is a change package diff returns on PostgreSQL when a
// serial column's sequence must take another type: ALTER SEQUENCE … AS
// To, which Atlas's planner never writes. It stands on its own in the
// list of changes, after the ModifyTable of its table when the sequence
// widens or is new, before it when it narrows (the sequence must fit the
// smaller type before the column takes it). Package render plans it and
// package hazard flags a narrowing (DF109).
//
// Like Atlas's own driver changes, it embeds schema.Change (always nil)
// only to satisfy that interface.
type AlterSequence struct {
	schema.Change
	// Table and Column are the serial column, by its name in the desired
	// schema.
	Table, Column string
	// Seq names the sequence; Seq.Type is its type before the change.
	Seq Sequence
	// To is the new type.
	To string
	// New says that the sequence does not exist before the migration:
	// Atlas's planner creates it (integer -> serial) and this change
	// follows.
	New bool
}

// Bits is the width of a sequence type: 16, 32 or 64.
func Bits(typ string) int {
	switch strings.ToLower(typ) {
	case "smallint", "int2", "smallserial", "serial2":
		return 16
	case "integer", "int", "int4", "serial", "serial4":
		return 32
	}
	return 64
}

// Narrows reports whether the change makes the sequence's type smaller.
func (c *AlterSequence) Narrows() bool {
	return Bits(c.To) < Bits(c.Seq.Type)
}
