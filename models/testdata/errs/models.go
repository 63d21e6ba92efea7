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
func (n Named) TableName() string { return prefix() + "named" } // want `Named.TableName: autogen reads TableName without running it`

func prefix() string { return "x_" }

// Dyn computes its GORM type.
type Dyn string

// GormDataType is not a constant.
func (Dyn) GormDataType() string { return prefix() + "text" }

// DynDB computes its database type from something other than the
// dialect's name.
type DynDB string

// GormDBDataType is not readable: it depends on the field.
func (DynDB) GormDBDataType(db *gorm.DB, f *schema.Field) string { return f.Name }

// Typed has fields whose type methods autogen cannot read.
type Typed struct {
	ID  uint
	A   Dyn    // want `field A: type errs.Dyn decides its column type in GormDataType\(\)`
	B   DynDB  // want `field B: type errs.DynDB decides its column type in GormDBDataType\(\)`
	C   Dyn    `gorm:"type:text"`
	Tag string `gorm:"size:10"`
}
