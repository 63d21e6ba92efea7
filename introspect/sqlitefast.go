package introspect

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
)

// sqliteInspector reads the "main" database with a handful of queries that
// join sqlite_master to the pragma table-valued functions, where Atlas's
// inspector runs four to six queries per table and joins each index list
// to the whole of sqlite_master. It builds the values Atlas's InspectSchema
// builds: the same queries' columns in the same order, scanned as Atlas's
// addColumn, addIndexes, indexInfo and addFKs scan them, then the same
// reading of the CREATE statements (sqliteparse.go).
type sqliteInspector struct {
	q      querier
	tables map[string]*tableIndex
}

// sqliteTables is the filter of Atlas's tablesQuery.
const sqliteTables = `m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'libsql_%'`

func sqliteSchema(ctx context.Context, conn *sql.Conn) (*schema.Schema, error) {
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	in := &sqliteInspector{q: tx, tables: make(map[string]*tableIndex)}
	s, err := in.schema(ctx)
	if err != nil {
		return nil, err
	}
	for _, step := range []func(context.Context, *schema.Schema) error{in.readTables, in.columns, in.indexes, in.fks} {
		if err := step(ctx, s); err != nil {
			return nil, err
		}
	}
	for _, t := range s.Tables {
		if err := sqliteFillConstName(t); err != nil {
			return nil, fmt.Errorf("sqlite: scan %q foreign-keys: %w", t.Name, err)
		}
		if err := sqliteFillChecks(t); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (in *sqliteInspector) schema(ctx context.Context) (*schema.Schema, error) {
	var name, file sql.NullString
	err := in.q.QueryRowContext(ctx, "SELECT `name`, `file` FROM pragma_database_list() WHERE `name` = 'main'").Scan(&name, &file)
	if err != nil {
		return nil, fmt.Errorf("sqlite: querying schemas: %w", err)
	}
	if file.String == "" {
		file.String = ":memory:"
	}
	s := &schema.Schema{Name: name.String, Attrs: []schema.Attr{&sqlite.File{Name: file.String}}}
	schema.NewRealm(s)
	return s, nil
}

// readTables follows Atlas's tables. Atlas joins each table to
// pragma_table_list(name), which lists every table to find one (quadratic);
// the list is read once here instead. On a connection of its own, which
// has no temporary or attached schema, "main" is the only schema a name
// can be found in.
func (in *sqliteInspector) readTables(ctx context.Context, s *schema.Schema) error {
	type options struct{ wr, strict sql.NullBool }
	opts := make(map[string]options)
	rows, err := in.q.QueryContext(ctx, `SELECT name, wr, strict FROM pragma_table_list() WHERE schema = 'main' ORDER BY name`)
	if err != nil {
		return fmt.Errorf("sqlite: querying schema tables: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			name string
			o    options
		)
		if err := rows.Scan(&name, &o.wr, &o.strict); err != nil {
			return fmt.Errorf("sqlite: scanning table: %w", err)
		}
		opts[name] = o
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = in.q.QueryContext(ctx, `SELECT m.name, m.sql FROM sqlite_master AS m WHERE `+sqliteTables+` ORDER BY m.rowid`)
	if err != nil {
		return fmt.Errorf("sqlite: querying schema tables: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var name, stmt string
		if err := rows.Scan(&name, &stmt); err != nil {
			return fmt.Errorf("sqlite: scanning table: %w", err)
		}
		o, ok := opts[name]
		if !ok {
			continue // as Atlas's join
		}
		t := &schema.Table{Name: name, Attrs: []schema.Attr{&sqlite.CreateStmt{S: strings.TrimSpace(stmt)}}}
		if o.wr.Bool {
			t.Attrs = append(t.Attrs, &sqlite.WithoutRowID{})
		}
		if o.strict.Bool {
			t.Attrs = append(t.Attrs, &sqlite.Strict{})
		}
		s.AddTables(t)
		in.tables[name] = newTableIndex(t)
	}
	return rows.Err()
}

// columns follows Atlas's addColumn, then marks AUTOINCREMENT.
func (in *sqliteInspector) columns(ctx context.Context, s *schema.Schema) error {
	rows, err := in.q.QueryContext(ctx, `
SELECT m.name, c.name, c.type, NOT c."notnull", c.dflt_value, c.pk <> 0, c.hidden
FROM sqlite_master AS m JOIN pragma_table_xinfo(m.name) AS c
WHERE `+sqliteTables+`
ORDER BY m.rowid, c.cid`)
	if err != nil {
		return fmt.Errorf("sqlite: querying columns: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			nullable, primary          bool
			hidden                     sql.NullInt64
			table, name, typ, defaults sql.NullString
		)
		if err := rows.Scan(&table, &name, &typ, &nullable, &defaults, &primary, &hidden); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		ti, ok := in.tables[table.String]
		if !ok {
			continue
		}
		if err := ti.addSQLiteColumn(name.String, typ.String, nullable, defaults, primary, hidden.Int64); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, t := range s.Tables {
		if err := sqliteAutoinc(t); err != nil {
			return err
		}
	}
	return nil
}

func (ti *tableIndex) addSQLiteColumn(name, typ string, nullable bool, defaults sql.NullString, primary bool, hidden int64) error {
	t := ti.t
	c := &schema.Column{Name: name, Type: &schema.ColumnType{Raw: typ, Null: nullable}}
	var err error
	if c.Type.Type, err = sqlite.ParseType(typ); err != nil {
		return err
	}
	if defaults.Valid {
		c.Default = sqliteDefaultExpr(defaults.String)
	}
	// hidden is 2 for VIRTUAL columns and 3 for STORED ones.
	if hidden >= 2 {
		if err := sqliteSetGenExpr(t, c, hidden); err != nil {
			return err
		}
	}
	ti.addColumn(c)
	if primary {
		if t.PrimaryKey == nil {
			t.SetPrimaryKey(&schema.Index{Name: "PRIMARY", Unique: true, Table: t})
		}
		t.PrimaryKey.Parts = append(t.PrimaryKey.Parts, &schema.IndexPart{C: c, SeqNo: len(t.PrimaryKey.Parts) + 1})
	}
	return nil
}

// indexes follows Atlas's addIndexes and indexInfo: one row per key part.
func (in *sqliteInspector) indexes(ctx context.Context, s *schema.Schema) error {
	entries, err := in.indexStmts(ctx)
	if err != nil {
		return err
	}
	rows, err := in.q.QueryContext(ctx, `
SELECT m.name, il.name, il."unique", il.origin, il.partial, x.name, x.desc
FROM sqlite_master AS m
	JOIN pragma_index_list(m.name) AS il
	JOIN pragma_index_xinfo(il.name) AS x
WHERE `+sqliteTables+` AND il.origin <> 'pk' AND x.key = 1
ORDER BY m.rowid, il.seq, x.seqno`)
	if err != nil {
		return fmt.Errorf("sqlite: querying indexes: %w", err)
	}
	defer rows.Close()
	var (
		idx      *schema.Index
		ti       *tableIndex
		withExpr []*schema.Index
	)
	for rows.Next() {
		var (
			uniq, partial             bool
			desc                      sql.NullBool
			table, name, origin, part sql.NullString
		)
		if err := rows.Scan(&table, &name, &uniq, &origin, &partial, &part, &desc); err != nil {
			return fmt.Errorf("sqlite: scan indexes: %w", err)
		}
		if idx == nil || idx.Name != name.String || idx.Table.Name != table.String {
			var ok bool
			if ti, ok = in.tables[table.String]; !ok {
				idx = nil
				continue
			}
			e, ok := entries[name.String]
			if !ok {
				idx = nil
				continue
			}
			if idx, err = sqliteNewIndex(ti.t, name.String, uniq, origin.String, partial, e.stmt.String); err != nil {
				return fmt.Errorf("sqlite: scan %q indexes: %w", table.String, err)
			}
		}
		p := &schema.IndexPart{SeqNo: len(idx.Parts) + 1, Desc: desc.Bool}
		switch c, ok := ti.column(part.String); {
		case ok:
			p.C = c
		case !validString(part):
			// An expression: read from the CREATE INDEX statement below.
			p.X = &schema.RawExpr{X: "<unsupported>"}
			if len(withExpr) == 0 || withExpr[len(withExpr)-1] != idx {
				withExpr = append(withExpr, idx)
			}
		default:
			return fmt.Errorf("sqlite: column %q was not found for index %q", part.String, idx.Name)
		}
		idx.Parts = append(idx.Parts, p)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, idx := range withExpr {
		sqliteIndexExprs(idx)
	}
	// Atlas's index query happens to scan sqlite_master in the outer loop:
	// its indexes come in the order they were created.
	for _, t := range s.Tables {
		slices.SortStableFunc(t.Indexes, func(a, b *schema.Index) int {
			return cmp.Compare(entries[a.Name].rowid, entries[b.Name].rowid)
		})
	}
	return nil
}

// sqliteIndexEntry is an index's row in sqlite_master.
type sqliteIndexEntry struct {
	rowid int64
	stmt  sql.NullString
}

// indexStmts returns the sqlite_master rows of the indexes by name: a
// join in SQL would scan sqlite_master once per index.
func (in *sqliteInspector) indexStmts(ctx context.Context) (map[string]sqliteIndexEntry, error) {
	rows, err := in.q.QueryContext(ctx, `SELECT name, rowid, sql FROM sqlite_master WHERE type = 'index' ORDER BY rowid`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: querying indexes: %w", err)
	}
	defer rows.Close()
	entries := make(map[string]sqliteIndexEntry)
	for rows.Next() {
		var (
			name string
			e    sqliteIndexEntry
		)
		if err := rows.Scan(&name, &e.rowid, &e.stmt); err != nil {
			return nil, err
		}
		entries[name] = e
	}
	return entries, rows.Err()
}

func sqliteNewIndex(t *schema.Table, name string, uniq bool, origin string, partial bool, stmt string) (*schema.Index, error) {
	idx := &schema.Index{
		Name:   name,
		Unique: uniq,
		Table:  t,
		Attrs:  []schema.Attr{&sqlite.CreateStmt{S: stmt}, &sqlite.IndexOrigin{O: origin}},
	}
	if partial {
		i := strings.Index(stmt, "WHERE")
		if i == -1 {
			return nil, fmt.Errorf("missing partial WHERE clause in: %s", stmt)
		}
		idx.Attrs = append(idx.Attrs, &sqlite.IndexPredicate{P: strings.TrimSpace(stmt[i+5:])})
	}
	t.Indexes = append(t.Indexes, idx)
	return idx, nil
}

// fks follows Atlas's addFKs; references are linked afterwards.
func (in *sqliteInspector) fks(ctx context.Context, s *schema.Schema) error {
	rows, err := in.q.QueryContext(ctx, `
SELECT m.name, f.id, f."from", f."to", f."table", f.on_update, f.on_delete
FROM sqlite_master AS m JOIN pragma_foreign_key_list(m.name) AS f
WHERE `+sqliteTables+`
ORDER BY m.rowid, f.id, f.seq`)
	if err != nil {
		return fmt.Errorf("sqlite: querying foreign-keys: %w", err)
	}
	defer rows.Close()
	type key struct {
		t  *schema.Table
		id int
	}
	fks := make(map[key]*schema.ForeignKey)
	for rows.Next() {
		var (
			id                                                         int
			table, column, refColumn, refTable, updateRule, deleteRule string
		)
		if err := rows.Scan(&table, &id, &column, &refColumn, &refTable, &updateRule, &deleteRule); err != nil {
			return fmt.Errorf("sqlite: scan foreign-keys: %w", err)
		}
		ti, ok := in.tables[table]
		if !ok {
			continue
		}
		t := ti.t
		fk, ok := fks[key{t, id}]
		if !ok {
			fk = &schema.ForeignKey{Symbol: strconv.Itoa(id), Table: t, RefTable: t,
				OnDelete: schema.ReferenceOption(deleteRule), OnUpdate: schema.ReferenceOption(updateRule)}
			if refTable != t.Name {
				fk.RefTable = &schema.Table{Name: refTable, Schema: &schema.Schema{Name: t.Schema.Name}}
			}
			fks[key{t, id}] = fk
			t.ForeignKeys = append(t.ForeignKeys, fk)
		}
		if err := ti.addFKPair(fk, column, refColumn); err != nil {
			return fmt.Errorf("sqlite: scan %q foreign-keys: %w", t.Name, err)
		}
	}
	return rows.Err()
}

// addFKPair adds a column and its referenced column to fk, as Atlas's
// scanners do: the referenced one is a stub unless fk references its own
// table.
func (ti *tableIndex) addFKPair(fk *schema.ForeignKey, column, refColumn string) error {
	c, ok := ti.column(column)
	if !ok {
		return fmt.Errorf("column %q was not found for fk %q", column, fk.Symbol)
	}
	if _, ok := fk.Column(c.Name); !ok {
		fk.Columns = append(fk.Columns, c)
		c.ForeignKeys = append(c.ForeignKeys, fk)
	}
	var rc *schema.Column
	if fk.Table != fk.RefTable {
		rc = &schema.Column{Name: refColumn}
	} else if rc, ok = ti.column(refColumn); !ok {
		return fmt.Errorf("referenced column %q was not found for fk %q", refColumn, fk.Symbol)
	}
	if _, ok := fk.RefColumn(rc.Name); !ok {
		fk.RefColumns = append(fk.RefColumns, rc)
	}
	return nil
}
