package introspect

import (
	"cmp"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	gocmp "github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/internal/synth"
	"github.com/autogen-dev/autogen/models"
	"github.com/autogen-dev/autogen/render"
)

// modelFixtures are the models/testdata packages that load without errors.
var modelFixtures = []string{"blog", "blogv2", "tags"}

// wantSameAsAtlas reads the schema on conn with the fast reader and with
// Atlas's inspector and fails on any difference, including where pointers
// lead (a foreign key's referenced table must be the schema's own table).
func wantSameAsAtlas(t *testing.T, ctx context.Context, db *sql.DB, conn *sql.Conn, d dburl.Dialect, exclude []string) *schema.Schema {
	t.Helper()
	want, err := atlasSchema(ctx, conn, d, exclude)
	if err != nil {
		t.Fatalf("atlas: %v", err)
	}
	got, err := fastSchema(ctx, conn, nil, d, exclude)
	if err != nil {
		t.Fatalf("fast reader: %v", err)
	}
	if d == dburl.MySQL {
		dropAutoIncrementCounters(got)
	}
	// Again with a second session, as Schema reads PostgreSQL.
	got2, err := fastSchema(ctx, conn, db.Conn, d, exclude)
	if err != nil {
		t.Fatalf("fast reader, two sessions: %v", err)
	}
	if d == dburl.MySQL {
		dropAutoIncrementCounters(got2)
	}
	if diff := gocmp.Diff(canonical(got), canonical(got2), gocmp.Exporter(func(reflect.Type) bool { return true }),
		gocmp.Comparer(func(a, b *schema.Column) bool {
			return a == nil && b == nil || a != nil && b != nil && a.Name == b.Name
		})); diff != "" {
		t.Errorf("fast reader differs with a second session (-one +two):\n%s", diff)
	}
	if d == dburl.MySQL {
		dropAutoIncrementCounters(want)
	}
	if diff := gocmp.Diff(canonical(want), canonical(got), gocmp.Exporter(func(reflect.Type) bool { return true }),
		gocmp.Comparer(func(a, b *schema.Column) bool {
			return a == nil && b == nil || a != nil && b != nil && a.Name == b.Name
		})); diff != "" {
		t.Errorf("fast reader differs from Atlas's inspector (-atlas +fast):\n%s", diff)
	}
	if len(want.Tables) == 0 {
		t.Error("fixture made no tables")
	}
	return got
}

// The canonical form of a schema: the same values without the cycles
// (table -> column -> index -> table), a reference to a table or column
// written as its name plus whether it is the very object of the schema.
type (
	cSchema struct {
		Name   string
		Attrs  []schema.Attr
		Realm  bool
		Tables []cTable
	}
	cTable struct {
		Name       string
		SchemaOK   bool
		Columns    []cColumn
		PrimaryKey *cIndex
		Indexes    []cIndex
		FKs        []cFK
		Attrs      []schema.Attr
	}
	cColumn struct {
		Name    string
		Type    *schema.ColumnType
		Default schema.Expr
		Attrs   []schema.Attr
		Indexes []string
		FKs     []string
	}
	cIndex struct {
		Name    string
		Unique  bool
		TableOK bool
		Attrs   []schema.Attr
		Parts   []cPart
	}
	cPart struct {
		SeqNo int
		Desc  bool
		X     schema.Expr
		C     string
		COK   bool
		Attrs []schema.Attr
	}
	cFK struct {
		Symbol             string
		TableOK            bool
		Columns            []string
		ColumnsOK          bool
		RefSchema          string
		RefTable           string
		RefTableOK         bool
		RefColumns         []string
		RefColumnsOK       bool
		OnUpdate, OnDelete schema.ReferenceOption
	}
)

func canonical(s *schema.Schema) cSchema {
	tables := make(map[string]*schema.Table)
	for _, t := range s.Tables {
		tables[t.Name] = t
	}
	c := cSchema{Name: s.Name, Attrs: s.Attrs, Realm: s.Realm != nil}
	for _, t := range s.Tables {
		ct := cTable{Name: t.Name, SchemaOK: t.Schema == s, Attrs: t.Attrs}
		for _, col := range t.Columns {
			cc := cColumn{Name: col.Name, Type: col.Type, Default: col.Default, Attrs: col.Attrs}
			for _, idx := range col.Indexes {
				cc.Indexes = append(cc.Indexes, idx.Name)
			}
			for _, fk := range col.ForeignKeys {
				cc.FKs = append(cc.FKs, fk.Symbol)
			}
			ct.Columns = append(ct.Columns, cc)
		}
		if t.PrimaryKey != nil {
			pk := canonicalIndex(t, t.PrimaryKey)
			ct.PrimaryKey = &pk
		}
		for _, idx := range t.Indexes {
			ct.Indexes = append(ct.Indexes, canonicalIndex(t, idx))
		}
		for _, fk := range t.ForeignKeys {
			ct.FKs = append(ct.FKs, canonicalFK(t, tables, fk))
		}
		c.Tables = append(c.Tables, ct)
	}
	return c
}

func canonicalIndex(t *schema.Table, idx *schema.Index) cIndex {
	// Atlas adds an index's postgres.Constraint attributes in map order.
	attrs := slices.Clone(idx.Attrs)
	slices.SortStableFunc(attrs, func(a, b schema.Attr) int {
		ca, oka := a.(*postgres.Constraint)
		cb, okb := b.(*postgres.Constraint)
		if !oka || !okb {
			return 0
		}
		return cmp.Compare(ca.N, cb.N)
	})
	ci := cIndex{Name: idx.Name, Unique: idx.Unique, TableOK: idx.Table == t, Attrs: attrs}
	for _, p := range idx.Parts {
		cp := cPart{SeqNo: p.SeqNo, Desc: p.Desc, X: p.X, Attrs: p.Attrs}
		if p.C != nil {
			cp.C = p.C.Name
			cp.COK = slices.Contains(t.Columns, p.C)
		}
		ci.Parts = append(ci.Parts, cp)
	}
	return ci
}

func canonicalFK(t *schema.Table, tables map[string]*schema.Table, fk *schema.ForeignKey) cFK {
	c := cFK{Symbol: fk.Symbol, TableOK: fk.Table == t, RefTable: fk.RefTable.Name, OnUpdate: fk.OnUpdate, OnDelete: fk.OnDelete,
		ColumnsOK: true, RefColumnsOK: true}
	if fk.RefTable.Schema != nil {
		c.RefSchema = fk.RefTable.Schema.Name
	}
	c.RefTableOK = tables[fk.RefTable.Name] == fk.RefTable
	for _, col := range fk.Columns {
		c.Columns = append(c.Columns, col.Name)
		c.ColumnsOK = c.ColumnsOK && slices.Contains(t.Columns, col)
	}
	for _, col := range fk.RefColumns {
		c.RefColumns = append(c.RefColumns, col.Name)
		c.RefColumnsOK = c.RefColumnsOK && slices.Contains(fk.RefTable.Columns, col)
	}
	return c
}

// modelStatements returns the SQL that creates the fixture's tables, as
// autogen plans it from the models.
func modelStatements(t *testing.T, dir string, d dburl.Dialect) []string {
	t.Helper()
	res, err := models.Load(context.Background(), models.Config{Dirs: []string{dir}, Dialect: d})
	if err != nil {
		t.Fatalf("load %s: %v", dir, err)
	}
	changes, err := diff.Schemas(schema.New(res.Schema.Name), res.Schema, d)
	if err != nil {
		t.Fatal(err)
	}
	stmts, err := render.Plan(changes, d)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range stmts {
		out = append(out, s.SQL)
	}
	return out
}

// fixtureDirs returns the models fixtures and a synthetic package of 30
// models written to a temporary directory.
func fixtureDirs(t *testing.T) map[string]string {
	t.Helper()
	dirs := make(map[string]string)
	for _, f := range modelFixtures {
		dirs[f] = filepath.Join("..", "models", "testdata", f)
	}
	sum, err := os.ReadFile(filepath.Join("..", "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if dirs["synth"], err = synth.Write(t.TempDir(), 30, synth.Base, sum); err != nil {
		t.Fatal(err)
	}
	return dirs
}

func execAll(t *testing.T, ctx context.Context, conn *sql.Conn, stmts []string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}
