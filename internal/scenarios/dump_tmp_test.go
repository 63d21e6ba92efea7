package scenarios

// A stand-in for internal/catalogdump, which is written on another branch:
// the same signature, plain catalog queries. At the merge this file goes
// and a two-line one takes its place:
//
//	type dumpOptions = catalogdump.Options
//	var dumpDB = catalogdump.Dump

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

type dumpOptions struct {
	Dialect string
	Schema  string
	Exclude []string
}

var dumpDB = tmpDump

// tmpDump prints one line per column, index, constraint, comment and
// sequence, sorted, so two databases compare with ==. Column order is left
// out: an ADD COLUMN appends where AutoMigrate would have declared it.
func tmpDump(ctx context.Context, db *sql.DB, o dumpOptions) (string, error) {
	var qs []string
	switch o.Dialect {
	case "postgres":
		qs = pgDump
	case "mysql":
		qs = myDump
	case "sqlite":
		return liteDump(ctx, db, o)
	default:
		return "", fmt.Errorf("dump: unknown dialect %q", o.Dialect)
	}
	var lines []string
	for _, q := range qs {
		ls, err := queryLines(ctx, db, q)
		if err != nil {
			return "", fmt.Errorf("dump %s: %w\n%s", o.Dialect, err, q)
		}
		lines = append(lines, ls...)
	}
	return finish(lines, o.Exclude), nil
}

// Each query's first column is the table, for Exclude.
var pgDump = []string{
	`SELECT c.table_name, 'column ' || c.table_name || '.' || c.column_name || ' ' ||
	   CASE WHEN c.data_type = 'USER-DEFINED' THEN c.udt_name ELSE c.data_type END ||
	   coalesce('(' || c.character_maximum_length || ')', '') ||
	   CASE WHEN c.data_type = 'numeric' THEN coalesce('(' || c.numeric_precision || ',' || c.numeric_scale || ')', '') ELSE '' END ||
	   CASE WHEN c.is_nullable = 'NO' THEN ' NOT NULL' ELSE ' NULL' END ||
	   coalesce(' DEFAULT ' || c.column_default, '') ||
	   coalesce(' COLLATE ' || c.collation_name, '') ||
	   coalesce(' COMMENT ' || col_description(format('%I.%I', c.table_schema, c.table_name)::regclass, c.ordinal_position), '')
	 FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
	 WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
	`SELECT tablename, 'index ' || tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()`,
	`SELECT cl.relname, 'constraint ' || cl.relname || ' ' || co.conname || ' ' || pg_get_constraintdef(co.oid)
	 FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
	 WHERE cl.relnamespace = current_schema()::regnamespace`,
	`SELECT c.relname, 'table ' || c.relname || coalesce(' COMMENT ' || obj_description(c.oid, 'pg_class'), '')
	 FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'`,
	`SELECT coalesce(t.relname, ''), 'sequence ' || s.sequencename || ' ' || s.data_type || ' owned by ' || coalesce(t.relname || '.' || a.attname, '-')
	 FROM pg_sequences s
	 JOIN pg_class sc ON sc.relname = s.sequencename AND sc.relnamespace = current_schema()::regnamespace
	 LEFT JOIN pg_depend d ON d.objid = sc.oid AND d.deptype IN ('a', 'i')
	 LEFT JOIN pg_class t ON t.oid = d.refobjid
	 LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
	 WHERE s.schemaname = current_schema()`,
}

var myDump = []string{
	`SELECT TABLE_NAME, CONCAT('column ', TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE,
	   IF(IS_NULLABLE = 'NO', ' NOT NULL', ' NULL'),
	   IFNULL(CONCAT(' DEFAULT ', COLUMN_DEFAULT), ''), IF(EXTRA = '', '', CONCAT(' ', EXTRA)),
	   IFNULL(CONCAT(' COLLATE ', COLLATION_NAME), ''), IF(COLUMN_COMMENT = '', '', CONCAT(' COMMENT ', COLUMN_COMMENT)))
	 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()`,
	`SELECT TABLE_NAME, CONCAT('index ', TABLE_NAME, ' ', INDEX_NAME, IF(NON_UNIQUE = 0, ' UNIQUE', ''), ' ', INDEX_TYPE, ' (',
	   GROUP_CONCAT(CONCAT(COLUMN_NAME, IFNULL(CONCAT('(', SUB_PART, ')'), ''), IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', '), ')',
	   IF(MAX(INDEX_COMMENT) = '', '', CONCAT(' COMMENT ', MAX(INDEX_COMMENT))))
	 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE`,
	`SELECT k.TABLE_NAME, CONCAT('foreign key ', k.TABLE_NAME, ' ', k.CONSTRAINT_NAME, ' (',
	   GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') REFERENCES ', MAX(k.REFERENCED_TABLE_NAME), ' (',
	   GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON UPDATE ', MAX(r.UPDATE_RULE), ' ON DELETE ', MAX(r.DELETE_RULE))
	 FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r
	   ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
	 WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME`,
	`SELECT TABLE_NAME, CONCAT('check ', TABLE_NAME, ' ', CONSTRAINT_NAME, ' ', CHECK_CLAUSE)
	 FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`,
	`SELECT TABLE_NAME, CONCAT('table ', TABLE_NAME, ' ', IFNULL(ENGINE, ''), ' ', IFNULL(TABLE_COLLATION, ''), IF(TABLE_COMMENT = '', '', CONCAT(' COMMENT ', TABLE_COMMENT)))
	 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'`,
}

// liteDump reads the pragmas per table; CHECKs and AUTOINCREMENT only live
// in the CREATE TABLE text, so those are picked out of it.
func liteDump(ctx context.Context, db *sql.DB, o dumpOptions) (string, error) {
	tables, err := queryLines(ctx, db, `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	if err != nil {
		return "", err
	}
	var lines []string
	for _, tl := range tables {
		name, create, _ := strings.Cut(tl, "\t")
		ls, err := liteTable(ctx, db, name, create)
		if err != nil {
			return "", fmt.Errorf("dump sqlite table %q: %w", name, err)
		}
		lines = append(lines, ls...)
	}
	return finish(lines, o.Exclude), nil
}

var liteCheck = regexp.MustCompile("(?i)CONSTRAINT\\s+[`\"]?(\\w+)[`\"]?\\s+CHECK\\s*\\((.*?)\\)\\s*(,|\\)\\s*$)")

func liteTable(ctx context.Context, db *sql.DB, name, create string) ([]string, error) {
	q := func(s string) string { return strings.ReplaceAll(s, "%t", quoteLit(name)) }
	p := func(s string) string { return name + "\t" + s }
	cols, err := queryLines(ctx, db, q(`SELECT 'column ' || name || ' ' || type || CASE WHEN "notnull" THEN ' NOT NULL' ELSE ' NULL' END ||
	   coalesce(' DEFAULT ' || dflt_value, '') || CASE WHEN pk > 0 THEN ' PK' || pk ELSE '' END FROM pragma_table_xinfo(%t)`))
	if err != nil {
		return nil, err
	}
	idx, err := queryLines(ctx, db, q(`SELECT 'index ' || CASE WHEN l.origin = 'c' THEN l.name ELSE l.origin END ||
	   CASE WHEN l."unique" THEN ' UNIQUE' ELSE '' END || ' (' ||
	   (SELECT group_concat(coalesce(i.name, '<expr>') || CASE WHEN i."desc" THEN ' DESC' ELSE '' END, ', ') FROM (SELECT * FROM pragma_index_xinfo(l.name) WHERE key ORDER BY seqno) i) || ')' ||
	   coalesce(' ' || substr(m.sql, instr(upper(m.sql), ' WHERE ')), '')
	 FROM pragma_index_list(%t) l LEFT JOIN sqlite_master m ON m.type = 'index' AND m.name = l.name AND l.partial`))
	if err != nil {
		return nil, err
	}
	fks, err := queryLines(ctx, db, q(`SELECT 'foreign key (' || group_concat("from", ', ') || ') REFERENCES ' || "table" || ' (' ||
	   group_concat("to", ', ') || ') ON UPDATE ' || on_update || ' ON DELETE ' || on_delete FROM (SELECT * FROM pragma_foreign_key_list(%t) ORDER BY id, seq) GROUP BY id`))
	if err != nil {
		return nil, err
	}
	out := []string{p("table " + name)}
	for _, l := range append(append(cols, idx...), fks...) {
		out = append(out, p(strings.Replace(l, " ", " "+name+" ", 1)))
	}
	if strings.Contains(strings.ToUpper(create), "AUTOINCREMENT") {
		out = append(out, p("autoincrement "+name))
	}
	for _, m := range liteCheck.FindAllStringSubmatch(create, -1) {
		out = append(out, p("check "+name+" "+m[1]+" "+m[2]))
	}
	return out, nil
}

func quoteLit(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// queryLines returns each row's columns joined by a tab.
func queryLines(ctx context.Context, db *sql.DB, q string) ([]string, error) {
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		parts := make([]string, len(cols))
		for i, v := range vals {
			parts[i] = v.String
		}
		out = append(out, strings.Join(parts, "\t"))
	}
	return out, rows.Err()
}

// finish drops excluded tables' lines (the first field) and sorts.
func finish(lines []string, exclude []string) string {
	skip := map[string]bool{}
	for _, e := range exclude {
		skip[e] = true
	}
	var out []string
	for _, l := range lines {
		table, text, _ := strings.Cut(l, "\t")
		if !skip[table] {
			out = append(out, strings.ReplaceAll(text, "\n", " "))
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n") + "\n"
}
