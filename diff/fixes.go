package diff

import (
	"fmt"
	"strings"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// fixForeignKeys adds the change Atlas misses when a foreign key keeps its
// name and columns but references another table: its fkChange compares
// the key's own table where it means the referenced one (atlas.md §5.3.1,
// fixed upstream in ariga/atlas#3440, after the pinned version).
func fixForeignKeys(from, to *schema.Schema, changes []schema.Change) []schema.Change {
	for _, p := range common(from, to) {
		ft, tt := p.from, p.to
		for _, f1 := range ft.ForeignKeys {
			f2 := matchFK(f1, tt)
			if f2 == nil || !refTableChanged(f1, f2) {
				continue
			}
			if m := modifyFK(changes, tt.Name, f1, f2); m != nil {
				m.Change |= schema.ChangeRefTable | schema.ChangeRefColumn
				continue
			}
			if touchesFK(changes, tt.Name, f1.Symbol) {
				continue
			}
			changes = addToTable(changes, tt, &schema.ModifyForeignKey{From: f1, To: f2, Change: schema.ChangeRefTable | schema.ChangeRefColumn})
		}
	}
	return changes
}

// matchFK finds the key of t that f pairs with: the same name, or for
// unnamed keys (SQLite's catalog has no names) the same columns.
func matchFK(f *schema.ForeignKey, t *schema.Table) *schema.ForeignKey {
	for _, g := range t.ForeignKeys {
		if f.Symbol != "" && g.Symbol != "" {
			if f.Symbol == g.Symbol {
				return g
			}
			continue
		}
		if columnNames(f.Columns) == columnNames(g.Columns) {
			return g
		}
	}
	return nil
}

func columnNames(cols []*schema.Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return strings.Join(names, ",")
}

func refTableChanged(a, b *schema.ForeignKey) bool {
	if a.RefTable == nil || b.RefTable == nil {
		return a.RefTable != b.RefTable
	}
	return a.RefTable.Name != b.RefTable.Name
}

func modifyFK(changes []schema.Change, table string, f1, f2 *schema.ForeignKey) *schema.ModifyForeignKey {
	if mt := tableChanges(changes, table); mt != nil {
		for _, c := range mt.Changes {
			if m, ok := c.(*schema.ModifyForeignKey); ok && (m.From == f1 || m.To == f2) {
				return m
			}
		}
	}
	return nil
}

// serialSequence returns the sequence of a serial column's default,
// nextval('<table>_<column>_seq'::regclass), which Atlas's PostgreSQL
// inspector reads as serial; sqlsafe.Nextval reads any name, where
// Atlas's pattern reads \w+ names only.
func serialSequence(x schema.Expr) (string, bool) {
	seq, ok := sqlsafe.Nextval(exprText(x))
	return seq, ok && isSerialSequence(seq)
}

// isSerialSequence is the shape <table>_<column>_seq.
func isSerialSequence(seq string) bool {
	base, ok := strings.CutSuffix(seq, "_seq")
	i := strings.LastIndexByte(base, '_')
	return ok && i > 0 && i < len(base)-1
}

// serialDefaults: an integer column whose default is nextval of a serial
// sequence is a serial column, as the catalog reads it. Compared as an
// integer with a default, Atlas plans "SET DEFAULT nextval(…); DROP
// SEQUENCE", which PostgreSQL refuses (atlas.md §5.1).
func serialDefaults(s *schema.Schema) {
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			it, ok := c.Type.Type.(*schema.IntegerType)
			if !ok {
				continue
			}
			seq, ok := serialSequence(c.Default)
			if !ok {
				continue
			}
			st := &postgres.SerialType{SequenceName: seq}
			st.SetType(it)
			if st.T == "" {
				continue
			}
			c.Type = &schema.ColumnType{Type: st, Raw: st.T, Null: c.Type.Null}
			c.Default = nil
		}
	}
}

// nameIndexes gives every unnamed index a name: the name of the index of
// the other side with the same definition, else the one the database
// would choose. Atlas plans an unnamed index as CREATE INDEX ON t (c),
// whose reverse is a bare "DROP INDEX", and the database's name for it is
// then a difference on every later diff (atlas.md §5.2).
func nameIndexes(s, other *schema.Schema, d dburl.Dialect) {
	twins := make(map[*schema.Table]*schema.Table, len(s.Tables))
	for _, p := range common(s, other) {
		twins[p.from] = p.to
	}
	for _, t := range s.Tables {
		ot := twins[t]
		for _, idx := range t.Indexes {
			if idx.Name != "" {
				continue
			}
			if ot != nil {
				if twin := sameDefinition(idx, ot); twin != nil {
					idx.Name = twin.Name
					continue
				}
			}
			idx.Name = defaultIndexName(t, idx, d)
		}
	}
}

func sameDefinition(idx *schema.Index, t *schema.Table) *schema.Index {
	for _, o := range t.Indexes {
		if o.Name == "" || o.Unique != idx.Unique || len(o.Parts) != len(idx.Parts) {
			continue
		}
		same := true
		for i, p := range idx.Parts {
			q := o.Parts[i]
			if p.Desc != q.Desc || (p.C == nil) != (q.C == nil) || p.C != nil && p.C.Name != q.C.Name ||
				p.X != nil && (q.X == nil || !sameSQL(exprText(p.X), exprText(q.X))) {
				same = false
				break
			}
		}
		if same {
			return o
		}
	}
	return nil
}

// defaultIndexName is PostgreSQL's name for an unnamed index,
// <table>_<columns>_idx cut to 63 bytes the way its makeObjectName cuts
// it; MySQL names it after its first column. SQLite requires a name and
// takes PostgreSQL's.
func defaultIndexName(t *schema.Table, idx *schema.Index, d dburl.Dialect) string {
	var cols []string
	for _, p := range idx.Parts {
		if p.C != nil {
			cols = append(cols, p.C.Name)
		} else {
			cols = append(cols, "expr")
		}
	}
	if d == dburl.MySQL && len(cols) > 0 {
		name := cols[0]
		for i := 2; ; i++ {
			if _, taken := t.Index(name); !taken {
				return name
			}
			name = fmt.Sprintf("%s_%d", cols[0], i)
		}
	}
	return makeObjectName(t.Name, strings.Join(cols, "_"), "idx")
}

// makeObjectName is PostgreSQL's makeObjectName (src/backend/commands/
// indexcmds.c): name1_name2_label, the longer of name1 and name2 cut
// first until it fits in 63 bytes.
func makeObjectName(name1, name2, label string) string {
	avail := 63 - len(label) - 1
	if name2 != "" {
		avail--
	}
	n1, n2 := len(name1), len(name2)
	for n1+n2 > avail {
		if n1 > n2 {
			n1--
		} else {
			n2--
		}
	}
	out := name1[:n1]
	if name2 != "" {
		out += "_" + name2[:n2]
	}
	return out + "_" + label
}
