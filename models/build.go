package models

import (
	"go/token"
	"sort"
	"strings"
	"unicode/utf8"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hint"
)

// build turns the parsed models into one Atlas schema. Tables keep the
// models' order; columns the struct order; indexes, checks and foreign keys
// are sorted by name (GORM's own order for them comes from map iteration).
func (p *parser) build(models []*structSchema) *schema.Schema {
	s := &schema.Schema{Name: ""}
	tables := map[*structSchema]*schema.Table{}
	byName := map[string]*structSchema{}
	for _, m := range models {
		if o, ok := byName[m.Table]; ok {
			p.errs.add(m.Pos, "model %s: table %q is already the table of %s.%s (%s)", m.Name, m.Table, o.PkgPath, o.Name, o.Pos)
			continue
		}
		byName[m.Table] = m
		t := p.table(m)
		t.Schema = s
		s.Tables = append(s.Tables, t)
		tables[m] = t
	}
	p.foreignKeys(tables)
	return s
}

func (p *parser) table(m *structSchema) *schema.Table {
	t := &schema.Table{Name: m.Table}
	t.AddAttrs(&Pos{Position: m.Pos})
	p.renameTable(m, t)
	for _, f := range m.columns() {
		if c := p.column(f); c != nil {
			t.AddColumns(c)
		}
	}
	p.primaryKeyOf(m, t)
	p.indexes(m, t)
	p.uniques(m, t)
	p.checks(m, t)
	return t
}

func (p *parser) column(f *field) *schema.Column {
	if f.DataType == "" {
		p.errs.add(f.Pos, "field %s: column %q has no type; add a type: tag", f.Name, f.DBName)
		return nil
	}
	// A GormDBDataType result wins over the type: tag and the dialect's
	// mapping (migrator.go:79-88).
	raw := f.goType.dbType[p.d.name]
	if raw == "" {
		raw = p.d.dataType(f)
	}
	if !p.fragment(f.Pos, f.Name, "type", raw) || !p.checkColumnTags(f, raw) {
		return nil
	}
	ct, err := p.d.parseType(raw)
	if err != nil {
		p.errs.add(f.Pos, "field %s: %s type %q: %v", f.Name, p.d.name, raw, err)
		return nil
	}
	c := &schema.Column{
		Name: f.DBName,
		Type: &schema.ColumnType{Type: ct.typ, Raw: raw, Null: !f.NotNull},
	}
	if !p.spelledSerial(f, raw, ct) {
		return nil
	}
	c.AddAttrs(ct.attrs...)
	if p.d.serial(f) || ct.autoIncrement {
		// A serial column is NOT NULL on PostgreSQL; SQLite's catalog
		// reports its INTEGER PRIMARY KEY as nullable.
		if p.d.name != dburl.SQLite {
			c.Type.Null = false
		}
		p.d.autoIncrement(c)
	}
	if x := p.d.defaultExpr(f); x != nil && p.fragment(f.Pos, f.Name, "default", defaultSQL(x)) {
		c.Default = x
	}
	if text := p.d.comment(f); text != "" {
		c.AddAttrs(&schema.Comment{Text: text})
	}
	c.AddAttrs(&Pos{Position: f.Pos})
	if f.RenamedFrom != "" && f.RenamedFrom != f.DBName {
		c.AddAttrs(&hint.RenamedFrom{Name: f.RenamedFrom})
	}
	return c
}

// primaryKeyOf sets the table's primary key, unnamed: each database names
// it itself, and Atlas compares primary keys by their parts.
func (p *parser) primaryKeyOf(m *structSchema, t *schema.Table) {
	var parts []*schema.IndexPart
	for _, f := range m.PrimaryFields {
		if f.IgnoreMigration {
			p.errs.add(f.Pos, "field %s: the primary key is a -:migration field; GORM's CREATE TABLE names it in PRIMARY KEY but never creates the column", f.Name)
			continue
		}
		if c, ok := t.Column(f.DBName); ok {
			parts = append(parts, &schema.IndexPart{SeqNo: len(parts), C: c})
		}
	}
	if len(parts) == 0 {
		return
	}
	t.PrimaryKey = &schema.Index{Unique: true, Table: t, Parts: parts}
	for _, part := range parts {
		// PostgreSQL and MySQL make key columns NOT NULL; SQLite keeps
		// what the column says (GORM writes no NOT NULL), and its catalog
		// reports even INTEGER PRIMARY KEY as nullable.
		if p.d.name != dburl.SQLite {
			part.C.Type.Null = false
		}
		part.C.AddIndexes(t.PrimaryKey)
	}
	if p.d.name == dburl.SQLite {
		p.sqliteAutoIncrement(m, t)
	}
}

// sqliteAutoIncrement: SQLite allows AUTOINCREMENT only on the single
// INTEGER PRIMARY KEY. GORM's DDL for anything else either fails ("table
// has more than one primary key") or silently drops the other key columns
// (sqlite@v1.6.0/sqlite.go:219-221, migrator.go:235-241).
func (p *parser) sqliteAutoIncrement(m *structSchema, t *schema.Table) {
	for _, f := range m.columns() {
		if !p.d.serial(f) {
			continue
		}
		if len(t.PrimaryKey.Parts) != 1 || t.PrimaryKey.Parts[0].C.Name != f.DBName {
			p.errs.add(f.Pos, "field %s: SQLite allows autoIncrement only on the table's single integer primary key", f.Name)
		}
	}
}

func (p *parser) indexes(m *structSchema, t *schema.Table) {
	for _, gi := range p.parseIndexes(m) {
		idx := &schema.Index{Name: gi.Name, Unique: gi.Class == "UNIQUE", Table: t}
		for _, ip := range gi.Fields {
			part := &schema.IndexPart{SeqNo: len(idx.Parts), Desc: strings.EqualFold(ip.Sort, "desc")}
			if ip.Expression != "" {
				if !p.fragment(ip.f.Pos, ip.f.Name, "index "+gi.Name+" expression", ip.Expression) {
					continue
				}
				part.X = &schema.RawExpr{X: ip.Expression}
			} else if c, ok := t.Column(ip.f.DBName); ok && ip.f.DBName != "" {
				if p.repeatsColumn(idx, c, ip.f) {
					continue
				}
				if ip.Length > 0 && p.d.name == dburl.MySQL {
					// A prefix length only MySQL writes (BuildIndexOptions,
					// migrator.go:808-827).
					part.AddAttrs(&mysql.SubPart{Len: ip.Length})
				}
				part.C = c
				c.AddIndexes(idx)
			} else {
				p.errs.add(ip.f.Pos, "field %s: index %q names a field that is not a column", ip.f.Name, gi.Name)
				continue
			}
			idx.Parts = append(idx.Parts, part)
		}
		if gi.Where != "" && len(gi.Fields) > 0 && !p.fragment(gi.Fields[0].f.Pos, gi.Fields[0].f.Name, "index "+gi.Name+" where", gi.Where) {
			continue
		}
		p.indexAttrs(idx, gi)
		t.AddIndexes(idx)
	}
	sortIndexes(t)
}

// repeatsColumn reports a column an index already has. GORM keeps the
// repeat (ParseIndexes appends every entry, and its own
// TestParseIndexWithUniqueIndexAndUnique expects it): PostgreSQL and SQLite
// create the index with the column twice, which autogen matches, and MySQL
// refuses GORM's CREATE TABLE.
func (p *parser) repeatsColumn(idx *schema.Index, c *schema.Column, f *field) bool {
	for _, part := range idx.Parts {
		if part.C != c {
			continue
		}
		if p.d.name == dburl.MySQL {
			p.errs.add(f.Pos, "field %s: index %q lists column %q twice; MySQL rejects GORM's CREATE TABLE (duplicate column name)", f.Name, idx.Name, c.Name)
			return true
		}
		p.warns.add(f.Pos, "field %s: index %q lists column %q twice; GORM creates it over (%s, %s), which MySQL would refuse", f.Name, idx.Name, c.Name, c.Name, c.Name)
		return false
	}
	return false
}

// indexAttrs carries what each dialect's CREATE INDEX keeps of GORM's
// index options. MySQL creates indexes inside CREATE TABLE, which drops
// type and where (migrator.go:249-262) and keeps class and comment; the
// others ignore comment (and SQLite also option and type).
func (p *parser) indexAttrs(idx *schema.Index, gi *gormIndex) {
	switch p.d.name {
	case dburl.MySQL:
		if c := strings.ToUpper(gi.Class); c == "FULLTEXT" || c == "SPATIAL" {
			idx.AddAttrs(&mysql.IndexType{T: c})
		}
		if gi.Comment != "" {
			idx.AddAttrs(&schema.Comment{Text: gi.Comment})
		}
	case dburl.Postgres:
		if gi.Type != "" {
			idx.AddAttrs(&postgres.IndexType{T: strings.ToUpper(gi.Type)})
		}
		if gi.Where != "" {
			idx.AddAttrs(&postgres.IndexPredicate{P: gi.Where})
		}
	case dburl.SQLite:
		if gi.Where != "" {
			idx.AddAttrs(&sqlite.IndexPredicate{P: gi.Where})
		}
	}
}

// uniques adds the unique tag's constraint uni_<table>_<column>
// (gorm@v1.31.2/schema/constraint.go:56-66). Each dialect gets the shape
// that comes back from its catalog unchanged:
//   - PostgreSQL: a table constraint, as GORM makes it: a unique Index with
//     a postgres.Constraint{T: "u"} attribute, which Atlas's planner writes
//     as CONSTRAINT "uni_…" UNIQUE (…) and its inspector reports the same way.
//   - SQLite: a table constraint too: a unique Index with a
//     sqlite.IndexOrigin{O: "u"} attribute, the origin PRAGMA index_list
//     reports for it. The catalog calls its index
//     "sqlite_autoindex_<table>_N"; package introspect names it after the
//     CONSTRAINT clause. It once was a plain named index, which compared
//     equal but made a rebuild write CREATE UNIQUE INDEX, and a downgrade
//     DROP INDEX on a constraint's autoindex, which SQLite refuses.
//   - MySQL: a named unique index, which is what a constraint is there.
func (p *parser) uniques(m *structSchema, t *schema.Table) {
	seen := map[string]bool{}
	for _, f := range m.Fields {
		if !f.Unique {
			continue
		}
		if f.DBName == "" || f.IgnoreMigration {
			// ParseUniqueConstraints takes every field with the tag
			// (constraint.go:56-66): UNIQUE ("") or a column never made.
			p.errs.add(f.Pos, "field %s: unique needs a column, and GORM creates none for this field; its CREATE TABLE fails on the UNIQUE constraint", f.Name)
			continue
		}
		if seen[f.DBName] {
			continue
		}
		seen[f.DBName] = true
		c, ok := t.Column(f.DBName)
		if !ok {
			continue
		}
		name := p.naming.UniqueName(m.Table, f.DBName)
		if !p.wholeName(f.Pos, f.Name, "unique constraint", name) {
			continue
		}
		idx := &schema.Index{Name: name, Unique: true, Table: t, Parts: []*schema.IndexPart{{C: c}}}
		switch p.d.name {
		case dburl.Postgres:
			idx.AddAttrs(postgres.UniqueConstraint(name))
		case dburl.SQLite:
			idx.AddAttrs(&sqlite.IndexOrigin{O: "u"})
		}
		c.AddIndexes(idx)
		t.AddIndexes(idx)
	}
	sortIndexes(t)
}

// checks adds check: constraints (constraint.go:26-43).
func (p *parser) checks(m *structSchema, t *schema.Table) {
	var checks []*schema.Check
	for _, n := range m.DBNames {
		f := m.ByDBName[n]
		chk := f.Settings["CHECK"]
		if chk == "" {
			continue
		}
		names := strings.Split(chk, ",")
		var name, expr string
		if len(names) > 1 && regEnLetterAndMidline.MatchString(names[0]) {
			name, expr = names[0], strings.Join(names[1:], ",")
		} else {
			if names[0] == "" {
				chk = strings.Join(names[1:], ",")
			}
			name, expr = p.naming.CheckerName(m.Table, f.DBName), chk
			if !p.wholeName(f.Pos, f.Name, "check", name) {
				continue
			}
		}
		if !p.fragment(f.Pos, f.Name, "check "+name, expr) {
			continue
		}
		checks = append(checks, &schema.Check{Name: name, Expr: expr})
	}
	sort.SliceStable(checks, func(i, j int) bool { return checks[i].Name < checks[j].Name })
	for _, c := range checks {
		t.AddChecks(c)
	}
}

func sortIndexes(t *schema.Table) {
	sort.SliceStable(t.Indexes, func(i, j int) bool { return t.Indexes[i].Name < t.Indexes[j].Name })
}

// wholeName refuses a name GORM's NamingStrategy derived by cutting in the
// middle of a character: formatName counts characters to decide to
// shorten a name and then cuts bytes (gorm@v1.31.2/schema/naming.go), so
// a long non-ASCII name becomes invalid UTF-8, which PostgreSQL and MySQL
// reject; GORM's own AutoMigrate fails on it. SQLite stores the bytes.
func (p *parser) wholeName(pos token.Position, field, what, name string) bool {
	if utf8.ValidString(name) || p.d.name == dburl.SQLite {
		return true
	}
	p.errs.add(pos, "field %s: GORM names the %s %q by cutting it in the middle of a character, which %s rejects; give it a name in the tag", field, what, strings.ToValidUTF8(name, "\uFFFD"), p.d.name)
	return false
}
