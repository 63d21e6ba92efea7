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
		rows []pgColumnRow
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
	if err := ts.addColumns(c.rows); err != nil {
		return nil, nil, err
	}
	if err := ts.addIndexes(idxRows); err != nil {
		return nil, nil, err
	}
	if err := p.fks(ctx, ts, nsOID); err != nil {
		return nil, nil, err
	}
	if err := p.checks(ctx, ts, nsOID); err != nil {
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

func (p *pgInspector) fetchColumns(ctx context.Context, q querier, ns int64) ([]pgColumnRow, error) {
	rows, err := q.QueryContext(ctx, pgColumnsQuery, ns)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []pgColumnRow
	for rows.Next() {
		var r pgColumnRow
		if err := rows.Scan(&r.oid, &r.name, &r.typ, &r.fmtype, &r.nullable, &r.defaults, &r.maxlen, &r.precision,
			&r.timeprecision, &r.scale, &r.interval, &r.collate, &r.identity, &r.seqstart, &r.seqinc, &r.seqlast,
			&r.genidentity, &r.genexpr, &r.comment, &r.typtype); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// addColumns follows Atlas's addColumn.
func (ts *pgTables) addColumns(rows []pgColumnRow) error {
	for _, r := range rows {
		ti, ok := ts.byOID[r.oid]
		if !ok {
			continue // not a table Atlas reads: a partition, or owned by an extension
		}
		c, err := r.column()
		if err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
		ti.addColumn(c)
	}
	return nil
}

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

// The queries. Each returns the columns of the Atlas query it replaces,
// computed the way information_schema computes them where Atlas reads
// information_schema, with the table's OID in front. Each filters on the
// schema's OID and leaves finer filtering (partitions, extension tables,
// privileges) to the tables query, whose OIDs the rows are matched to.
const (
	pgSchemaQuery = `
SELECT n.oid, n.nspname, pg_catalog.obj_description(n.oid)
FROM pg_catalog.pg_namespace n
LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_namespace'::regclass::oid AND d.objid = n.oid AND d.deptype = 'e'
WHERE n.nspname = current_schema() AND d.objid IS NULL`

	// As information_schema.tables with table_type 'BASE TABLE', without
	// partitions and tables that belong to an extension.
	pgTablesQuery = `
SELECT
	c.oid,
	c.relname,
	(SELECT description FROM pg_catalog.pg_description
		WHERE objoid = c.oid AND classoid = 'pg_catalog.pg_class'::regclass::oid AND objsubid = 0),
	c.relkind = 'p'
FROM pg_catalog.pg_class c
LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass::oid AND d.objid = c.oid AND d.deptype = 'e'
WHERE c.relnamespace = $1
	AND c.relkind IN ('r', 'p')
	AND NOT c.relispartition
	AND d.objid IS NULL
	AND c.relnamespace <> pg_catalog.pg_my_temp_schema()
	AND NOT pg_catalog.pg_is_other_temp_schema(c.relnamespace)
	AND (pg_catalog.pg_has_role(c.relowner, 'USAGE')
		OR pg_catalog.has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
		OR pg_catalog.has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))
ORDER BY c.relname`

	// The body of information_schema.columns, as Atlas's columnsQuery reads
	// it. What depends on the type and collation alone (information_schema's
	// _pg_char_max_length and the like, format_type, the collation's name)
	// is computed once per distinct type, modifier and collation rather
	// than once per column, and the rare parts (defaults, identity
	// sequences, comments) in subqueries that run only for the columns that
	// have them, so that the plan has no join whose cost depends on the
	// planner's row estimates. A default cannot refer to a column, so it is
	// deparsed without its table (relid 0): the same text, without opening
	// every table's relation cache entry, which costs a fresh session (each
	// autogen run) about 50µs a table.
	pgColumnsQuery = `
WITH tabs AS MATERIALIZED (
	SELECT c.oid, c.relname, n.nspname, pg_catalog.pg_has_role(c.relowner, 'USAGE') AS owner,
		c.oid IN (SELECT objoid FROM pg_catalog.pg_description WHERE classoid = 'pg_catalog.pg_class'::regclass::oid AND objsubid > 0) AS hascomments
	FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
	WHERE c.relnamespace = $1 AND c.relkind IN ('r', 'p')
), defs AS MATERIALIZED (
	SELECT ad.adrelid, ad.adnum, ad.adbin
	FROM pg_catalog.pg_attrdef ad JOIN tabs ON tabs.oid = ad.adrelid
), cols AS MATERIALIZED (
	SELECT c.oid AS relid, c.relname, c.nspname, a.attname, a.attnum, a.atttypid, a.atttypmod, a.attcollation,
		a.attnotnull, a.attgenerated, a.attidentity, c.hascomments,
		CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(d.adbin, 0) END AS defexpr,
		CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END AS genexpr
	FROM tabs c
		JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
		LEFT JOIN defs d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
	WHERE a.attnum > 0
		AND NOT a.attisdropped
		AND (c.owner OR pg_catalog.has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
), types AS MATERIALIZED (
	SELECT
		tp.atttypid,
		tp.atttypmod,
		tp.attcollation,
		CASE WHEN t.typtype = 'd' THEN
			CASE WHEN bt.typelem <> 0 AND bt.typlen = -1 THEN 'ARRAY'
				WHEN nbt.nspname = 'pg_catalog' THEN pg_catalog.format_type(t.typbasetype, NULL)
				ELSE 'USER-DEFINED' END
		ELSE
			CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY'
				WHEN nt.nspname = 'pg_catalog' THEN pg_catalog.format_type(tp.atttypid, NULL)
				ELSE 'USER-DEFINED' END
		END AS data_type,
		pg_catalog.format_type(tp.atttypid, tp.atttypmod) AS fmtype,
		t.typtype = 'd' AND t.typnotnull AS typnotnull,
		information_schema._pg_char_max_length(tt.id, tt.mod) AS maxlen,
		information_schema._pg_numeric_precision(tt.id, tt.mod) AS numprec,
		information_schema._pg_datetime_precision(tt.id, tt.mod) AS timeprec,
		information_schema._pg_numeric_scale(tt.id, tt.mod) AS numscale,
		information_schema._pg_interval_type(tt.id, tt.mod) AS intervaltype,
		(SELECT co.collname FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace nco ON nco.oid = co.collnamespace
			WHERE co.oid = tp.attcollation AND (nco.nspname <> 'pg_catalog' OR co.collname <> 'default')) AS collname,
		t.typtype
	FROM (SELECT DISTINCT atttypid, atttypmod, attcollation FROM cols) tp
		JOIN pg_catalog.pg_type t ON t.oid = tp.atttypid
		JOIN pg_catalog.pg_namespace nt ON nt.oid = t.typnamespace
		LEFT JOIN (pg_catalog.pg_type bt JOIN pg_catalog.pg_namespace nbt ON nbt.oid = bt.typnamespace)
			ON t.typtype = 'd' AND t.typbasetype = bt.oid
		CROSS JOIN LATERAL (SELECT
			CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE tp.atttypid END AS id,
			CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE tp.atttypmod END AS mod) tt
)
SELECT
	a.relid,
	a.attname,
	ty.data_type,
	ty.fmtype,
	CASE WHEN a.attnotnull OR ty.typnotnull THEN 'NO' ELSE 'YES' END,
	a.defexpr,
	ty.maxlen,
	ty.numprec,
	ty.timeprec,
	ty.numscale,
	ty.intervaltype,
	ty.collname,
	CASE WHEN a.attidentity IN ('a', 'd') THEN 'YES' ELSE 'NO' END,
	CASE WHEN a.attidentity IN ('a', 'd') THEN
		(SELECT seq.seqstart FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_sequence seq ON dep.objid = seq.seqrelid
			WHERE dep.classid = 'pg_catalog.pg_class'::regclass::oid AND dep.deptype = 'i'
				AND dep.refclassid = 'pg_catalog.pg_class'::regclass::oid AND dep.refobjid = a.relid AND dep.refobjsubid = a.attnum)
	END,
	CASE WHEN a.attidentity IN ('a', 'd') THEN
		(SELECT seq.seqincrement FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_sequence seq ON dep.objid = seq.seqrelid
			WHERE dep.classid = 'pg_catalog.pg_class'::regclass::oid AND dep.deptype = 'i'
				AND dep.refclassid = 'pg_catalog.pg_class'::regclass::oid AND dep.refobjid = a.relid AND dep.refobjsubid = a.attnum)
	END,
	CASE WHEN a.attidentity IN ('a', 'd') THEN (
		SELECT last_value FROM pg_catalog.pg_sequences
		WHERE quote_ident(schemaname) || '.' || quote_ident(sequencename) = pg_catalog.pg_get_serial_sequence(quote_ident(a.nspname) || '.' || quote_ident(a.relname), a.attname)
	) END,
	CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END,
	a.genexpr,
	CASE WHEN a.hascomments THEN pg_catalog.col_description(a.relid, a.attnum) END,
	ty.typtype
FROM cols a
	JOIN types ty ON ty.atttypid = a.atttypid AND ty.atttypmod = a.atttypmod AND ty.attcollation = a.attcollation
ORDER BY a.relid, a.attnum`

	// Atlas's indexesAbove15, starting from the schema's tables instead of
	// all of pg_index.
	pgIndexesQuery = `
WITH am AS MATERIALIZED (
	SELECT oid, amname, pg_catalog.pg_indexam_has_property(oid, 'can_order') AS canorder FROM pg_catalog.pg_am
)
SELECT
	t.oid,
	i.oid,
	i.relname,
	am.amname,
	k.attname,
	(k.attname <> '' AND idx.indnatts > idx.indnkeyatts AND k.ord > idx.indnkeyatts),
	idx.indisprimary,
	idx.indisunique,
	CASE WHEN idx.indisexclusion THEN (SELECT conexclop[k.ord::int]::regoper FROM pg_catalog.pg_constraint WHERE conindid = idx.indexrelid) END,
	con.nametypes,
	pg_catalog.pg_get_expr(idx.indpred, idx.indrelid),
	CASE WHEN k.attname IS NULL THEN pg_catalog.pg_get_indexdef(idx.indexrelid, k.ord::int, false) END,
	k.ord <= idx.indnkeyatts AND am.canorder AND idx.indoption[k.ord::int-1] & 1 <> 0,
	k.ord <= idx.indnkeyatts AND am.canorder AND idx.indoption[k.ord::int-1] & 2 <> 0,
	k.ord <= idx.indnkeyatts AND am.canorder AND idx.indoption[k.ord::int-1] & 2 = 0,
	d.description,
	i.reloptions,
	op.opcname,
	op.opcnamespace::regnamespace::text,
	op.opcdefault,
	(SELECT attoptions FROM pg_catalog.pg_attribute WHERE attrelid = idx.indexrelid AND attnum = k.ord),
	idx.indnullsnotdistinct
FROM pg_catalog.pg_class t
	JOIN pg_catalog.pg_index idx ON idx.indrelid = t.oid
	CROSS JOIN LATERAL (
		SELECT u.key, u.ord, (SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = idx.indrelid AND attnum = u.key) AS attname
		FROM unnest(idx.indkey) WITH ORDINALITY AS u(key, ord)
		OFFSET 0
	) k
	JOIN pg_catalog.pg_class i ON i.oid = idx.indexrelid
	JOIN am ON am.oid = i.relam
	LEFT JOIN pg_catalog.pg_opclass op ON op.oid = idx.indclass[k.ord::int-1]
	LEFT JOIN (
		SELECT conindid, jsonb_object_agg(conname, contype) AS nametypes
		FROM pg_catalog.pg_constraint
		WHERE conindid <> 0
		GROUP BY conindid
	) con ON con.conindid = idx.indexrelid
	LEFT JOIN pg_catalog.pg_description d
		ON d.objoid = i.oid AND d.classoid = 'pg_catalog.pg_class'::regclass::oid AND d.objsubid = 0
WHERE t.relnamespace = $1 AND t.relkind IN ('r', 'p')
ORDER BY t.oid, i.relname, k.ord`

	pgFKsQuery = `
SELECT
	con.conname,
	con.conrelid,
	(SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = con.conrelid AND attnum = k.conkey),
	n1.nspname,
	t2.relname,
	(SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = con.confrelid AND attnum = k.confkey),
	n2.nspname,
	con.confupdtype,
	con.confdeltype
FROM pg_catalog.pg_constraint con
	JOIN pg_catalog.pg_class t1 ON t1.oid = con.conrelid
	JOIN pg_catalog.pg_namespace n1 ON n1.oid = t1.relnamespace
	JOIN pg_catalog.pg_class t2 ON t2.oid = con.confrelid
	JOIN pg_catalog.pg_namespace n2 ON n2.oid = t2.relnamespace
	CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(conkey, confkey, ord)
WHERE con.contype = 'f' AND t1.relnamespace = $1
ORDER BY con.conrelid, con.conname, k.ord`

	pgChecksQuery = `
SELECT
	rel.oid,
	con.conname,
	pg_catalog.pg_get_expr(con.conbin, con.conrelid),
	a.attname,
	con.connoinherit
FROM pg_catalog.pg_constraint con
	JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
	JOIN pg_catalog.pg_class rel ON rel.oid = con.conrelid
WHERE con.contype = 'c' AND con.connamespace = $1
ORDER BY con.conname, array_position(con.conkey, a.attnum), rel.oid`
)

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
		if err != nil {
			return nil, err
		}
		defer done()
		in.q2 = tx2
	}
	s, partitioned, err := in.inspect(ctx)
	if err != nil || len(partitioned) == 0 {
		return s, err
	}
	if err := tx.Rollback(); err != nil {
		return nil, err
	}
	return s, replaceWithAtlas(ctx, conn, s, partitioned)
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
