package models

import (
	"go/types"
)

// embed expands f into the fields of its struct when GORM would: an
// embedded tag, or an anonymous field that is not a time, bytes or Valuer
// (gorm@v1.31.2/schema/field.go:388-445). It returns nil when f stays a
// field of its own.
func (p *parser) embed(s *structSchema, f *field) []*field {
	_, tagged := f.Settings["EMBEDDED"]
	anon := f.Anonymous && f.Perm && f.GORMDataType != dtTime && f.GORMDataType != dtBytes && !f.goType.valuer
	if !tagged && !anon {
		return nil
	}
	if _, ok := f.Type.Underlying().(*types.Struct); !ok {
		if f.goType.dataType == "" {
			p.errs.add(f.Pos, "field %s: embedded type %s is not a struct", f.Name, typeString(f.Type))
		}
		return nil
	}
	if f.goType.dataType == dtTime { // time.Time has no exported fields
		return []*field{}
	}
	sub := p.parseStruct(f.Type, s.Table, true)
	outside := !p.isRoot(f.Type)
	for _, ef := range sub.Fields {
		p.adopt(s, sub, f, ef, outside)
	}
	return sub.Fields
}

// adopt moves an embedded struct's field ef into s, the way field.go:403-441
// does: bind names, prefix, loss of an implicit primary key, and a copy of
// the embedding field's tag settings over its own.
func (p *parser) adopt(s, sub *structSchema, f, ef *field, outside bool) {
	ef.Schema, ef.Owner = s, sub
	ef.BindNames = append([]string{f.Name}, ef.BindNames...)
	if prefix, ok := f.Settings["EMBEDDEDPREFIX"]; ok && ef.DBName != "" {
		ef.DBName = prefix + ef.DBName
	}
	if ef.PrimaryKey && !checkTruth(ef.Settings["PRIMARYKEY"], ef.Settings["PRIMARY_KEY"]) {
		ef.PrimaryKey = false
		if v, ok := ef.Settings["AUTOINCREMENT"]; !ok || !checkTruth(v) {
			ef.AutoIncrement = false
		}
		if !ef.AutoIncrement && ef.Default == "" {
			ef.HasDefault = false
		}
	}
	settings := make(map[string]string, len(ef.Settings)+len(f.Settings))
	for k, v := range ef.Settings {
		settings[k] = v
	}
	for k, v := range f.Settings {
		settings[k] = v
	}
	ef.Settings = settings
	if outside {
		// gorm.Model's fields live in the module cache; the embedding
		// field is the line the user can act on.
		ef.Pos = f.Pos
	}
}

// isRoot reports whether t is declared in one of the loaded packages.
func (p *parser) isRoot(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return true // an anonymous struct type is declared where it is used
	}
	_, ok = p.rootPaths[n.Obj().Pkg().Path()]
	return ok
}

func typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}
