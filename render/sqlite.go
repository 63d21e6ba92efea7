package render

import (
	"fmt"
	"slices"
	"strings"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// SQLite's CREATE TABLE is written by autogen rather than Atlas's
// planner, for a new table and for the new table of a rebuild (create
// new_t, copy, drop t, rename), so that the table is the one GORM's
// AutoMigrate creates: Atlas's planner formats each type without its
// length (varchar(40) becomes varchar), writes every unique index as a
// CREATE UNIQUE INDEX (a unique tag is an inline CONSTRAINT … UNIQUE in
// GORM's DDL, and a later DROP INDEX of its autoindex fails), and drops
// collations. The rest of the plan (copy, drop, rename, the other
// indexes) stays Atlas's.

// sqliteConstraint reports whether idx is a UNIQUE constraint of the
// table (origin "u", as PRAGMA index_list reports it and the models set
// for a unique tag) rather than an index of its own.
func sqliteConstraint(idx *schema.Index) bool {
	for _, a := range idx.Attrs {
		if o, ok := a.(*sqlite.IndexOrigin); ok {
			return o.O == "u"
		}
	}
	return false
}

// sqliteForceRebuilds returns changes with each ModifyTable that adds or
// drops a UNIQUE constraint replaced by a copy that Atlas's planner
// rebuilds (it would CREATE UNIQUE INDEX or DROP INDEX instead, which
// makes an index, not a constraint, or fails on the autoindex); origin
// maps each copy to the change it stands for.
func sqliteForceRebuilds(changes []schema.Change) ([]schema.Change, map[schema.Change]schema.Change) {
	origin := map[schema.Change]schema.Change{}
	out := slices.Clone(changes)
	for i, c := range changes {
		mt, ok := c.(*schema.ModifyTable)
		if !ok {
			continue
		}
		var idx *schema.Index
		for _, sub := range mt.Changes {
			switch sub := sub.(type) {
			case *schema.AddIndex:
				if sqliteConstraint(sub.I) {
					idx = sub.I
				}
			case *schema.DropIndex:
				if sqliteConstraint(sub.I) {
					idx = sub.I
				}
			}
		}
		if idx == nil {
			continue
		}
		// A ModifyIndex is a change Atlas's planner can only make by a
		// rebuild, which recreates every index of the new table anyway.
		cp := &schema.ModifyTable{T: mt.T, Changes: append(slices.Clone(mt.Changes), &schema.ModifyIndex{From: idx, To: idx})}
		origin[cp] = c
		out[i] = cp
	}
	return out, origin
}

// sqliteRewrite replaces the CREATE TABLE statements of plan with
// sqliteCreateTable's, the column of each ADD COLUMN with sqliteColumn's,
// and leaves out the CREATE INDEX of each UNIQUE
// constraint, which the table's statement holds. changes are the
// changes plan was made from.
func sqliteRewrite(plan *migrate.Plan, changes []schema.Change) error {
	kept := plan.Changes[:0]
	for _, c := range plan.Changes {
		switch src := c.Source.(type) {
		case *schema.AddIndex:
			if sqliteConstraint(src.I) && strings.HasPrefix(c.Cmd, "CREATE ") {
				continue
			}
		case *schema.AddColumn:
			mt := parentTable(changes, src)
			if mt == nil || !strings.HasPrefix(c.Cmd, "ALTER TABLE ") {
				break
			}
			def, err := sqliteColumn(src.C)
			if err != nil {
				return fmt.Errorf("add column %q to %q: %w", src.C.Name, mt.T.Name, err)
			}
			c.Cmd = "ALTER TABLE " + sqlsafe.Ident(dburl.SQLite, mt.T.Name) + " ADD COLUMN " + def
		case *schema.AddTable:
			if !strings.HasPrefix(c.Cmd, "CREATE TABLE ") {
				break
			}
			name, t := src.T.Name, src.T
			if mt := rebuildOf(changes, src.T); mt != nil {
				// The planner's copy of the table has no indexes, and its
				// name was made while sqlsafe's placeholders stood in for
				// the names.
				name, t = "new_"+mt.T.Name, mt.T
			}
			stmt, err := sqliteCreateTable(name, t)
			if err != nil {
				return err
			}
			c.Cmd = stmt
		}
		kept = append(kept, c)
	}
	plan.Changes = kept
	return nil
}

// parentTable returns the ModifyTable of changes that holds sub.
func parentTable(changes []schema.Change, sub schema.Change) *schema.ModifyTable {
	for _, c := range changes {
		if mt, ok := c.(*schema.ModifyTable); ok && slices.Contains(mt.Changes, sub) {
			return mt
		}
	}
	return nil
}

// rebuildOf returns the ModifyTable whose rebuild created t, a copy of
// its table under a temporary name that shares its columns.
func rebuildOf(changes []schema.Change, t *schema.Table) *schema.ModifyTable {
	if len(t.Columns) == 0 {
		return nil
	}
	for _, c := range changes {
		if mt, ok := c.(*schema.ModifyTable); ok && mt.T != t && len(mt.T.Columns) > 0 && mt.T.Columns[0] == t.Columns[0] {
			return mt
		}
	}
	return nil
}

// sqliteCreateTable writes t's CREATE TABLE under name in the order of
// GORM's CreateTable (gorm@v1.31.2/migrator/migrator.go:226-303): the
// columns, the PRIMARY KEY unless AUTOINCREMENT holds it, the foreign
// keys, the UNIQUE constraints, the CHECKs; then Atlas's table options.
func sqliteCreateTable(name string, t *schema.Table) (string, error) {
	q := func(s string) string { return sqlsafe.Ident(dburl.SQLite, s) }
	var items []string
	for _, c := range t.Columns {
		def, err := sqliteColumn(c)
		if err != nil {
			return "", fmt.Errorf("create table %q: %w", t.Name, err)
		}
		items = append(items, def)
	}
	if pk := t.PrimaryKey; pk != nil && !sqliteAutoincPK(pk) {
		items = append(items, "PRIMARY KEY "+sqliteParts(pk.Parts))
	}
	for _, fk := range t.ForeignKeys {
		items = append(items, sqliteForeignKey(fk))
	}
	for _, idx := range t.Indexes {
		if !sqliteConstraint(idx) {
			continue
		}
		s := "UNIQUE " + sqliteParts(idx.Parts)
		if idx.Name != "" && !strings.HasPrefix(idx.Name, "sqlite_autoindex_") {
			s = "CONSTRAINT " + q(idx.Name) + " " + s
		}
		items = append(items, s)
	}
	for _, a := range t.Attrs {
		if c, ok := a.(*schema.Check); ok {
			items = append(items, sqliteCheck(c))
		}
	}
	stmt := "CREATE TABLE " + q(name) + " (" + strings.Join(items, ", ") + ")"
	var options []string
	for _, a := range t.Attrs {
		switch a.(type) {
		case *sqlite.WithoutRowID:
			options = append(options, "WITHOUT ROWID")
		case *sqlite.Strict:
			options = append(options, "STRICT")
		}
	}
	if len(options) > 0 {
		stmt += " " + strings.Join(options, ", ")
	}
	return stmt, nil
}

// sqliteColumn writes a column definition as GORM's FullDataTypeOf does:
// the declared type as written (the models' type, or the catalog's
// declared type), NOT NULL where it is, no NULL where it is not, the
// default; then what Atlas's planner adds (AUTOINCREMENT, a generation
// expression) and the collation.
func sqliteColumn(c *schema.Column) (string, error) {
	typ := c.Type.Raw
	if typ == "" {
		var err error
		if typ, err = sqlite.FormatType(c.Type.Type); err != nil {
			return "", fmt.Errorf("column %q: %w", c.Name, err)
		}
	}
	parts := []string{sqlsafe.Ident(dburl.SQLite, c.Name)}
	if typ != "" {
		parts = append(parts, typ)
	}
	if !c.Type.Null {
		parts = append(parts, "NOT NULL")
	}
	if c.Default != nil {
		x, err := sqliteDefault(c)
		if err != nil {
			return "", err
		}
		parts = append(parts, "DEFAULT "+x)
	}
	var gen *schema.GeneratedExpr
	auto := false
	for _, a := range c.Attrs {
		switch a := a.(type) {
		case *sqlite.AutoIncrement:
			auto = true
		case *schema.GeneratedExpr:
			gen = a
		case *schema.Collation:
			if a.V != "" {
				parts = append(parts, "COLLATE "+a.V)
			}
		}
	}
	switch {
	case auto && gen != nil:
		return "", fmt.Errorf("column %q: both autoincrement and generation expression", c.Name)
	case auto:
		parts = append(parts, "PRIMARY KEY AUTOINCREMENT")
	case gen != nil:
		parts = append(parts, "AS "+mayWrap(gen.Expr), gen.Type)
	}
	return strings.Join(parts, " "), nil
}

// sqliteDefault is Atlas's defaultValue (sql/sqlite/migrate.go): numbers
// and booleans as they are, other literals single-quoted, expressions in
// parentheses.
func sqliteDefault(c *schema.Column) (string, error) {
	switch x := c.Default.(type) {
	case *schema.Literal:
		switch c.Type.Type.(type) {
		case *schema.BoolType, *schema.DecimalType, *schema.IntegerType, *schema.FloatType:
			return x.V, nil
		}
		if len(x.V) >= 2 && x.V[0] == '\'' && x.V[len(x.V)-1] == '\'' {
			return x.V, nil
		}
		v := x.V
		if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
			v = strings.ReplaceAll(v[1:len(v)-1], `""`, `"`)
		}
		return sqlsafe.Literal(dburl.SQLite, v), nil
	case *schema.RawExpr:
		return mayWrap(x.X), nil
	default:
		return "", fmt.Errorf("column %q: unexpected default value type %T", c.Name, x)
	}
}

// mayWrap puts x in parentheses unless one pair already encloses all of it.
func mayWrap(x string) string {
	x = strings.TrimSpace(x)
	if len(x) >= 2 && x[0] == '(' && closingParen(x) == len(x)-1 {
		return x
	}
	return "(" + x + ")"
}

// closingParen returns the index of the ")" that closes the "(" at 0,
// skipping quoted text, or -1.
func closingParen(x string) int {
	depth := 0
	for i := 0; i < len(x); i++ {
		switch c := x[i]; c {
		case '\'', '"', '`':
			j := strings.IndexByte(x[i+1:], c)
			if j < 0 {
				return -1
			}
			i += j + 1
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func sqliteAutoincPK(pk *schema.Index) bool {
	has := func(attrs []schema.Attr) bool {
		return slices.ContainsFunc(attrs, func(a schema.Attr) bool { _, ok := a.(*sqlite.AutoIncrement); return ok })
	}
	return has(pk.Attrs) || len(pk.Parts) == 1 && pk.Parts[0].C != nil && has(pk.Parts[0].C.Attrs)
}

// sqliteParts writes the parenthesized parts of a key.
func sqliteParts(parts []*schema.IndexPart) string {
	var out []string
	for _, p := range parts {
		var s string
		switch {
		case p.C != nil:
			s = sqlsafe.Ident(dburl.SQLite, p.C.Name)
		case p.X != nil:
			if x, ok := p.X.(*schema.RawExpr); ok {
				s = mayWrap(x.X)
			}
		}
		if p.Desc {
			s += " DESC"
		}
		out = append(out, s)
	}
	return "(" + strings.Join(out, ", ") + ")"
}

// sqliteForeignKey writes a table's FOREIGN KEY clause as Atlas does.
func sqliteForeignKey(fk *schema.ForeignKey) string {
	var b strings.Builder
	if fk.Symbol != "" {
		b.WriteString("CONSTRAINT " + sqlsafe.Ident(dburl.SQLite, fk.Symbol) + " ")
	}
	b.WriteString("FOREIGN KEY " + identList(fk.Columns) + " REFERENCES " + sqlsafe.Ident(dburl.SQLite, fk.RefTable.Name) + " " + identList(fk.RefColumns))
	if fk.OnUpdate != "" {
		b.WriteString(" ON UPDATE " + string(fk.OnUpdate))
	}
	if fk.OnDelete != "" {
		b.WriteString(" ON DELETE " + string(fk.OnDelete))
	}
	return b.String()
}

func identList(cols []*schema.Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = sqlsafe.Ident(dburl.SQLite, c.Name)
	}
	return "(" + strings.Join(names, ", ") + ")"
}

// sqliteCheck writes a CHECK constraint, its expression in parentheses.
func sqliteCheck(c *schema.Check) string {
	s := "CHECK " + mayWrap(c.Expr)
	if c.Name != "" {
		s = "CONSTRAINT " + sqlsafe.Ident(dburl.SQLite, c.Name) + " " + s
	}
	return s
}
