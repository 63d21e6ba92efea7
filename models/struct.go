package models

import (
	"go/token"
	"go/types"
)

// structSchema is autogen's counterpart of GORM's schema.Schema for one
// struct: a model, a relation's target, or an embedded struct.
type structSchema struct {
	Name    string
	PkgPath string
	Pos     token.Position
	Table   string
	named   *types.Named
	order   orderKey

	Fields        []*field // every parsed field, embedded ones spliced in place
	DBNames       []string // column names, in first-appearance order
	ByDBName      map[string]*field
	ByName        map[string]*field
	ByBindName    map[string]*field
	PrimaryFields []*field
	Prioritized   *field
	relFields     []*field
	rels          []*relation
	embedded      bool // parsed as an embedded struct: no relations
	join          bool // a many2many join table
}

// orderKey sorts tables in declaration order: Dirs order, then position.
type orderKey struct {
	dir  int
	file string
	off  int
}

func (a orderKey) less(b orderKey) bool {
	if a.dir != b.dir {
		return a.dir < b.dir
	}
	if a.file != b.file {
		return a.file < b.file
	}
	return a.off < b.off
}

// parseStruct follows gorm@v1.31.2/schema/schema.go:218-349: parse each
// exported field, splice embedded structs, name the columns, resolve
// duplicate names and find the primary key.
func (p *parser) parseStruct(t types.Type, table string, embedded bool) *structSchema {
	st := t.Underlying().(*types.Struct)
	s := &structSchema{
		Table: table, embedded: embedded,
		ByDBName: map[string]*field{}, ByName: map[string]*field{}, ByBindName: map[string]*field{},
	}
	if named, ok := t.(*types.Named); ok {
		s.named, s.Name = named, named.Obj().Name()
		s.Pos = p.fset.Position(named.Obj().Pos())
		if pkg := named.Obj().Pkg(); pkg != nil {
			s.PkgPath = pkg.Path()
		}
	}
	for i := 0; i < st.NumFields(); i++ {
		v := st.Field(i)
		if !v.Exported() { // schema.go:220; an unexported embedded type is dropped too
			continue
		}
		p.checkTagKeys(p.fset.Position(v.Pos()), v.Name(), st.Tag(i))
		f := p.parseField(s, v, st.Tag(i))
		f.RenamedFrom = p.fieldRenamedFrom(f.Pos, f.Name, st.Tag(i))
		sub := p.embed(s, f)
		p.checkFieldTags(f, sub != nil)
		if sub != nil {
			s.Fields = append(s.Fields, sub...)
		} else {
			s.Fields = append(s.Fields, f)
		}
	}
	p.indexFields(s)
	p.primaryKey(s)
	return s
}

// indexFields names the columns and keeps, for each name, the shallowest
// field with a permission, at the position of its first appearance
// (schema.go:230-268).
func (p *parser) indexFields(s *structSchema) {
	for _, f := range s.Fields {
		if f.DBName == "" && f.DataType != "" {
			f.DBName = p.naming.ColumnName(s.Table, f.Name)
		}
		if f.DBName != "" {
			v, ok := s.ByDBName[f.DBName]
			if ok && len(f.BindNames) == len(v.BindNames) && !s.embedded {
				// Only a shallower field replaces another; at the same
				// depth GORM keeps the first and drops this one unsaid.
				p.errs.add(f.Pos, "field %s: column %q is also the column of field %s (%s); GORM keeps that one and ignores this field", f.Name, f.DBName, v.Name, v.Pos)
			}
			if !ok || f.Perm && len(f.BindNames) < len(v.BindNames) {
				if !ok {
					s.DBNames = append(s.DBNames, f.DBName)
				}
				s.ByDBName[f.DBName] = f
				s.ByName[f.Name] = f
				s.ByBindName[f.bindName()] = f
				if v != nil && v.PrimaryKey {
					s.PrimaryFields = removeField(s.PrimaryFields, v)
				}
				if f.PrimaryKey {
					s.PrimaryFields = append(s.PrimaryFields, f)
				}
			}
		}
		if of, ok := s.ByName[f.Name]; !ok || of.Settings["-"] == "-" {
			s.ByName[f.Name] = f
		}
		if of, ok := s.ByBindName[f.bindName()]; !ok || of.Settings["-"] == "-" {
			s.ByBindName[f.bindName()] = f
		}
	}
}

func removeField(fs []*field, f *field) []*field {
	out := fs[:0]
	for _, x := range fs {
		if x.DBName != f.DBName {
			out = append(out, x)
		}
	}
	return out
}

// primaryKey: without a primaryKey tag the field "id" (by column, then Go
// name) or else "ID" is the key; an integer prioritized key without any
// autoIncrement tag key is auto-increment (schema.go:270-349).
func (p *parser) primaryKey(s *structSchema) {
	pf := s.lookUp("id")
	if pf == nil {
		pf = s.lookUp("ID")
	}
	if pf != nil {
		if pf.PrimaryKey {
			s.Prioritized = pf
		} else if len(s.PrimaryFields) == 0 {
			pf.PrimaryKey = true
			s.Prioritized = pf
			s.PrimaryFields = append(s.PrimaryFields, pf)
		}
	}
	if s.Prioritized == nil {
		if len(s.PrimaryFields) == 1 {
			s.Prioritized = s.PrimaryFields[0]
		} else {
			for _, f := range s.PrimaryFields {
				if f.AutoIncrement {
					s.Prioritized = f
					break
				}
			}
		}
	}
	for _, f := range s.Fields {
		if !s.embedded && f.DBName == "" && f.PrimaryKey {
			p.warns.add(f.Pos, "field %s: GORM ignores primaryKey on a field that is not a column", f.Name)
		}
		if !s.embedded && f.DataType == "" && f.GORMDataType == "" && f.Perm {
			s.relFields = append(s.relFields, f)
			s.ByName[f.Name] = f
			s.ByBindName[f.bindName()] = f
		}
	}
	if f := s.Prioritized; f != nil && (f.GORMDataType == dtInt || f.GORMDataType == dtUint) {
		if _, ok := f.Settings["AUTOINCREMENT"]; !ok {
			f.HasDefault, f.AutoIncrement = true, true
		}
	}
}

// lookUp is schema.LookUpField: by column name, then Go name, then the
// naming strategy's column name for it.
func (s *structSchema) lookUp(name string) *field {
	if f, ok := s.ByDBName[name]; ok {
		return f
	}
	if f, ok := s.ByName[name]; ok {
		return f
	}
	return nil
}

// lookUpNamed adds the naming strategy's column name to lookUp.
func (p *parser) lookUpNamed(s *structSchema, name string) *field {
	if f := s.lookUp(name); f != nil {
		return f
	}
	return s.ByDBName[p.naming.ColumnName(s.Table, name)]
}

// lookUpByBindName is schema.LookUpFieldByBindName (schema.go:107-115).
func (s *structSchema) lookUpByBindName(bindNames []string, name string) *field {
	for i := len(bindNames) - 1; i >= 0; i-- {
		find := joinDot(bindNames[:i]) + "." + name
		if f, ok := s.ByBindName[find]; ok {
			return f
		}
	}
	return nil
}

func joinDot(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += "."
		}
		out += s
	}
	return out
}

// columns returns the fields that become columns, in column order.
func (s *structSchema) columns() []*field {
	var out []*field
	for _, n := range s.DBNames {
		if f := s.ByDBName[n]; !f.IgnoreMigration {
			out = append(out, f)
		}
	}
	return out
}
