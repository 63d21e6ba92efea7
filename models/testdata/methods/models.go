// Package methods holds types whose TableName, GormDataType and
// GormDBDataType bodies autogen reads without running them, one shape
// each. eval_test.go lists the column type each must give per dialect.
package methods

import (
	"fmt"
	"strconv"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// IfElse is the shape of gorm.io/datatypes' JSONMap.
type IfElse string

// GormDBDataType returns early for one dialect.
func (IfElse) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	if db.Dialector.Name() == "postgres" {
		return "jsonb"
	}
	return "text"
}

// Chain is an else-if chain on a local holding db.Name().
type Chain string

// GormDBDataType names all three dialects.
func (Chain) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	name := db.Name()
	if name == "postgres" {
		return "varchar(10)"
	} else if name == "mysql" {
		return "varchar(11)"
	} else {
		return "varchar(12)"
	}
}

// IfInit declares the name in the if statement and uses || and !.
type IfInit string

// GormDBDataType reads db.Statement.Dialector, the same dialect.
func (IfInit) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	if n := db.Statement.Dialector.Name(); !(n != "mysql") || (n == "sqlite" && true) {
		return "json"
	}
	return "jsonb"
}

// Tagless is a switch without a tag.
type Tagless string

// GormDBDataType picks the first true case.
func (Tagless) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	name := db.Dialector.Name()
	switch {
	case name == "mysql":
		return "longtext"
	case name != "postgres":
		return "clob"
	default:
		return "uuid"
	}
}

// CaseList switches on a local with a case list and a break.
type CaseList string

const mysqlName = "mysql"

// GormDBDataType falls out of the switch for MySQL.
func (CaseList) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	t := "text"
	switch d := strings.ToLower(db.Config.Dialector.Name()); d {
	case "postgres", "sqlite":
		t = "varchar(20)"
	case mysqlName:
		if t == "text" {
			break
		}
		t = "never"
	}
	return t
}

// Folded compares with strings functions.
type Folded string

// GormDBDataType uses EqualFold, HasPrefix, Contains and ToUpper.
func (Folded) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	switch name := db.Name(); {
	case strings.EqualFold(name, "POSTGRES"):
		return "char(" + strings.ToUpper("3") + ")"
	case strings.HasPrefix(name, "my"):
		return "char(4)"
	case strings.Contains(name, "lit"):
		return "char(5)"
	}
	return "never"
}

// Named uses a named result and a bare return.
type Named string

// GormDBDataType assigns t, maybe twice.
func (Named) GormDBDataType(db *gorm.DB, _ *schema.Field) (t string) {
	t = "text"
	if db.Name() == "postgres" {
		t = "json"
		t += "b"
	}
	return
}

// Sized prints field.Size: GORM's Size after its default per kind.
type Sized int64

// GormDBDataType depends on the field, so each field reads it anew.
func (Sized) GormDBDataType(db *gorm.DB, field *schema.Field) string {
	if field.Size == 64 {
		return "bigint"
	}
	return fmt.Sprintf("numeric(%d)", field.Size)
}

// Decimal builds its type from precision and scale.
type Decimal string

// GormDBDataType uses strconv and a local const.
func (Decimal) GormDBDataType(_ *gorm.DB, f *schema.Field) string {
	const kind = "decimal"
	var out string
	if f.Precision > 0 {
		out = kind + "(" + strconv.Itoa(f.Precision) + "," + strconv.FormatInt(int64(f.Scale), 10) + ")"
		return out
		panic("unreachable") // statements after a return are not read
	}
	return kind
}

// Fallback leaves two dialects to GORM's own mapping by returning "".
type Fallback string

// GormDBDataType answers for PostgreSQL only.
func (Fallback) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	if db.Name() != "postgres" {
		return ""
	}
	return "varchar(99)"
}

const typePrefix = "var"

type dialectName string

const pg dialectName = "postgres"

// Typed compares with a typed package constant.
type Typed string

// GormDataType is computed from constants.
func (Typed) GormDataType() string { return strings.ToLower(typePrefix + "CHAR(8)") }

// GormDBDataType converts the name to a named type.
func (Typed) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	if dialectName(db.Name()) == pg {
		return "varchar(7)"
	}
	return ""
}

const tablePrefix = "app_"

// Box is generic: its instances' methods are read from the declaration.
type Box[T any] string

// GormDBDataType is declared once for every T.
func (Box[T]) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	if db.Name() == "sqlite" {
		return "blob"
	}
	return "varchar(13)"
}

// Shape holds one field of each type.
type Shape struct {
	ID       uint
	IfElse   IfElse
	Chain    Chain
	IfInit   IfInit
	Tagless  Tagless
	CaseList CaseList
	Folded   Folded
	Named    Named
	Big      Sized
	Small    Sized   `gorm:"size:12"`
	Dec      Decimal `gorm:"precision:10;scale:2"`
	Plain    Decimal
	Fallback Fallback
	Typed    Typed
	Box      Box[int]
}

// TableName concatenates a package constant.
func (Shape) TableName() string { return tablePrefix + "shapes" }

// Ops uses integer arithmetic, comparisons and the rest of the strings
// functions.
type Ops string

// GormDBDataType halves the size, and names SQLite by its suffix.
func (Ops) GormDBDataType(db *gorm.DB, f *schema.Field) string {
	var zero int
	half := f.Size/2 + zero
	half += -1 + 1
	name := strings.TrimSpace(" " + db.Name() + " ")
	if strings.HasSuffix(name, "lite") && half%2 == 0 {
		return "text"
	}
	if half < 100 && half >= 10 && !(half > 100) && half <= 99 {
		return fmt.Sprintf("varchar(%d)", half*3-half)
	}
	return "varchar(" + strconv.Itoa(half) + ")"
}

// Arith holds the Ops fields.
type Arith struct {
	ID   uint
	Mid  Ops `gorm:"size:40"`
	Wide Ops `gorm:"size:400"`
	Odd  Ops `gorm:"size:42"`
}
