package models

import (
	"go/types"
	"strings"
)

type relKind int

const (
	relNone relKind = iota
	relHas          // has-one or has-many, before the slice check
	relBelongsTo
	relMany2Many
)

// relation is a resolved relationship field (GORM's schema.Relationship).
type relation struct {
	Name        string
	Field       *field
	Schema      *structSchema // the struct declaring the field
	FieldSchema *structSchema // the related struct
	Kind        relKind
	Refs        []reference
	Polymorphic bool
	JoinTable   *structSchema // many2many only
	foreignKeys []string      // foreignKey: tag
	primaryKeys []string      // references: tag
}

type reference struct {
	Primary, Foreign *field
	OwnPrimaryKey    bool
}

// GORM's guess levels (relationship.go:134-150).
type guessLevel int

const (
	guessGuess guessLevel = iota
	guessBelongs
	guessEmbeddedBelongs
	guessHas
	guessEmbeddedHas
)

// parseRelations resolves every relationship candidate of s: fields whose
// type gave no column type. A field that is neither a known type nor a
// relation is an error asking for a type: tag.
func (p *parser) parseRelations(s *structSchema) {
	for _, f := range s.relFields {
		if r := p.parseRelation(s, f); r != nil {
			s.rels = append(s.rels, r)
		}
	}
}

// parseRelation follows relationship.go:65-131.
func (p *parser) parseRelation(s *structSchema, f *field) *relation {
	if f.goType.opaque != "" { // reported by checkOpaque
		return nil
	}
	named := namedStruct(f.Type)
	if named == nil || !(f.goType.isStruct || f.goType.isSlice) {
		p.errs.add(f.Pos, "field %s: cannot map Go type %s to a column; add a type: tag (e.g. gorm:\"type:jsonb\"), a serializer, or gorm:\"-\" to skip it", f.Name, typeString(f.Type))
		return nil
	}
	r := &relation{
		Name: f.Name, Field: f, Schema: s, FieldSchema: p.schemaFor(named),
		foreignKeys: toColumns(f.Settings["FOREIGNKEY"]),
		primaryKeys: toColumns(f.Settings["REFERENCES"]),
	}
	switch m2m := f.Settings["MANY2MANY"]; {
	case hasPolymorphic(f.Settings):
		if !p.polymorphic(r) {
			return nil
		}
		return r
	case m2m != "":
		r.Kind = relMany2Many
		if !p.joinTable(r, m2m) {
			return nil
		}
		p.pending = append(p.pending, r.JoinTable)
		return r
	case f.Settings["BELONGSTO"] != "":
		p.guess(r, guessBelongs)
	case f.goType.isStruct:
		p.guess(r, guessGuess)
	default:
		p.guess(r, guessHas)
	}
	if r.Kind == relNone {
		p.errs.add(f.Pos, "field %s: no foreign key found for the relation to %s; add a %sID field, or foreignKey:/references: tags", f.Name, named.Obj().Name(), f.Name)
		return nil
	}
	return r
}

func hasPolymorphic(st map[string]string) bool {
	if _, ok := st["POLYMORPHIC"]; ok {
		return true
	}
	_, t := st["POLYMORPHICTYPE"]
	_, id := st["POLYMORPHICID"]
	return t && id
}

// toColumns is GORM's toColumns: a comma-separated list, trimmed.
func toColumns(val string) (results []string) {
	if val != "" {
		for _, v := range strings.Split(val, ",") {
			results = append(results, strings.TrimSpace(v))
		}
	}
	return
}

// guess follows guessRelation (relationship.go:152-398) for one level and
// falls through to the next level when no key is found.
func (p *parser) guess(r *relation, cgl guessLevel) {
	gl := cgl
	if gl == guessGuess {
		gl = guessHas
		if r.Field.Schema == r.FieldSchema {
			gl = guessBelongs
		}
	}
	primary, foreign := r.Schema, r.FieldSchema
	switch gl {
	case guessBelongs:
		primary, foreign = r.FieldSchema, r.Schema
	case guessEmbeddedBelongs:
		if r.Field.Owner == nil {
			p.reguess(r, cgl)
			return
		}
		primary, foreign = r.FieldSchema, r.Field.Owner
	case guessEmbeddedHas:
		if r.Field.Owner == nil {
			p.reguess(r, cgl)
			return
		}
		primary, foreign = r.Field.Owner, r.FieldSchema
	}
	pfs, ffs, ok := p.keys(r, gl, primary, foreign)
	if !ok {
		p.reguess(r, cgl)
		return
	}
	p.reference(r, gl, primary, pfs, ffs)
}

func (p *parser) reguess(r *relation, cgl guessLevel) {
	switch cgl {
	case guessGuess:
		p.guess(r, guessBelongs)
	case guessBelongs:
		p.guess(r, guessEmbeddedBelongs)
	case guessEmbeddedBelongs:
		p.guess(r, guessHas)
	case guessHas:
		p.guess(r, guessEmbeddedHas)
	default:
		r.Kind = relNone
	}
}

// keys finds the primary and foreign fields (relationship.go:206-310).
func (p *parser) keys(r *relation, gl guessLevel, primary, foreign *structSchema) (pfs, ffs []*field, ok bool) {
	if len(r.foreignKeys) > 0 {
		for _, k := range r.foreignKeys {
			f := p.lookUpNamed(foreign, k)
			if f == nil {
				return nil, nil, false
			}
			ffs = append(ffs, f)
		}
	} else {
		pfs, ffs = p.keysByName(r, gl, primary, foreign)
	}
	switch {
	case len(ffs) == 0:
		return nil, nil, false
	case len(r.primaryKeys) > 0:
		for i, k := range r.primaryKeys {
			f := p.lookUpNamed(primary, k)
			if f == nil || (len(pfs) >= i+1 && f != pfs[i]) {
				return nil, nil, false
			}
			if len(pfs) < i+1 {
				pfs = append(pfs, f)
			}
		}
	case len(pfs) == 0:
		if len(ffs) == 1 && primary.Prioritized != nil {
			pfs = append(pfs, primary.Prioritized)
		} else if len(primary.PrimaryFields) == len(ffs) {
			pfs = append(pfs, primary.PrimaryFields...)
		} else {
			return nil, nil, false
		}
	}
	return pfs, ffs, len(pfs) >= len(ffs)
}

// keysByName looks for <Struct><PK> (has) or <Field><PK> (belongs-to)
// fields, with the ID/Id spellings GORM also tries.
func (p *parser) keysByName(r *relation, gl guessLevel, primary, foreign *structSchema) (pfs, ffs []*field) {
	candidates := primary.PrimaryFields
	if len(r.primaryKeys) > 0 {
		candidates = nil
		for _, k := range r.primaryKeys {
			if f := p.lookUpNamed(primary, k); f != nil {
				candidates = append(candidates, f)
			}
		}
	}
	prefix := primary.Name
	if prefix == "" {
		prefix = r.FieldSchema.Name
	}
	if gl == guessBelongs {
		prefix = r.Field.Name
	}
	// GORM appends each matched key to the candidate list it ranges over
	// (relationship.go:259-287), so references pair with the candidates
	// from the front; keep that, bug for bug.
	pfs = append([]*field(nil), candidates...)
	for _, pf := range candidates {
		names := []string{prefix + pf.Name}
		if len(candidates) == 1 {
			names = append(names, prefix+"ID", prefix+"Id", p.naming.ColumnName(foreign.Table, prefix+"ID"))
		}
		if ff := findField(foreign, r.Field.BindNames, names, p); ff != nil {
			ffs, pfs = append(ffs, ff), append(pfs, pf)
		}
	}
	return pfs, ffs
}

func findField(s *structSchema, bindNames, names []string, p *parser) *field {
	for _, n := range names {
		if f := s.lookUpByBindName(bindNames, n); f != nil {
			return f
		}
	}
	for _, n := range names {
		if f := p.lookUpNamed(s, n); f != nil {
			return f
		}
	}
	return nil
}

// reference records the keys and gives each foreign key the referenced
// key's type (relationship.go:592-604): TierID uint referencing an int
// key becomes an int.
func (p *parser) reference(r *relation, gl guessLevel, primary *structSchema, pfs, ffs []*field) {
	for i, ff := range ffs {
		pf := pfs[i]
		propagate(ff, pf)
		own := (r.Schema == primary && gl == guessHas) || (r.Field.Owner == primary && gl == guessEmbeddedHas)
		r.Refs = append(r.Refs, reference{Primary: pf, Foreign: ff, OwnPrimaryKey: own})
	}
	r.Kind = relBelongsTo
	if gl == guessHas || gl == guessEmbeddedHas {
		r.Kind = relHas
	}
}

func copyable(dt string) bool {
	l := strings.ToLower(dt)
	return !strings.Contains(l, "auto_increment") && !strings.Contains(l, "primary key")
}

// schemaFor returns the parsed schema of a related struct, parsing it once.
func (p *parser) schemaFor(named *types.Named) *structSchema {
	// Keyed by name, not by *types.Named: a package loaded as a root and
	// again as another root's dependency has two distinct type objects.
	key := typeKey(named)
	if s, ok := p.cache[key]; ok {
		return s
	}
	s := p.parseStruct(named, p.tableName(named), false)
	s.order = p.orderOf(s)
	p.cache[key] = s
	p.pending = append(p.pending, s)
	return s
}
