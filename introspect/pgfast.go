package introspect

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
)

// pgInspector reads a PostgreSQL schema with five set-based queries on
// pg_catalog (tables, columns, index parts, foreign-key columns, check
// columns), where Atlas's inspector passes every table name as a bind
// parameter and unnests the whole pg_index catalog (atlas.md §4). It builds
// the values Atlas's InspectSchema builds, row for row: each query returns
// Atlas's columns in Atlas's order, and the scanning below follows Atlas's
// addColumn, addIndexes, TypedSchemaFKs and addChecks.
type pgInspector struct {
	q querier
	// q2, when set, is a second session on the same snapshot: the columns
	// are read on it while q reads the rest, one backend per core.
	q2      querier
	version int // server_version_num
}

// querier is the part of *sql.Tx and *sql.Conn the readers use.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// pgTables indexes the tables being read by their OID.
type pgTables struct {
	s     *schema.Schema
	byOID map[int64]*tableIndex
}

func (p *pgInspector) inspect(ctx context.Context) (*schema.Schema, []string, error) {
	s, nsOID, err := p.schema(ctx)
	if err != nil {
		return nil, nil, err
	}
	type result struct {
		cols []pgColumn
		err  error
	}
	cols := make(chan result, 1)
	if p.q2 != nil {
		go func() {
			rows, err := p.fetchColumns(ctx, p.q2, nsOID)
			cols <- result{rows, err}
		}()
	} else {
		rows, err := p.fetchColumns(ctx, p.q, nsOID)
		cols <- result{rows, err}
	}
	ts, partitioned, err := p.tables(ctx, s, nsOID)
	var idxRows []pgIndexRow
	if err == nil {
		idxRows, err = p.fetchIndexes(ctx, nsOID)
	}
	c := <-cols // always wait: the goroutine uses ctx and the other session
	if err != nil {
		return nil, nil, err
	}
	if c.err != nil {
		return nil, nil, fmt.Errorf("postgres: querying schema %q columns: %w", s.Name, c.err)
	}
	ts.addColumns(c.cols)
	if err := ts.addIndexes(idxRows); err != nil {
		return nil, nil, err
	}
	if err := p.fks(ctx, ts, nsOID); err != nil {
		return nil, nil, err
	}
	if err := p.checks(ctx, ts, nsOID); err != nil {
		return nil, nil, err
	}
	if err := pgAddSequences(ctx, p.q, s); err != nil {
		return nil, nil, err
	}
	return s, partitioned, nil
}

// schema reads the current schema, as Atlas's InspectSchema(ctx, "", ...).
func (p *pgInspector) schema(ctx context.Context) (*schema.Schema, int64, error) {
	rows, err := p.q.QueryContext(ctx, pgSchemaQuery)
	if err != nil {
		return nil, 0, fmt.Errorf("postgres: querying schema: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, 0, err
		}
		return nil, 0, errFallback // Atlas words the error.
	}
	var (
		oid     int64
		name    string
		comment sql.NullString
	)
	if err := rows.Scan(&oid, &name, &comment); err != nil {
		return nil, 0, err
	}
	s := schema.New(name)
	if comment.Valid {
		s.SetComment(comment.String)
	}
	schema.NewRealm(s)
	return s, oid, rows.Close()
}

// tables adds the schema's tables and returns the names of the
// partitioned ones, which are left to Atlas.
func (p *pgInspector) tables(ctx context.Context, s *schema.Schema, ns int64) (*pgTables, []string, error) {
	rows, err := p.q.QueryContext(ctx, pgTablesQuery, ns)
	if err != nil {
		return nil, nil, fmt.Errorf("postgres: querying tables: %w", err)
	}
	defer rows.Close()
	ts := &pgTables{s: s, byOID: make(map[int64]*tableIndex)}
	var partitioned []string
	for rows.Next() {
		var (
			oid     int64
			name    string
			comment sql.NullString
			isPart  bool
		)
		if err := rows.Scan(&oid, &name, &comment, &isPart); err != nil {
			return nil, nil, fmt.Errorf("scan table information: %w", err)
		}
		t := schema.NewTable(name)
		s.AddTables(t)
		t.AddAttrs(&postgres.OID{V: oid})
		if validString(comment) {
			t.SetComment(comment.String)
		}
		if isPart {
			partitioned = append(partitioned, name)
		}
		ts.byOID[oid] = newTableIndex(t)
	}
	return ts, partitioned, rows.Err()
}

// pgColumnRow is one row of pgColumnsQuery.
type pgColumnRow struct {
	oid                                                                                              int64
	maxlen, precision, timeprecision, scale, seqstart, seqinc, seqlast                               sql.NullInt64
	name, typ, fmtype, nullable, defaults, identity, genidentity, genexpr, collate, comment, typtype sql.NullString
	interval                                                                                         sql.NullString
}

// pgColumn is a column read and the OID of its table.
type pgColumn struct {
	table int64
	c     *schema.Column
}

// fetchColumns reads the columns of the schema's tables, turned into Atlas
// columns as they arrive: they need nothing from the other queries.
func (p *pgInspector) fetchColumns(ctx context.Context, q querier, ns int64) ([]pgColumn, error) {
	rows, err := q.QueryContext(ctx, pgColumnsQuery, ns)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var (
		out []pgColumn
		r   pgColumnRow
	)
	for rows.Next() {
		if err := rows.Scan(&r.oid, &r.name, &r.typ, &r.fmtype, &r.nullable, &r.defaults, &r.maxlen, &r.precision,
			&r.timeprecision, &r.scale, &r.interval, &r.collate, &r.identity, &r.seqstart, &r.seqinc, &r.seqlast,
			&r.genidentity, &r.genexpr, &r.comment, &r.typtype); err != nil {
			return nil, err
		}
		c, err := r.column()
		if err != nil {
			return nil, fmt.Errorf("postgres: %w", err)
		}
		out = append(out, pgColumn{r.oid, c})
	}
	return out, rows.Err()
}

// addColumns adds the columns to their tables, in the order read.
func (ts *pgTables) addColumns(cols []pgColumn) {
	for _, c := range cols {
		if ti, ok := ts.byOID[c.table]; ok {
			ti.addColumn(c.c)
		} // else not a table Atlas reads: a partition, or owned by an extension
	}
}

// column follows Atlas's addColumn.
func (r *pgColumnRow) column() (*schema.Column, error) {
	c := &schema.Column{
		Name: r.name.String,
		Type: &schema.ColumnType{Null: r.nullable.String == "YES", Raw: r.typ.String},
	}
	if r.typtype.String == "d" { // for domains, the domain's name
		c.Type.Raw = r.fmtype.String
	}
	var err error
	c.Type.Type, err = pgColumnType(&pgColumnDesc{
		typ: r.typ.String, fmtype: r.fmtype.String, size: r.maxlen.Int64, scale: r.scale.Int64, typtype: r.typtype.String,
		interval: r.interval.String, precision: r.precision.Int64, timePrecision: &r.timeprecision.Int64,
	})
	if err != nil {
		return nil, err
	}
	if r.defaults.Valid {
		pgColumnDefault(c, r.defaults.String)
	}
	if r.identity.String == "YES" {
		c.Attrs = append(c.Attrs, &postgres.Identity{
			Generation: r.genidentity.String,
			Sequence:   &postgres.Sequence{Last: r.seqlast.Int64, Start: r.seqstart.Int64, Increment: r.seqinc.Int64},
		})
	}
	if validString(r.genexpr) {
		c.Attrs = append(c.Attrs, &schema.GeneratedExpr{Expr: r.genexpr.String})
	}
	if validString(r.comment) {
		c.SetComment(r.comment.String)
	}
	if validString(r.collate) {
		c.SetCollation(r.collate.String)
	}
	return c, nil
}

func (p *pgInspector) fetchIndexes(ctx context.Context, ns int64) ([]pgIndexRow, error) {
	q := pgIndexesQuery
	if p.version < 15_00_00 {
		q = strings.Replace(q, "idx.indnullsnotdistinct", "false", 1)
	}
	rows, err := p.q.QueryContext(ctx, q, ns)
	if err != nil {
		return nil, fmt.Errorf("postgres: querying indexes: %w", err)
	}
	defer rows.Close()
	var out []pgIndexRow
	for rows.Next() {
		var r pgIndexRow
		if err := rows.Scan(&r.table, &r.oid, &r.name, &r.typ, &r.column, &r.included, &r.primary, &r.unique,
			&r.exoper, &r.constraints, &r.pred, &r.expr, &r.desc, &r.nullsfirst, &r.nullslast, &r.comment,
			&r.options, &r.opcname, &r.opcschema, &r.opcdefault, &r.opcparams, &r.nullsnotdistinct); err != nil {
			return nil, fmt.Errorf("postgres: scanning indexes: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// addIndexes follows Atlas's addIndexes: one row per index part.
func (ts *pgTables) addIndexes(rows []pgIndexRow) error {
	var (
		oid int64 // the index whose parts are being read
		idx *schema.Index
		ti  *tableIndex
		err error
	)
	for i := range rows {
		r := &rows[i]
		if r.oid != oid {
			oid, idx = r.oid, nil
			var ok bool
			if ti, ok = ts.byOID[r.table]; !ok {
				continue
			}
			if idx, err = r.newIndex(ti.t); err != nil {
				return err
			}
		}
		if idx == nil {
			continue // an index of a table not read
		}
		if err := r.addPart(idx, ti); err != nil {
			return err
		}
	}
	return nil
}

// pgIndexRow is one row of pgIndexesQuery: one part of one index.
type pgIndexRow struct {
	table, oid                                                                               int64
	name, typ                                                                                string
	included, primary, unique, nullsnotdistinct                                              bool
	desc, nullsfirst, nullslast, opcdefault                                                  sql.NullBool
	column, constraints, pred, expr, comment, options, opcname, opcschema, opcparams, exoper sql.NullString
}

func (r *pgIndexRow) newIndex(t *schema.Table) (*schema.Index, error) {
	idx := &schema.Index{Name: r.name, Unique: r.unique, Attrs: []schema.Attr{&postgres.IndexType{T: r.typ}}}
	if validString(r.comment) {
		idx.Attrs = append(idx.Attrs, &schema.Comment{Text: r.comment.String})
	}
	if validString(r.constraints) {
		var m map[string]string
		if err := json.Unmarshal([]byte(r.constraints.String), &m); err != nil {
			return nil, fmt.Errorf("postgres: unmarshaling index constraints: %w", err)
		}
		// Atlas adds these in map order. The index's own constraint (p, u
		// or x) comes first here, then the foreign keys that use the
		// index, by name.
		names := make([]string, 0, len(m))
		for n := range m {
			names = append(names, n)
		}
		slices.SortFunc(names, func(a, b string) int {
			if fa, fb := m[a] == "f", m[b] == "f"; fa != fb {
				if fa {
					return 1
				}
				return -1
			}
			return strings.Compare(a, b)
		})
		for _, n := range names {
			idx.AddAttrs(&postgres.Constraint{N: n, T: m[n]})
		}
	}
	if validString(r.pred) {
		idx.AddAttrs(&postgres.IndexPredicate{P: r.pred.String})
	}
	if validString(r.options) {
		p, err := pgIndexStorage(r.options.String)
		if err != nil {
			return nil, err
		}
		idx.AddAttrs(p)
	}
	if r.nullsnotdistinct {
		idx.AddAttrs(&postgres.IndexNullsDistinct{V: false})
	}
	if r.primary {
		t.SetPrimaryKey(idx)
	} else {
		t.AddIndexes(idx)
	}
	return idx, nil
}

func (r *pgIndexRow) addPart(idx *schema.Index, ti *tableIndex) error {
	part := &schema.IndexPart{SeqNo: len(idx.Parts) + 1, Desc: r.desc.Bool}
	if r.nullsfirst.Bool || r.nullslast.Bool {
		part.Attrs = append(part.Attrs, &postgres.IndexColumnProperty{NullsFirst: r.nullsfirst.Bool, NullsLast: r.nullslast.Bool})
	}
	if validString(r.exoper) {
		part.AddAttrs(postgres.NewOperator("", r.exoper.String))
	}
	switch {
	case r.included:
		c, ok := ti.column(r.column.String)
		if !ok {
			return fmt.Errorf("postgres: INCLUDE column %q was not found for index %q", r.column.String, idx.Name)
		}
		include := &postgres.IndexInclude{}
		for _, a := range idx.Attrs {
			if x, ok := a.(*postgres.IndexInclude); ok {
				*include = *x
				break
			}
		}
		include.Columns = append(include.Columns, c)
		schema.ReplaceOrAppend(&idx.Attrs, include)
	case validString(r.column):
		c, ok := ti.column(r.column.String)
		if !ok {
			return fmt.Errorf("postgres: column %q was not found for index %q", r.column.String, idx.Name)
		}
		part.C = c
		c.Indexes = append(c.Indexes, idx)
		idx.Parts = append(idx.Parts, part)
	case validString(r.expr):
		part.X = &schema.RawExpr{X: r.expr.String}
		idx.Parts = append(idx.Parts, part)
	default:
		return fmt.Errorf("postgres: invalid part for index %q", idx.Name)
	}
	return pgAppendOpClass(part, r.opcschema.String, r.opcname.String, r.opcparams.String, r.opcdefault.Bool)
}

// pgAppendOpClass is Atlas's mayAppendOps for a connection with no schema
// scope: an operator class that is not the default becomes an attribute.
func pgAppendOpClass(part *schema.IndexPart, ns, name, params string, isDefault bool) error {
	if name == "" || isDefault && params == "" {
		return nil
	}
	op := &postgres.IndexOpClass{Name: name, Default: isDefault}
	if err := pgOpClassParams(op, params); err != nil {
		return err
	}
	part.Attrs = append(part.Attrs, op)
	switch ns {
	case "", "pg_catalog", "public":
	default:
		op.Name = fmt.Sprintf("%s.%s", ns, name)
	}
	return nil
}

// fks follows Atlas's sqlx.TypedSchemaFKs; references are linked to the
// tables afterwards, as sqlx.LinkSchemaTables does.
func (p *pgInspector) fks(ctx context.Context, ts *pgTables, ns int64) error {
	rows, err := p.q.QueryContext(ctx, pgFKsQuery, ns)
	if err != nil {
		return fmt.Errorf("postgres: querying schema %q foreign keys: %w", ts.s.Name, err)
	}
	defer rows.Close()
	byName := make(map[string]*schema.Table, len(ts.byOID))
	for _, t := range ts.s.Tables {
		byName[t.Name] = t
	}
	for rows.Next() {
		var (
			oid                                                   int64
			name, column, tSchema, refTable, refColumn, refSchema string
			onUpdate, onDelete                                    postgres.ReferenceOption
		)
		if err := rows.Scan(&name, &oid, &column, &tSchema, &refTable, &refColumn, &refSchema, &onUpdate, &onDelete); err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
		ti, ok := ts.byOID[oid]
		if !ok {
			continue
		}
		if err := ti.addFKColumn(byName, fkRow{name, column, tSchema, refTable, refColumn, refSchema,
			schema.ReferenceOption(onUpdate.String()), schema.ReferenceOption(onDelete.String())}); err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
	}
	return rows.Err()
}

// checks follows Atlas's addChecks: one row per column of each check.
func (p *pgInspector) checks(ctx context.Context, ts *pgTables, ns int64) error {
	rows, err := p.q.QueryContext(ctx, pgChecksQuery, ns)
	if err != nil {
		return fmt.Errorf("postgres: querying schema %q check constraints: %w", ts.s.Name, err)
	}
	defer rows.Close()
	type tc struct {
		t    int64
		name string
	}
	checks := make(map[tc]*schema.Check)
	for rows.Next() {
		var (
			oid                  int64
			noInherit            bool
			name, column, clause string
		)
		if err := rows.Scan(&oid, &name, &clause, &column, &noInherit); err != nil {
			return fmt.Errorf("postgres: scanning check: %w", err)
		}
		ti, ok := ts.byOID[oid]
		if !ok {
			continue
		}
		c, ok := ti.column(column)
		if !ok {
			return fmt.Errorf("postgres: column %q was not found for check %q", column, name)
		}
		ck, ok := checks[tc{oid, name}]
		if !ok {
			ck = &schema.Check{Name: name, Expr: clause, Attrs: []schema.Attr{&postgres.CheckColumns{}}}
			if noInherit {
				ck.AddAttrs(&postgres.NoInherit{})
			}
			checks[tc{oid, name}] = ck
			ti.t.AddAttrs(ck)
		}
		c.AddAttrs(ck)
		cols := ck.Attrs[0].(*postgres.CheckColumns)
		cols.Columns = append(cols.Columns, column)
	}
	return rows.Err()
}

// pgSchema reads the current schema in one read-only snapshot. When open
// gives a second connection, the columns are read on it, in the same
// snapshot (pg_export_snapshot) and search path. Partitioned tables, whose
// Atlas attribute cannot be built outside Atlas, are then read by Atlas's
// inspector and put in their place.
func pgSchema(ctx context.Context, conn *sql.Conn, open func(context.Context) (*sql.Conn, error)) (*schema.Schema, error) {
	var (
		version int
		crdb    sql.NullString
	)
	err := conn.QueryRowContext(ctx, `SELECT current_setting('server_version_num')::int, current_setting('crdb_version', true)`).Scan(&version, &crdb)
	if err != nil {
		return nil, fmt.Errorf("postgres: reading the server version: %w", err)
	}
	if crdb.Valid || version < 11_00_00 {
		return nil, errFallback
	}
	readOnly := &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true}
	tx, err := conn.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	in := &pgInspector{q: tx, version: version}
	if open != nil {
		tx2, done, err := pgSecondSession(ctx, tx, open, readOnly)
		switch {
		case err == nil:
			defer done()
			in.q2 = tx2
		default:
			// A server that cannot share its snapshot (a standby, a
			// pooler in transaction mode) is read on one session.
			tx.Rollback()
			if tx, err = conn.BeginTx(ctx, readOnly); err != nil {
				return nil, err
			}
			defer tx.Rollback()
			in.q = tx
		}
	}
	s, partitioned, err := in.inspect(ctx)
	if err != nil || len(partitioned) == 0 {
		return s, err
	}
	if err := tx.Rollback(); err != nil {
		return nil, err
	}
	if err := replaceWithAtlas(ctx, conn, s, partitioned); err != nil {
		return nil, err
	}
	return s, pgAddSequences(ctx, conn, s) // for the tables Atlas read
}

// pgSecondSession opens a transaction on a new connection that sees what
// tx sees: the same snapshot and search path, which decides how
// format_type and pg_get_expr qualify names.
func pgSecondSession(ctx context.Context, tx *sql.Tx, open func(context.Context) (*sql.Conn, error), opts *sql.TxOptions) (*sql.Tx, func(), error) {
	var snapshot, path string
	if err := tx.QueryRowContext(ctx, `SELECT pg_export_snapshot(), current_setting('search_path')`).Scan(&snapshot, &path); err != nil {
		return nil, nil, fmt.Errorf("postgres: exporting the snapshot: %w", err)
	}
	conn, err := open(ctx)
	if err != nil {
		return nil, nil, err
	}
	tx2, err := conn.BeginTx(ctx, opts)
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	done := func() {
		tx2.Rollback()
		conn.Close()
	}
	// The snapshot name is made of hex digits and dashes; it cannot be a
	// bind parameter.
	if _, err := tx2.ExecContext(ctx, `SET TRANSACTION SNAPSHOT '`+strings.ReplaceAll(snapshot, "'", "")+`'`); err != nil {
		done()
		return nil, nil, fmt.Errorf("postgres: importing the snapshot: %w", err)
	}
	if _, err := tx2.ExecContext(ctx, `SELECT set_config('search_path', $1, true)`, path); err != nil {
		done()
		return nil, nil, err
	}
	return tx2, done, nil
}

// replaceWithAtlas reads the named tables with Atlas's inspector and puts
// them in s in place of the ones read. Foreign keys are linked afterwards
// by name, in both directions.
func replaceWithAtlas(ctx context.Context, conn *sql.Conn, s *schema.Schema, names []string) error {
	drv, err := postgres.Open(conn)
	if err != nil {
		return err
	}
	as, err := drv.InspectSchema(ctx, "", &schema.InspectOptions{Mode: schema.InspectTables, Tables: names})
	if err != nil {
		return err
	}
	for _, at := range as.Tables {
		i := slices.IndexFunc(s.Tables, func(t *schema.Table) bool { return t.Name == at.Name })
		if i < 0 {
			return fmt.Errorf("postgres: table %q appeared while it was read", at.Name)
		}
		at.Schema = s
		s.Tables[i] = at
	}
	return nil
}
