package diff

import (
	"testing"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hint"
)

// serialSchema is a table "t" whose "id" has the given serial type and,
// when seq is not nil, the sequence the catalog read.
func serialSchema(typ string, seq *hint.Sequence) *schema.Schema {
	id := &schema.Column{Name: "id", Type: &schema.ColumnType{Type: &postgres.SerialType{T: typ}, Raw: typ}}
	if seq != nil {
		id.Attrs = append(id.Attrs, seq)
	}
	t := schema.NewTable("t").AddColumns(id)
	t.SetPrimaryKey(schema.NewPrimaryKey(id))
	return schema.New("public").AddTables(t)
}

func TestSequences(t *testing.T) {
	read := func(name, typ string) *hint.Sequence { return &hint.Sequence{Name: name, Type: typ} }
	type want struct {
		up, down []string
	}
	for _, tc := range []struct {
		name     string
		from, to *schema.Schema
		want     want
	}{{
		// The models say bigserial; the database has serial.
		name: "serial to bigserial",
		from: serialSchema("serial", read("old_id_seq", "integer")),
		to:   serialSchema("bigserial", nil),
		want: want{
			up:   []string{`modify column "t"."id": type serial -> bigserial`, `alter sequence "old_id_seq" of "t"."id": type integer -> bigint`},
			down: []string{`alter sequence "old_id_seq" of "t"."id": type bigint -> integer`, `modify column "t"."id": type bigserial -> serial`},
		},
	}, {
		// A past migration widened the column and left the sequence.
		name: "only the sequence",
		from: serialSchema("bigserial", read("t_id_seq", "integer")),
		to:   serialSchema("bigserial", nil),
		want: want{
			up:   []string{`alter sequence "t_id_seq" of "t"."id": type integer -> bigint`},
			down: []string{`alter sequence "t_id_seq" of "t"."id": type bigint -> integer`},
		},
	}, {
		name: "in sync",
		from: serialSchema("bigserial", read("t_id_seq", "bigint")),
		to:   serialSchema("bigserial", nil),
	}, {
		name: "smallserial to serial, both read",
		from: serialSchema("smallserial", read("t_id_seq", "smallint")),
		to:   serialSchema("serial", read("t_id_seq", "integer")),
		want: want{
			up:   []string{`modify column "t"."id": type smallserial -> serial`, `alter sequence "t_id_seq" of "t"."id": type smallint -> integer`},
			down: []string{`alter sequence "t_id_seq" of "t"."id": type integer -> smallint`, `modify column "t"."id": type serial -> smallserial`},
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			up, down := diffBoth(t, tc.from, tc.to, dburl.Postgres)
			if d := cmp.Diff(tc.want.up, Describe(up)); d != "" {
				t.Errorf("up (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tc.want.down, Describe(down)); d != "" {
				t.Errorf("down (-want +got):\n%s", d)
			}
		})
	}
}

// Atlas's planner adds a serial's sequence with CREATE SEQUENCE, which is
// bigint whatever the serial: a serial column gets it narrowed after.
func TestSequenceCreatedByAtlas(t *testing.T) {
	id := schema.NewIntColumn("id", "integer")
	tb := schema.NewTable("t").AddColumns(id)
	tb.SetPrimaryKey(schema.NewPrimaryKey(id))
	from := schema.New("public").AddTables(tb)
	up, _ := diffBoth(t, from, serialSchema("serial", nil), dburl.Postgres)
	got := Describe(up)
	want := []string{`modify column "t"."id": type integer -> serial`, `alter sequence "t_id_seq" of "t"."id": type bigint -> integer`}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("up (-want +got):\n%s", d)
	}
	a, ok := up[len(up)-1].(*hint.AlterSequence)
	if !ok || !a.Narrows() {
		t.Fatalf("last change %T, want a narrowing AlterSequence", up[len(up)-1])
	}
}
