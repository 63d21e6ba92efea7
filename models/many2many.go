package models

import (
	"go/types"
	"regexp"
	"strings"

	"github.com/jinzhu/inflection"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// joinTable is a many2many relation's join table, built as
// buildMany2ManyRelation does (gorm@v1.31.2/schema/relationship.go:271-444):
// one column per owner key and one per referenced key, each a copy of the
// key field with primaryKey added, together the table's primary key, and a
// belongs-to (so a foreign key) to each side.
func (p *parser) joinTable(r *relation, many2many string) bool {
	f, s := r.Field, r.Schema
	own, ok1 := p.lookUpAll(s, r.foreignKeys, s.PrimaryFields)
	ref, ok2 := p.lookUpAll(r.FieldSchema, r.primaryKeys, r.FieldSchema.PrimaryFields)
	if !ok1 || !ok2 {
		p.errs.add(f.Pos, "field %s: many2many %q names a foreign key or reference that is not a field", f.Name, many2many)
		return false
	}
	js := &structSchema{
		Name: many2many, PkgPath: s.PkgPath, Pos: f.Pos, Table: p.naming.JoinTableName(many2many),
		ByDBName: map[string]*field{}, ByName: map[string]*field{}, ByBindName: map[string]*field{},
		order: s.order, join: true,
	}
	joinFK, joinRef := toColumns(f.Settings["JOINFOREIGNKEY"]), toColumns(f.Settings["JOINREFERENCES"])
	source := map[string]*field{}
	ownNames, refNames := map[string]*field{}, map[string]*field{}
	for i, of := range own {
		name := title(s.Name) + of.Name
		if i < len(joinFK) {
			name = title(joinFK[i])
		}
		ownNames[name], source[name] = of, of
		js.Fields = append(js.Fields, p.joinField(js, name, of))
	}
	for i, rf := range ref {
		name := title(r.FieldSchema.Name) + rf.Name
		if _, clash := ownNames[name]; clash {
			if f.Name != r.FieldSchema.Name {
				name = inflection.Singular(f.Name) + rf.Name
			} else {
				name += "Reference"
			}
		}
		if i < len(joinRef) {
			name = title(joinRef[i])
		}
		refNames[name] = rf
		if _, dup := source[name]; !dup {
			source[name] = rf
			js.Fields = append(js.Fields, p.joinField(js, name, rf))
		}
	}
	// GORM parses the join struct as a model (relationship.go:362), so a
	// lone key column gets the implicit auto-increment (schema.go:316-326).
	p.indexFields(js)
	p.primaryKey(js)
	js.PrimaryFields = nil
	p.joinReferences(r, js, source, ownNames, refNames)
	r.JoinTable = js
	return true
}

// lookUpAll finds the named fields, or returns the defaults when no
// names are given.
func (p *parser) lookUpAll(s *structSchema, names []string, defaults []*field) ([]*field, bool) {
	if len(names) == 0 {
		return defaults, true
	}
	var out []*field
	for _, n := range names {
		f := p.lookUpNamed(s, n)
		if f == nil {
			return nil, false
		}
		out = append(out, f)
	}
	return out, true
}

// joinField copies key field k as join column name: its Go type and its
// tag with primaryKey added and column, autoincrement, index, unique and
// uniqueindex removed, by GORM's own regexps (schema/utils.go:54-67).
func (p *parser) joinField(js *structSchema, name string, k *field) *field {
	tag := k.Tag
	if !strings.Contains(tag, "primaryKey") {
		tag = "primaryKey;" + tag
	}
	full := `gorm:"` + tag + `"`
	for _, n := range []string{"column", "autoincrement", "index", "unique", "uniqueindex"} {
		full = settingRegexp(n).ReplaceAllString(full, "${1}${5}")
	}
	v := types.NewField(k.v.Pos(), k.v.Pkg(), name, k.v.Type(), false)
	jf := p.parseField(js, v, full)
	jf.Pos = js.Pos
	return jf
}

func settingRegexp(name string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(gorm:.*?)(` + name + `(:.*?)?)(;|("))`)
}

// joinReferences gives each join column its key's type and records the two
// belongs-to relations of the join table (relationship.go:372-443).
func (p *parser) joinReferences(r *relation, js *structSchema, source, ownNames, refNames map[string]*field) {
	relName, refName := r.Schema.Name, r.FieldSchema.Name
	if relName == refName {
		refName = r.Field.Name
	}
	toOwner := &relation{Name: relName, Field: r.Field, Schema: js, FieldSchema: r.Schema, Kind: relBelongsTo}
	toRef := &relation{Name: refName, Field: r.Field, Schema: js, FieldSchema: r.FieldSchema, Kind: relBelongsTo}
	for _, jf := range js.Fields {
		if !jf.Perm {
			continue
		}
		k := source[jf.Name]
		propagate(jf, k)
		js.PrimaryFields = append(js.PrimaryFields, jf)
		if of, ok := ownNames[jf.Name]; ok {
			toOwner.Refs = append(toOwner.Refs, reference{Primary: of, Foreign: jf})
		}
		if rf, ok := refNames[jf.Name]; ok {
			toRef.Refs = append(toRef.Refs, reference{Primary: rf, Foreign: jf})
		}
	}
	js.rels = []*relation{toOwner, toRef}
}

// propagate gives a foreign key field the referenced key's type
// (relationship.go:592-604): the DataType when copyable, the GORMDataType,
// and the Size when its own is 0.
func propagate(ff, pf *field) {
	if copyable(pf.DataType) {
		ff.DataType = pf.DataType
	}
	ff.GORMDataType = pf.GORMDataType
	if ff.Size == 0 {
		ff.Size = pf.Size
	}
}

var titler = cases.Title(language.Und, cases.NoLower)

func title(s string) string { return titler.String(s) }
