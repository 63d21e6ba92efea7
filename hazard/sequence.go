package hazard

import (
	"fmt"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hint"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// alterSequence flags a sequence that narrows (DF109): PostgreSQL refuses
// ALTER SEQUENCE … AS integer when the sequence has handed out a value
// beyond the new type (its last_value), or when a MINVALUE or MAXVALUE
// set by hand lies beyond it; bounds that were the old type's own move
// with the type. The live check and the guard read the sequence itself,
// so the guard holds in a file written with --sql, offline. A sequence the
// migration creates (New) has nothing to check.
func (a *analyzer) alterSequence(c *hint.AlterSequence) {
	if a.d != dburl.Postgres || !c.Narrows() || c.New {
		return
	}
	name := c.Seq.Name
	seq := sqlsafe.Ident(a.d, c.Seq.Name)
	if c.Seq.Schema != "" {
		name = c.Seq.Schema + "." + name
		seq = sqlsafe.Ident(a.d, c.Seq.Schema) + "." + seq
	}
	lo, hi := typeBounds(hint.Bits(c.To))
	oldLo, oldHi := typeBounds(hint.Bits(c.Seq.Type))
	q := fmt.Sprintf("SELECT 1 FROM %s WHERE last_value < %s OR last_value > %s\n"+
		"UNION ALL SELECT 1 FROM pg_catalog.pg_sequence WHERE seqrelid = %s::regclass\n"+
		"  AND (seqmax > %s AND seqmax <> %s OR seqmin < %s AND seqmin <> %s)",
		seq, lo, hi, sqlsafe.Literal(a.d, seq), hi, oldHi, lo, oldLo)
	col := c.Table + "." + c.Column
	what := fmt.Sprintf("beyond %s..%s", lo, hi)
	stmt := fmt.Sprintf("ALTER SEQUENCE %s AS %s", name, c.To)
	f := a.add(DF109, Warning, c, c.Table, c.Column, fmt.Sprintf("%s: %s fails if the sequence's last value or a bound set on it is %s", col, stmt, what))
	f.probe = &probe{query: q, hit: Error,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: sequence %s has reached a value or has a bound %s; %s will fail", col, name, what, stmt)
		},
		clear: fmt.Sprintf("%s: sequence %s is within %s now; the guard stops the migration if it moves past", col, name, c.To)}
	f.Guard = &Guard{Violations: q, Message: fmt.Sprintf("sequence %s of %s has a value or a bound %s; %s would fail", name, col, what, stmt)}
}

// typeBounds are the smallest and largest values of a signed integer type
// of the given width.
func typeBounds(bits int) (lo, hi string) {
	return fmt.Sprint(-(int64(1) << (bits - 1))), fmt.Sprint(int64(^uint64(0)>>1) >> (64 - bits))
}
