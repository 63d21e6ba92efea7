package models

import (
	"go/types"

	"github.com/autogen-dev/autogen/dburl"
)

// knownTypes are library types whose column type GORM decides by running
// their code (Value() on the zero value, GormDataType, GormDBDataType);
// each entry was checked against GORM v1.31.2 (research §3.1 step 5,
// §12.8, and gorm.io/datatypes@v1.2.7's methods). Keys are import path and
// type name; generic types by their origin.
var knownTypes = map[string]goType{
	"database/sql.NullString":  valuerOf(dtString, types.String),
	"database/sql.NullInt64":   valuerOf(dtInt, types.Int64),
	"database/sql.NullInt32":   valuerOf(dtInt, types.Int32),
	"database/sql.NullInt16":   valuerOf(dtInt, types.Int16),
	"database/sql.NullByte":    valuerOf(dtUint, types.Uint8),
	"database/sql.NullFloat64": valuerOf(dtFloat, types.Float64),
	"database/sql.NullBool":    valuerOf(dtBool, types.Bool),
	"database/sql.NullTime":    valuerOf(dtTime, 0),
	gormPath + ".DeletedAt":    valuerOf(dtTime, 0),
	// uuid.UUID's and decimal.Decimal's Value() return a string.
	"github.com/google/uuid.UUID":           valuerOf(dtString, types.String),
	"github.com/shopspring/decimal.Decimal": valuerOf(dtString, types.String),
	// uuid.NullUUID's Value() is nil; its first field is a [16]byte.
	"github.com/google/uuid.NullUUID": valuerOf(dtBytes, 0),

	datatypesPath + ".JSON":      gormTyped("json", basicType(0), jsonDB),
	datatypesPath + ".JSONMap":   gormTyped("jsonmap", basicType(0), jsonDB),
	datatypesPath + ".JSONType":  gormTyped("json", basicType(0), jsonDB),
	datatypesPath + ".JSONSlice": gormTyped("json", basicType(0), jsonDB),
	datatypesPath + ".Date":      gormTyped("date", goType{kindType: dtTime}, nil),
	datatypesPath + ".Time": gormTyped("time", basicType(types.Int64), map[dburl.Dialect]string{
		dburl.Postgres: "TIME", dburl.MySQL: "TIME", dburl.SQLite: "TEXT"}),
	datatypesPath + ".UUID": gormTyped(dtString, goType{kindType: dtBytes}, map[dburl.Dialect]string{
		dburl.Postgres: "UUID", dburl.MySQL: "LONGTEXT", dburl.SQLite: "TEXT"}),
	datatypesPath + ".BinUUID": gormTyped("BINARY(16)", goType{kindType: dtBytes}, map[dburl.Dialect]string{
		dburl.Postgres: "BYTEA", dburl.MySQL: "BINARY(16)", dburl.SQLite: "BLOB"}),
	datatypesPath + ".URL": gormTyped("url", basicType(0), map[dburl.Dialect]string{
		dburl.Postgres: "TEXT", dburl.MySQL: "TEXT", dburl.SQLite: "TEXT"}),
}

const datatypesPath = "gorm.io/datatypes"

var jsonDB = map[dburl.Dialect]string{dburl.Postgres: "JSONB", dburl.MySQL: "JSON", dburl.SQLite: "JSON"}

func valuerOf(dt string, k types.BasicKind) goType {
	return goType{kindType: dt, dataType: dt, kind: k, valuer: true}
}

// gormTyped is a type with GormDataType (so the Valuer rule is skipped,
// field.go:143) and maybe GormDBDataType; byKind is what its Go kind gives.
func gormTyped(dt string, byKind goType, db map[dburl.Dialect]string) goType {
	byKind.dataType, byKind.valuer, byKind.dbType = dt, true, db
	return byKind
}

// classifyKnown looks n up in knownTypes. The generic Null types of
// database/sql and datatypes are their type argument: Value() is nil on the
// zero value and GORM takes the first field (field.go:150-182).
func classifyKnown(n *types.Named, classify func(types.Type) goType) (goType, bool) {
	obj := n.Origin().Obj()
	if obj.Pkg() == nil {
		return goType{}, false
	}
	full := obj.Pkg().Path() + "." + obj.Name()
	if g, ok := knownTypes[full]; ok {
		return g, true
	}
	if (full == "database/sql.Null" || full == datatypesPath+".Null") && n.TypeArgs().Len() == 1 {
		g := classify(n.TypeArgs().At(0))
		g.valuer = true
		return g, true
	}
	return goType{}, false
}
