package catalogdump

import (
	"context"
	"database/sql"
	"strings"
)

// pgRelations are the relation kinds dumped: tables, partitioned tables,
// views, materialized views and foreign tables.
const pgRelations = `('r', 'p', 'v', 'm', 'f')`

// dumpPostgres reads schema's objects from pg_catalog.
func dumpPostgres(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	owned, err := pgSequences(ctx, conn, schema, out)
	if err != nil {
		return err
	}
	for _, step := range []func(context.Context, *sql.Conn, string, *lines) error{pgTables, pgConstraints, pgIndexes, pgEnums} {
		if err := step(ctx, conn, schema, out); err != nil {
			return err
		}
	}
	return pgColumns(ctx, conn, schema, owned, out)
}

func pgTables(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	const q = `SELECT c.relname, c.relkind::text, c.relpersistence::text,
		COALESCE(obj_description(c.oid, 'pg_class'), ''),
		CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) ELSE '' END
	FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE n.nspname = $1 AND c.relkind IN ` + pgRelations + `
	ORDER BY c.relname`
	return queryRows(ctx, conn, "tables", q, []any{schema}, func(scan func(...any) error) error {
		var name, kind, persistence, comment, view string
		if err := scan(&name, &kind, &persistence, &comment, &view); err != nil {
			return err
		}
		if out.excluded(name) {
			return nil
		}
		obj := "table " + name
		out.object(obj)
		if kind != "r" {
			out.add(obj, "kind", kind)
		}
		if persistence != "p" {
			out.add(obj, "persistence", persistence)
		}
		out.addNonEmpty(obj, "comment", comment)
		out.addNonEmpty(obj, "view", view)
		return nil
	})
}

func pgColumns(ctx context.Context, conn *sql.Conn, schema string, owned map[string]string, out *lines) error {
	const q = `SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
		COALESCE(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity::text, a.attgenerated::text,
		CASE WHEN a.attcollation <> t.typcollation THEN COALESCE(co.collname, '') ELSE '' END,
		COALESCE(col_description(c.oid, a.attnum), '')
	FROM pg_attribute a
	JOIN pg_class c ON c.oid = a.attrelid
	JOIN pg_namespace n ON n.oid = c.relnamespace
	JOIN pg_type t ON t.oid = a.atttypid
	LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
	LEFT JOIN pg_collation co ON co.oid = a.attcollation
	WHERE n.nspname = $1 AND c.relkind IN ` + pgRelations + ` AND a.attnum > 0 AND NOT a.attisdropped
	ORDER BY c.relname, a.attname`
	return queryRows(ctx, conn, "columns", q, []any{schema}, func(scan func(...any) error) error {
		var table, col, typ, def, identity, generated, collation, comment string
		var notnull bool
		if err := scan(&table, &col, &typ, &notnull, &def, &identity, &generated, &collation, &comment); err != nil {
			return err
		}
		if out.excluded(table) {
			return nil
		}
		obj := "table " + table + " column " + col
		out.object(obj)
		out.add(obj, "type", typ)
		if notnull {
			out.add(obj, "not null", "true")
		}
		if generated != "" {
			// adbin holds the generation expression of a generated column.
			out.add(obj, "generated "+generated, def)
		} else if def != "" {
			out.add(obj, "default", ownedDefault(def, owned[table+"."+col]))
		}
		out.addNonEmpty(obj, "identity", identity)
		out.addNonEmpty(obj, "collation", collation)
		out.addNonEmpty(obj, "comment", comment)
		return nil
	})
}

// ownedDefault replaces, in a column's default, the name of the sequence
// the column owns (its regclass text, as the default spells it) with a
// placeholder: the name is a line of the sequence (see the package doc).
func ownedDefault(def, seq string) string {
	if seq == "" {
		return def
	}
	return strings.ReplaceAll(def, "nextval('"+strings.ReplaceAll(seq, "'", "''")+"'::regclass)", "nextval(<owned sequence>)")
}

// pgSequences dumps the schema's sequences and returns the regclass text of
// each one a column owns, by "table.column".
func pgSequences(ctx context.Context, conn *sql.Conn, schema string, out *lines) (map[string]string, error) {
	const q = `SELECT c.oid::regclass::text, c.relname, format_type(s.seqtypid, NULL),
		s.seqstart::text, s.seqincrement::text, s.seqmin::text, s.seqmax::text, s.seqcache::text, s.seqcycle,
		COALESCE(t.relname, ''), COALESCE(a.attname, ''), COALESCE(dep.deptype::text, '')
	FROM pg_sequence s
	JOIN pg_class c ON c.oid = s.seqrelid
	JOIN pg_namespace n ON n.oid = c.relnamespace
	LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
		AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
	LEFT JOIN pg_class t ON t.oid = dep.refobjid
	LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
	WHERE n.nspname = $1
	ORDER BY c.relname`
	owned := map[string]string{}
	err := queryRows(ctx, conn, "sequences", q, []any{schema}, func(scan func(...any) error) error {
		var regclass, name, typ, start, inc, min, max, cache, table, col, deptype string
		var cycle bool
		if err := scan(&regclass, &name, &typ, &start, &inc, &min, &max, &cache, &cycle, &table, &col, &deptype); err != nil {
			return err
		}
		obj := "sequence " + name
		if table != "" {
			if out.excluded(table) {
				return nil
			}
			obj = "sequence owned by " + table + "." + col
			owned[table+"."+col] = regclass
			out.add(obj, "name", name)
			out.add(obj, "ownership", map[string]string{"a": "serial", "i": "identity"}[deptype])
		}
		out.object(obj)
		for _, a := range [][2]string{{"type", typ}, {"start", start}, {"increment", inc}, {"min", min}, {"max", max}, {"cache", cache}} {
			out.add(obj, a[0], a[1])
		}
		if cycle {
			out.add(obj, "cycle", "true")
		}
		return nil
	})
	return owned, err
}

func pgConstraints(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	const q = `SELECT c.relname, k.conname, pg_get_constraintdef(k.oid),
		COALESCE(obj_description(k.oid, 'pg_constraint'), '')
	FROM pg_constraint k
	JOIN pg_class c ON c.oid = k.conrelid
	JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE n.nspname = $1
	ORDER BY c.relname, k.conname`
	return queryRows(ctx, conn, "constraints", q, []any{schema}, func(scan func(...any) error) error {
		var table, name, def, comment string
		if err := scan(&table, &name, &def, &comment); err != nil {
			return err
		}
		if out.excluded(table) {
			return nil
		}
		obj := "table " + table + " constraint " + name
		out.add(obj, "def", def)
		out.addNonEmpty(obj, "comment", comment)
		return nil
	})
}

// pgIndexes dumps the indexes no constraint owns. An index's conindid is
// also set on the foreign keys that reference it, from other tables, so
// the test matches the constraint's own table and kinds.
func pgIndexes(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	const q = `SELECT t.relname, i.relname, pg_get_indexdef(i.oid),
		COALESCE(obj_description(i.oid, 'pg_class'), '')
	FROM pg_index x
	JOIN pg_class i ON i.oid = x.indexrelid
	JOIN pg_class t ON t.oid = x.indrelid
	JOIN pg_namespace n ON n.oid = t.relnamespace
	WHERE n.nspname = $1 AND NOT EXISTS (
		SELECT 1 FROM pg_constraint k
		WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid AND k.contype IN ('p', 'u', 'x'))
	ORDER BY t.relname, i.relname`
	return queryRows(ctx, conn, "indexes", q, []any{schema}, func(scan func(...any) error) error {
		var table, name, def, comment string
		if err := scan(&table, &name, &def, &comment); err != nil {
			return err
		}
		if out.excluded(table) {
			return nil
		}
		obj := "table " + table + " index " + name
		out.add(obj, "def", def)
		out.addNonEmpty(obj, "comment", comment)
		return nil
	})
}

func pgEnums(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	const q = `SELECT t.typname,
		(SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
		COALESCE(obj_description(t.oid, 'pg_type'), '')
	FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
	WHERE n.nspname = $1 AND t.typtype = 'e'
	ORDER BY t.typname`
	return queryRows(ctx, conn, "enum types", q, []any{schema}, func(scan func(...any) error) error {
		var name, comment string
		var labels sql.NullString // an enum may have no labels
		if err := scan(&name, &labels, &comment); err != nil {
			return err
		}
		obj := "enum " + name
		out.object(obj)
		out.add(obj, "labels", labels.String)
		out.addNonEmpty(obj, "comment", comment)
		return nil
	})
}
