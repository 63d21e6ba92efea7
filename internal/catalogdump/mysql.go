package catalogdump

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// dumpMySQL reads a MySQL or MariaDB database from information_schema.
func dumpMySQL(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	if schema == "" {
		var cur sql.NullString
		if err := conn.QueryRowContext(ctx, "SELECT DATABASE()").Scan(&cur); err != nil {
			return err
		}
		if !cur.Valid {
			return errNoDatabase
		}
		schema = cur.String
	}
	for _, step := range []func(context.Context, *sql.Conn, string, *lines) error{
		myTables, myColumns, myIndexes, myConstraints, myForeignKeys, myChecks,
	} {
		if err := step(ctx, conn, schema, out); err != nil {
			return err
		}
	}
	return nil
}

type dumpError string

func (e dumpError) Error() string { return string(e) }

const errNoDatabase = dumpError("no database selected (DATABASE() is NULL) and Options.Schema is empty")

func myTables(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	const q = `SELECT TABLE_NAME, TABLE_TYPE, COALESCE(ENGINE, ''), COALESCE(TABLE_COLLATION, ''),
		COALESCE(TABLE_COMMENT, ''), COALESCE(CREATE_OPTIONS, '')
	FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME`
	return queryRows(ctx, conn, "TABLES", q, []any{schema}, func(scan func(...any) error) error {
		var name, typ, engine, collation, comment, options string
		if err := scan(&name, &typ, &engine, &collation, &comment, &options); err != nil {
			return err
		}
		if out.excluded(name) {
			return nil
		}
		obj := "table " + name
		out.object(obj)
		if typ != "BASE TABLE" {
			out.add(obj, "type", typ)
		}
		out.addNonEmpty(obj, "engine", engine)
		out.addNonEmpty(obj, "collation", collation)
		out.addNonEmpty(obj, "comment", comment)
		out.addNonEmpty(obj, "options", options)
		return nil
	})
}

func myColumns(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	const q = `SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
		CHARACTER_SET_NAME, COLLATION_NAME, COLUMN_COMMENT, GENERATION_EXPRESSION
	FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, COLUMN_NAME`
	return queryRows(ctx, conn, "COLUMNS", q, []any{schema}, func(scan func(...any) error) error {
		var table, col, typ, nullable string
		var def, extra, charset, collation, comment, generated sql.NullString
		if err := scan(&table, &col, &typ, &nullable, &def, &extra, &charset, &collation, &comment, &generated); err != nil {
			return err
		}
		if out.excluded(table) {
			return nil
		}
		obj := "table " + table + " column " + col
		out.object(obj)
		out.add(obj, "type", typ)
		out.add(obj, "nullable", nullable)
		if def.Valid {
			// As reported: MariaDB quotes string defaults ('abc') and
			// says NULL for an explicit NULL default; MySQL does neither.
			out.add(obj, "default", def.String)
		}
		out.addNonEmpty(obj, "extra", extra.String)
		out.addNonEmpty(obj, "charset", charset.String)
		out.addNonEmpty(obj, "collation", collation.String)
		out.addNonEmpty(obj, "comment", comment.String)
		out.addNonEmpty(obj, "generated", generated.String)
		return nil
	})
}

// myIndexes dumps STATISTICS, one object per index with its key parts in
// order as "column(sub_part) A|D".
func myIndexes(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	const q = `SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COALESCE(COLUMN_NAME, '<expr>'), SUB_PART,
		COALESCE(COLLATION, ''), INDEX_TYPE, COALESCE(INDEX_COMMENT, '')
	FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?
	ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`
	var obj string
	var parts []string
	flush := func() {
		if obj != "" {
			out.add(obj, "columns", strings.Join(parts, ", "))
		}
		parts = nil
	}
	err := queryRows(ctx, conn, "STATISTICS", q, []any{schema}, func(scan func(...any) error) error {
		var table, name, col, order, typ, comment string
		var nonUnique int
		var sub sql.NullInt64
		if err := scan(&table, &name, &nonUnique, &col, &sub, &order, &typ, &comment); err != nil {
			return err
		}
		if out.excluded(table) {
			return nil
		}
		if o := "table " + table + " index " + name; o != obj {
			flush()
			obj = o
			out.add(obj, "unique", strconv.FormatBool(nonUnique == 0))
			out.add(obj, "type", typ)
			out.addNonEmpty(obj, "comment", comment)
		}
		if sub.Valid {
			col += "(" + strconv.FormatInt(sub.Int64, 10) + ")"
		}
		parts = append(parts, strings.TrimSpace(col+" "+order))
		return nil
	})
	flush()
	return err
}

// myConstraints records each constraint's kind; PRIMARY KEY and UNIQUE
// are indexes too (myIndexes), foreign keys and checks have their own
// readers.
func myConstraints(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	const q = `SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS
	WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE`
	return queryRows(ctx, conn, "TABLE_CONSTRAINTS", q, []any{schema}, func(scan func(...any) error) error {
		var table, name, typ string
		if err := scan(&table, &name, &typ); err != nil {
			return err
		}
		if !out.excluded(table) {
			out.add("table "+table+" constraint "+name, "type", typ)
		}
		return nil
	})
}

func myForeignKeys(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	const q = `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA,
		k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE, r.MATCH_OPTION
	FROM information_schema.KEY_COLUMN_USAGE k
	JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
		AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
	WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
	ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`
	var obj, target string
	var from, to []string
	flush := func() {
		if obj != "" {
			out.add(obj, "columns", "("+strings.Join(from, ", ")+") references "+target+" ("+strings.Join(to, ", ")+")")
		}
		from, to = nil, nil
	}
	err := queryRows(ctx, conn, "foreign keys", q, []any{schema}, func(scan func(...any) error) error {
		var table, name, col, refSchema, refTable, refCol, onUpdate, onDelete, match string
		if err := scan(&table, &name, &col, &refSchema, &refTable, &refCol, &onUpdate, &onDelete, &match); err != nil {
			return err
		}
		if out.excluded(table) {
			return nil
		}
		if o := "table " + table + " constraint " + name; o != obj {
			flush()
			obj, target = o, refTable
			if refSchema != schema {
				target = refSchema + "." + refTable
			}
			out.add(obj, "on update", onUpdate)
			out.add(obj, "on delete", onDelete)
			out.add(obj, "match", match)
		}
		from, to = append(from, col), append(to, refCol)
		return nil
	})
	flush()
	return err
}

// myChecks dumps CHECK_CONSTRAINTS. MariaDB names checks per table and
// has a TABLE_NAME column; MySQL 8 names them per schema and has none,
// so the table comes from TABLE_CONSTRAINTS there.
func myChecks(ctx context.Context, conn *sql.Conn, schema string, out *lines) error {
	var hasTable int
	const probe = `SELECT COUNT(*) FROM information_schema.COLUMNS
	WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'CHECK_CONSTRAINTS' AND COLUMN_NAME = 'TABLE_NAME'`
	if err := conn.QueryRowContext(ctx, probe).Scan(&hasTable); err != nil {
		return err
	}
	q := `SELECT c.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS c
	WHERE c.CONSTRAINT_SCHEMA = ? ORDER BY c.TABLE_NAME, c.CONSTRAINT_NAME`
	if hasTable == 0 {
		q = `SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS c
		JOIN information_schema.TABLE_CONSTRAINTS t ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
			AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND t.CONSTRAINT_TYPE = 'CHECK'
		WHERE c.CONSTRAINT_SCHEMA = ? ORDER BY t.TABLE_NAME, c.CONSTRAINT_NAME`
	}
	return queryRows(ctx, conn, "CHECK_CONSTRAINTS", q, []any{schema}, func(scan func(...any) error) error {
		var table, name, clause string
		if err := scan(&table, &name, &clause); err != nil {
			return err
		}
		if !out.excluded(table) {
			out.add("table "+table+" constraint "+name, "check", clause)
		}
		return nil
	})
}
