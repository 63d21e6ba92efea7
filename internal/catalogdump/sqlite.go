package catalogdump

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// sqliteObject is one row of sqlite_master.
type sqliteObject struct{ kind, name, table, sql string }

// dumpSQLite reads sqlite_master and, for each table, its pragmas.
func dumpSQLite(ctx context.Context, conn *sql.Conn, out *lines) error {
	const q = `SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master
	WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY type, name`
	var objs []sqliteObject
	err := queryRows(ctx, conn, "sqlite_master", q, nil, func(scan func(...any) error) error {
		var o sqliteObject
		if err := scan(&o.kind, &o.name, &o.table, &o.sql); err != nil {
			return err
		}
		if !out.excluded(o.table) {
			objs = append(objs, o)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, o := range objs {
		if err := sqliteObjectLines(ctx, conn, o, out); err != nil {
			return err
		}
	}
	return nil
}

func sqliteObjectLines(ctx context.Context, conn *sql.Conn, o sqliteObject, out *lines) error {
	text, autoinc := normalizeSQL(o.sql)
	if o.kind != "table" {
		obj := "table " + o.table + " " + o.kind + " " + o.name
		if o.kind == "view" {
			obj = "view " + o.name
		}
		out.add(obj, "sql", text)
		return nil
	}
	obj := "table " + o.name
	out.object(obj)
	out.add(obj, "sql", text)
	if autoinc {
		out.add(obj, "autoincrement", "true")
	}
	sqliteDefLines(o.name, text, out)
	for _, step := range []func(context.Context, *sql.Conn, string, *lines) error{sqliteColumns, sqliteIndexes, sqliteForeignKeys} {
		if err := step(ctx, conn, o.name, out); err != nil {
			return fmt.Errorf("table %q: %w", o.name, err)
		}
	}
	return nil
}

func sqliteColumns(ctx context.Context, conn *sql.Conn, table string, out *lines) error {
	const q = `SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY name`
	return queryRows(ctx, conn, "table_xinfo", q, []any{table}, func(scan func(...any) error) error {
		var name, typ string
		var notnull, pk, hidden int
		var def sql.NullString
		if err := scan(&name, &typ, &notnull, &def, &pk, &hidden); err != nil {
			return err
		}
		obj := "table " + table + " column " + name
		out.object(obj)
		out.add(obj, "type", typ)
		if notnull != 0 {
			out.add(obj, "not null", "true")
		}
		if def.Valid {
			out.add(obj, "default", def.String)
		}
		if pk != 0 {
			out.add(obj, "primary key position", strconv.Itoa(pk))
		}
		if hidden != 0 {
			out.add(obj, "hidden", strconv.Itoa(hidden))
		}
		return nil
	})
}

// sqliteIndexes dumps PRAGMA index_list, including the automatic indexes
// of UNIQUE and PRIMARY KEY constraints (origin "u", "pk"), with each
// index's key columns from index_xinfo.
func sqliteIndexes(ctx context.Context, conn *sql.Conn, table string, out *lines) error {
	type index struct {
		name, origin    string
		unique, partial int
	}
	var list []index
	const q = `SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name`
	err := queryRows(ctx, conn, "index_list", q, []any{table}, func(scan func(...any) error) error {
		var ix index
		if err := scan(&ix.name, &ix.unique, &ix.origin, &ix.partial); err != nil {
			return err
		}
		list = append(list, ix)
		return nil
	})
	if err != nil {
		return err
	}
	for _, ix := range list {
		obj := "table " + table + " index " + ix.name
		out.add(obj, "unique", strconv.Itoa(ix.unique))
		out.add(obj, "origin", ix.origin)
		out.add(obj, "partial", strconv.Itoa(ix.partial))
		cols, err := sqliteIndexColumns(ctx, conn, ix.name)
		if err != nil {
			return fmt.Errorf("index %q: %w", ix.name, err)
		}
		out.add(obj, "columns", cols)
	}
	return nil
}

// sqliteIndexColumns returns an index's key columns in order, each as
// "name COLLATE coll ASC|DESC"; an expression reads <expr> (its text is
// in the index's sql line), the rowid <rowid>.
func sqliteIndexColumns(ctx context.Context, conn *sql.Conn, index string) (string, error) {
	const q = `SELECT cid, name, "desc", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno`
	var cols []string
	err := queryRows(ctx, conn, "index_xinfo", q, []any{index}, func(scan func(...any) error) error {
		var cid, desc int
		var name, coll sql.NullString
		if err := scan(&cid, &name, &desc, &coll); err != nil {
			return err
		}
		col := name.String
		switch cid {
		case -2:
			col = "<expr>"
		case -1:
			col = "<rowid>"
		}
		order := " ASC"
		if desc != 0 {
			order = " DESC"
		}
		cols = append(cols, col+" COLLATE "+coll.String+order)
		return nil
	})
	return strings.Join(cols, ", "), err
}

// sqliteForeignKeys dumps PRAGMA foreign_key_list. SQLite reports no
// constraint names there (they are in the table's sql), so a foreign key
// is named by its columns and target.
func sqliteForeignKeys(ctx context.Context, conn *sql.Conn, table string, out *lines) error {
	type fk struct {
		target, onUpdate, onDelete, match string
		from, to                          []string
	}
	var fks []*fk
	last := -1
	const q = `SELECT id, "table", "from", "to", on_update, on_delete, "match" FROM pragma_foreign_key_list(?) ORDER BY id, seq`
	err := queryRows(ctx, conn, "foreign_key_list", q, []any{table}, func(scan func(...any) error) error {
		var id int
		var f fk
		var from string
		var to sql.NullString // NULL: the target's primary key
		if err := scan(&id, &f.target, &from, &to, &f.onUpdate, &f.onDelete, &f.match); err != nil {
			return err
		}
		if id != last {
			fks = append(fks, &f)
			last = id
		}
		cur := fks[len(fks)-1]
		cur.from = append(cur.from, from)
		cur.to = append(cur.to, cmpOr(to.String, "<primary key>"))
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range fks {
		obj := "table " + table + " foreign key (" + strings.Join(f.from, ", ") + ") references " + f.target + " (" + strings.Join(f.to, ", ") + ")"
		out.add(obj, "on update", f.onUpdate)
		out.add(obj, "on delete", f.onDelete)
		out.add(obj, "match", f.match)
	}
	return nil
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
