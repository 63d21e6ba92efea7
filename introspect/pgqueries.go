package introspect

// The queries of pgInspector. Each returns the columns of the Atlas query
// it replaces, computed the way information_schema computes them where
// Atlas reads information_schema, with the table's OID in front. Each
// filters on the schema's OID and leaves finer filtering (partitions,
// extension tables, privileges) to the tables query, whose OIDs the rows
// are matched to.
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
	// all of pg_index. Where Atlas calls pg_index_column_has_property for
	// desc, nulls_first and nulls_last, the same answers come from the
	// index's indoption bits (INDOPTION_DESC 1, INDOPTION_NULLS_FIRST 2),
	// which PostgreSQL reports only for key columns of an access method that
	// can order (NULL otherwise, which Atlas reads as false); the function
	// costs a catalog lookup per part. The expression of a part is deparsed
	// only for expression parts, the only ones Atlas uses it for.
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

// pgSequencesQuery returns, for each column of the current schema's
// tables whose default draws from a sequence, that sequence and its type:
// the sequence the default's expression depends on (pg_depend from the
// pg_attrdef row), which is the one nextval calls, whatever its name. A
// renamed table keeps its old sequence name, so the name is read, never
// derived from the table's. The schema is empty when it is the table's.
const pgSequencesQuery = `
SELECT c.relname, a.attname,
	CASE WHEN s.relnamespace = c.relnamespace THEN '' ELSE sn.nspname END,
	s.relname,
	pg_catalog.format_type(q.seqtypid, NULL)
FROM pg_catalog.pg_class c
	JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = c.oid
	JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = ad.adnum
	JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_attrdef'::regclass::oid AND d.objid = ad.oid
		AND d.refclassid = 'pg_catalog.pg_class'::regclass::oid
	JOIN pg_catalog.pg_class s ON s.oid = d.refobjid AND s.relkind = 'S'
	JOIN pg_catalog.pg_namespace sn ON sn.oid = s.relnamespace
	JOIN pg_catalog.pg_sequence q ON q.seqrelid = s.oid
WHERE c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = $1)
	AND c.relkind IN ('r', 'p')
	AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
ORDER BY c.relname, a.attnum, sn.nspname, s.relname`
