// Package errs holds models that autogen must reject, each problem marked
// with the error it must produce. All of them come back from one Load.
package errs

import (
	"database/sql/driver"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Money is a struct Valuer: its column type comes from Value(), which
// autogen does not run.
type Money struct {
	Cents int64
	Code  string
}

// Value implements driver.Valuer.
func (m Money) Value() (driver.Value, error) { return m.Cents, nil }

// Thing has fields autogen cannot type.
type Thing struct {
	gorm.Model
	Attrs   map[string]string // want `field Attrs: cannot map Go type map\[string\]string to a column; add a type: tag`
	Any     interface{}       // want `field Any: cannot map Go type interface\{\} to a column`
	Names   []string          // want `field Names: cannot map Go type \[\]string to a column`
	Price   Money             // want `field Price: type errs.Money decides its column type in Value\(\)`
	Typed   Money             `gorm:"type:bigint"`
	Count   int               `gorm:"default:many"` // want `field Count: default "many" is not a valid int`
	Owner   Stranger          // want `field Owner: no foreign key found for the relation to Stranger`
	Encoded map[string]string `gorm:"serializer:json"`
	Bad     string            `gorm:"serializer:yaml"`  // want `field Bad: unknown serializer "yaml"`
	Key     string            `gorm:"index:,composite"` // want `field Key: the composite: index option needs a name`
}

// Stranger has no key that links it to Thing.
type Stranger struct {
	Name string `gorm:"size:10"`
}

// Named computes its table name.
type Named struct {
	ID uint `gorm:"primaryKey"`
}

// TableName is not a constant.
func (n Named) TableName() string { return prefix() + "named" } // want `^Named.TableName: autogen reads this method without running it; prefix\(\) depends on run time$`

func prefix() string { return "x_" }

// Dyn computes its GORM type.
type Dyn string

// GormDataType is not a constant.
func (Dyn) GormDataType() string { return prefix() + "text" }

// DynDB computes its database type from something other than the
// dialect's name.
type DynDB string

// GormDBDataType is not readable: it depends on the field.
func (DynDB) GormDBDataType(db *gorm.DB, f *schema.Field) string { return f.Name } // want `^DynDB.GormDBDataType: autogen reads this method without running it; it reads only Size, Precision and Scale of the \*schema.Field, not f.Name$`

// Typed has fields whose type methods autogen cannot read.
type Typed struct {
	ID  uint
	A   Dyn    // want `field A: type errs.Dyn decides its column type in GormDataType\(\), which autogen cannot run \(\S*models.go:56:43: prefix\(\) depends on run time\); add a type: tag`
	B   DynDB  // reported once, in DynDB.GormDBDataType
	B2  DynDB  `gorm:"type:text"` // GORM asks GormDBDataType before the tag
	C   Dyn    `gorm:"type:text"`
	Tag string `gorm:"size:10"`
}

// JSONish asks the statement, which exists only while GORM runs. The
// MySQL branch is not taken on PostgreSQL, so the error is on the second
// condition.
type JSONish string

// GormDBDataType reads db.Statement.
func (JSONish) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	if db.Dialector.Name() == "mysql" {
		return "json"
	}
	if db.Statement.Context != nil { // want `^JSONish.GormDBDataType: autogen reads this method without running it; db.Statement.Context depends on run time$`
		return "jsonb"
	}
	return "text"
}

// Looped decides its type in a loop.
type Looped string

// GormDBDataType loops.
func (Looped) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	t := "text"
	for i := 0; i < 1; i++ { // want `^Looped.GormDBDataType: autogen reads this method without running it; it does not read for statements$`
		t = "jsonb"
	}
	return t
}

var byDialect = map[string]string{"postgres": "jsonb"}

// Mapped looks its type up in a map.
type Mapped string

// GormDBDataType reads a package map.
func (Mapped) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	return byDialect[db.Name()] // want `^Mapped.GormDBDataType: autogen reads this method without running it; package variable byDialect depends on run time$`
}

// Tagged reads the field's tag settings.
type Tagged string

// GormDBDataType reads a tag.
func (Tagged) GormDBDataType(_ *gorm.DB, f *schema.Field) string {
	if v, ok := f.TagSettings["KIND"]; ok { // want `^Tagged.GormDBDataType: autogen reads this method without running it; it reads only Size, Precision and Scale of the \*schema.Field, not f.TagSettings$`
		return v
	}
	return "text"
}

// Configured reads the gorm.Config.
type Configured string

// GormDBDataType reads db.Config.
func (Configured) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	if db.Config.DryRun { // want `^Configured.GormDBDataType: autogen reads this method without running it; db.Config.DryRun depends on run time$`
		return "text"
	}
	return "jsonb"
}

// Methods holds the types above.
type Methods struct {
	ID  uint
	J   JSONish
	J2  JSONish
	L   Looped
	M   Mapped
	T   Tagged
	C   Configured
	Off Mapped `gorm:"-"` // not a column: GORM never asks
}

var suffix = "_v2"

// Suffixed computes its table name from a package variable.
type Suffixed struct {
	ID uint `gorm:"primaryKey"`
}

// TableName reads a package variable.
func (Suffixed) TableName() string {
	return "suffixed" + suffix // want `^Suffixed.TableName: autogen reads this method without running it; package variable suffix depends on run time$`
}

// Tenant names its table from a receiver field.
type Tenant struct {
	ID     uint
	Schema string `gorm:"-"`
}

// TableName reads the receiver.
func (t Tenant) TableName() string {
	const base = "tenants"
	return t.Schema + "." + base // want `^Tenant.TableName: autogen reads this method without running it; t.Schema depends on run time$`
}
