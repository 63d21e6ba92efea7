package models

import "strings"

// polymorphic follows buildPolymorphicRelation (relationship.go:195-269):
// the child's <P>ID (or polymorphicId:) field takes the owner key's type,
// and no foreign key is ever created: the relation is not registered on
// the child (relationship.go:103-107), and the owner's table does not hold
// the key.
func (p *parser) polymorphic(r *relation) bool {
	f := r.Field
	prefix := f.Settings["POLYMORPHIC"]
	typeName, idName := prefix+"Type", prefix+"ID"
	if v, ok := f.Settings["POLYMORPHICTYPE"]; ok {
		typeName = strings.TrimSpace(v)
	}
	if v, ok := f.Settings["POLYMORPHICID"]; ok {
		idName = strings.TrimSpace(v)
	}
	tf, idf := r.FieldSchema.ByName[typeName], r.FieldSchema.ByName[idName]
	if tf == nil || idf == nil {
		p.errs.add(f.Pos, "field %s: polymorphic relation to %s needs fields %s and %s there", f.Name, r.FieldSchema.Name, typeName, idName)
		return false
	}
	pk := r.Schema.Prioritized
	if len(r.foreignKeys) > 0 {
		if pk = r.Schema.lookUp(r.foreignKeys[0]); len(r.foreignKeys) > 1 {
			pk = nil
		}
	}
	if pk == nil {
		p.errs.add(f.Pos, "field %s: polymorphic relation needs one primary key or foreignKey: field in %s", f.Name, r.Schema.Name)
		return false
	}
	propagate(idf, pk)
	r.Kind, r.Polymorphic = relHas, true
	r.Refs = []reference{{Primary: pk, Foreign: idf, OwnPrimaryKey: true}}
	return true
}
