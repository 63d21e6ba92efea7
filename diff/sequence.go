package diff

import (
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/hint"
)

// fixSequences (PostgreSQL) adds a hint.AlterSequence for each serial
// column whose sequence type differs from the one the desired schema
// gives it, which is what a fresh CREATE TABLE (GORM's AutoMigrate) makes:
// smallint for smallserial, integer for serial, bigint for bigserial, or
// the type the catalog read when the desired schema is a database's.
// Atlas's differ never compares sequences, and its planner widens a
// serial with ALTER COLUMN … TYPE alone, which leaves the sequence as it
// was: serial -> bigserial still stops at 2^31-1. The change is also
// returned when only the sequence differs (a past migration left it), so
// that autogen check reports it.
//
// A sequence that narrows goes first, before the column takes the smaller
// type; one that widens, or that Atlas's planner creates (integer ->
// serial: its CREATE SEQUENCE makes a bigint sequence), goes last.
func fixSequences(from, to *schema.Schema, changes []schema.Change) []schema.Change {
	var first, last []schema.Change
	for _, p := range common(from, to) {
		for _, fc := range p.from.Columns {
			tc, ok := p.to.Column(fc.Name)
			if !ok {
				continue
			}
			a, existing := alterSequence(p.from, p.to, fc, tc)
			switch {
			case a == nil:
			case existing && a.Narrows():
				first = append(first, a)
			default:
				last = append(last, a)
			}
		}
	}
	if len(first)+len(last) == 0 {
		return changes
	}
	out := append(first, changes...)
	return append(out, last...)
}

// alterSequence returns the change tc's sequence needs, or nil, and
// whether the sequence exists before the migration's other changes run
// (fc is serial already).
func alterSequence(ft, tt *schema.Table, fc, tc *schema.Column) (*hint.AlterSequence, bool) {
	ts, ok := tc.Type.Type.(*postgres.SerialType)
	if !ok {
		return nil, false
	}
	want := seqTypeOf(tc, ts)
	fs, existing := fc.Type.Type.(*postgres.SerialType)
	var cur hint.Sequence
	switch {
	case existing:
		cur = sequenceOf(ft, fc, fs)
		if _, read := hint.SequenceOf(fc.Attrs); !read {
			// The current side has no catalog reading (a schema built
			// from values): the desired side names the database's
			// sequence when it was read from it (the downgrade).
			if s, ok := hint.SequenceOf(tc.Attrs); ok {
				cur.Schema, cur.Name = s.Schema, s.Name
			}
		}
	default:
		// Atlas's planner writes CREATE SEQUENCE IF NOT EXISTS, whose
		// type is bigint, named as its SerialType.sequence names it.
		cur = hint.Sequence{Name: serialSequenceName(tt, tc, ts), Type: seqType(64)}
	}
	if hint.Bits(cur.Type) == hint.Bits(want) {
		return nil, existing
	}
	return &hint.AlterSequence{Table: tt.Name, Column: tc.Name, Seq: cur, To: want, New: !existing}, existing
}

// sequenceOf is fc's sequence as far as the schema says: read from the
// catalog, else the serial type's own.
func sequenceOf(t *schema.Table, c *schema.Column, st *postgres.SerialType) hint.Sequence {
	if s, ok := hint.SequenceOf(c.Attrs); ok {
		return *s
	}
	return hint.Sequence{Name: serialSequenceName(t, c, st), Type: seqTypeOf(c, st)}
}

// seqTypeOf is the sequence type column c wants: the one the catalog read,
// else the one PostgreSQL gives its serial type.
func seqTypeOf(c *schema.Column, st *postgres.SerialType) string {
	if s, ok := hint.SequenceOf(c.Attrs); ok {
		return s.Type
	}
	return seqType(hint.Bits(st.T))
}

func seqType(bits int) string {
	switch bits {
	case 16:
		return "smallint"
	case 32:
		return "integer"
	}
	return "bigint"
}

// serialSequenceName is the name Atlas's planner gives the sequence of a
// serial column it adds or alters: the one the catalog read (without its
// schema), else PostgreSQL's <table>_<column>_seq.
func serialSequenceName(t *schema.Table, c *schema.Column, st *postgres.SerialType) string {
	if st.SequenceName != "" {
		return st.SequenceName
	}
	return makeObjectName(t.Name, c.Name, "seq")
}
