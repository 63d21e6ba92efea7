package models

import (
	"regexp"
	"sort"
	"strings"

	"ariga.io/atlas/sql/schema"
	gormschema "gorm.io/gorm/schema"
)

// regEnLetterAndMidline is GORM's pattern for a constraint name given in a
// tag (constraint.go:11).
var regEnLetterAndMidline = regexp.MustCompile(`^[\w-]+$`)

// fkConstraint is GORM's schema.Constraint for a relation.
type fkConstraint struct {
	Name               string
	Rel                *relation
	Schema, RefSchema  *structSchema
	Columns, RefFields []*field
	OnUpdate, OnDelete string
}

// constraint follows Relationship.ParseConstraint (relationship.go:661-726):
// constraint:- has none, a belongs-to whose target declares the inverse
// has-one/has-many with the same keys has none, the name is the tag's or
// fk_<declaring table>_<field>.
func (p *parser) constraint(r *relation) *fkConstraint {
	str := r.Field.Settings["CONSTRAINT"]
	if str == "-" || r.Field.IgnoreMigration || !p.emitted(r) {
		return nil
	}
	settings := gormschema.ParseTagSetting(str, ",")
	c := &fkConstraint{Rel: r, OnUpdate: settings["ONUPDATE"], OnDelete: settings["ONDELETE"]}
	if i := strings.IndexByte(str, ','); i != -1 && regEnLetterAndMidline.MatchString(str[:i]) {
		c.Name = str[:i]
	} else {
		c.Name = p.naming.RelationshipFKName(gormschema.Relationship{Name: r.Name, Schema: &gormschema.Schema{Table: r.Schema.Table}})
		if !p.wholeName(r.Field.Pos, r.Name, "foreign key", c.Name) {
			return nil
		}
	}
	for _, ref := range r.Refs {
		c.Columns = append(c.Columns, ref.Foreign)
		c.RefFields = append(c.RefFields, ref.Primary)
		if ref.OwnPrimaryKey {
			c.Schema, c.RefSchema = ref.Foreign.Schema, r.Schema
		} else {
			c.Schema, c.RefSchema = r.Schema, ref.Primary.Schema
		}
	}
	return c
}

// emitted reports whether AutoMigrate ever writes r's key. CREATE TABLE
// writes the keys of the table's own relations whose key lives there
// (migrator.go:264-278), and a has-one/has-many is added to the child's
// relations only when it is not to itself, not polymorphic and not
// declared in an embedded struct (relationship.go:103-107). A many2many's
// own key (fk_<owner>_<field>) would live on the join table, which has
// relations of its own: it is never written.
func (p *parser) emitted(r *relation) bool {
	switch r.Kind {
	case relMany2Many:
		return false
	case relBelongsTo:
		return !p.hasInverse(r)
	case relHas:
		return r.FieldSchema == r.Schema || !r.Polymorphic && r.Field.Owner == nil
	}
	return false
}

func (p *parser) hasInverse(r *relation) bool {
	for _, o := range r.FieldSchema.rels {
		if o == r || o.FieldSchema != r.Schema || len(o.Refs) != len(r.Refs) {
			continue
		}
		same := true
		for i, ref := range o.Refs {
			if r.Refs[i].Primary != ref.Primary || r.Refs[i].Foreign != ref.Foreign {
				same = false
			}
		}
		if same {
			return true
		}
	}
	return false
}

// foreignKeys adds every relation's constraint to the table it lives on,
// from any parsed struct's relations: a has-many declared on the parent
// puts its key on the child. Only constraints between two tables of the
// schema are kept; each table's keys are sorted by name.
func (p *parser) foreignKeys(tables map[*structSchema]*schema.Table) {
	for _, s := range p.pending {
		for _, r := range s.rels {
			c := p.constraint(r)
			if c == nil {
				continue
			}
			t, ok1 := tables[c.Schema]
			ref, ok2 := tables[c.RefSchema]
			if !ok1 || !ok2 {
				continue
			}
			if fk := p.foreignKey(c, t, ref); fk != nil {
				t.AddForeignKeys(fk)
			}
		}
	}
	for _, t := range tables {
		sort.SliceStable(t.ForeignKeys, func(i, j int) bool { return t.ForeignKeys[i].Symbol < t.ForeignKeys[j].Symbol })
	}
}

// foreignKey builds the Atlas key. Unset actions stay empty: both Atlas
// differs read "" as NO ACTION, which is what the catalogs report.
func (p *parser) foreignKey(c *fkConstraint, t, ref *schema.Table) *schema.ForeignKey {
	fk := &schema.ForeignKey{
		Symbol: c.Name, Table: t, RefTable: ref,
		OnUpdate: schema.ReferenceOption(strings.ToUpper(strings.TrimSpace(c.OnUpdate))),
		OnDelete: schema.ReferenceOption(strings.ToUpper(strings.TrimSpace(c.OnDelete))),
	}
	for i, f := range c.Columns {
		col, ok1 := t.Column(f.DBName)
		rc, ok2 := ref.Column(c.RefFields[i].DBName)
		if !ok1 || !ok2 {
			p.errs.add(c.Rel.Field.Pos, "field %s: foreign key %q names a field that is not a column", c.Rel.Name, c.Name)
			return nil
		}
		fk.Columns = append(fk.Columns, col)
		fk.RefColumns = append(fk.RefColumns, rc)
		col.ForeignKeys = append(col.ForeignKeys, fk)
	}
	return fk
}
