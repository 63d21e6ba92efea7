package models

import (
	"go/types"
)

// GORM's abstract data types (gorm@v1.31.2/schema/field.go:40-48). A
// field's DataType is one of these or a verbatim SQL type from a type: tag.
const (
	dtBool   = "bool"
	dtInt    = "int"
	dtUint   = "uint"
	dtFloat  = "float"
	dtString = "string"
	dtTime   = "time"
	dtBytes  = "bytes"
)

// goType is what GORM's ParseField learns from a field's Go type
// (gorm@v1.31.2/schema/field.go:134-286), found statically.
type goType struct {
	dataType string          // abstract type; "" when the Go type gives none
	kind     types.BasicKind // the value's basic kind, for Size defaults (field.go:331-342)
	valuer   bool            // *T implements driver.Valuer
	isStruct bool            // a struct that is not a time: relation or embedding
	isSlice  bool            // a slice or array that is not bytes: has-many candidate
	// opaque names the method whose result GORM would use and autogen
	// cannot compute (Value, GormDataType); a type: tag is then required.
	opaque string
}

// knownValuers are Valuer types whose zero Value() GORM resolves to the
// first field of the struct (field.go:141-185): sql.NullString is a string.
var knownValuers = map[string]goType{
	"database/sql.NullString":  {dataType: dtString, kind: types.String},
	"database/sql.NullInt64":   {dataType: dtInt, kind: types.Int64},
	"database/sql.NullInt32":   {dataType: dtInt, kind: types.Int32},
	"database/sql.NullInt16":   {dataType: dtInt, kind: types.Int16},
	"database/sql.NullByte":    {dataType: dtUint, kind: types.Uint8},
	"database/sql.NullFloat64": {dataType: dtFloat, kind: types.Float64},
	"database/sql.NullBool":    {dataType: dtBool, kind: types.Bool},
	"database/sql.NullTime":    {dataType: dtTime},
	gormPath + ".DeletedAt":    {dataType: dtTime},
}

// classify returns GORM's view of Go type t. Pointers never matter
// (field.go:134-136): they are stripped first.
func classify(t types.Type) goType {
	t = deref(t)
	if n, ok := t.(*types.Named); ok {
		if g, ok := classifyNamed(n); ok {
			return g
		}
	}
	g := classifyKind(t)
	if hasMethod(t, "GormDataType") {
		g.opaque = "GormDataType()"
	} else if hasMethod(t, "Value") {
		g.valuer = true
		// A struct Valuer's column type comes from calling Value() on the
		// zero value; a named basic type's Value() is assumed to return
		// its own kind.
		if g.isStruct {
			g.opaque, g.isStruct = "Value()", false
		}
	}
	return g
}

func classifyNamed(n *types.Named) (goType, bool) {
	obj := n.Obj()
	if obj.Pkg() == nil {
		return goType{}, false
	}
	full := obj.Pkg().Path() + "." + obj.Name()
	if g, ok := knownValuers[full]; ok {
		g.valuer = true
		return g, true
	}
	// sql.Null[T] is T (Go 1.22).
	if full == "database/sql.Null" && n.TypeArgs().Len() == 1 {
		g := classify(n.TypeArgs().At(0))
		g.valuer = true
		return g, true
	}
	return goType{}, false
}

func classifyKind(t types.Type) goType {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return basicType(u.Kind())
	case *types.Struct:
		if isTimeStruct(u) {
			return goType{dataType: dtTime}
		}
		return goType{isStruct: true}
	case *types.Slice:
		if isByte(u.Elem()) {
			return goType{dataType: dtBytes}
		}
		return goType{isSlice: true}
	case *types.Array:
		if isByte(u.Elem()) {
			return goType{dataType: dtBytes}
		}
	}
	return goType{}
}

func basicType(k types.BasicKind) goType {
	g := goType{kind: k}
	switch k {
	case types.Bool:
		g.dataType = dtBool
	case types.Int, types.Int8, types.Int16, types.Int32, types.Int64:
		g.dataType = dtInt
	case types.Uint, types.Uint8, types.Uint16, types.Uint32, types.Uint64:
		g.dataType = dtUint
	case types.Float32, types.Float64:
		g.dataType = dtFloat
	case types.String:
		g.dataType = dtString
	}
	return g
}

// defaultSize is GORM's Size for a field without size: (field.go:331-342),
// decided by the Go kind, not by the DataType.
func defaultSize(k types.BasicKind) int {
	switch k {
	case types.Int, types.Int64, types.Uint, types.Uint64, types.Float64:
		return 64
	case types.Int8, types.Uint8:
		return 8
	case types.Int16, types.Uint16:
		return 16
	case types.Int32, types.Uint32, types.Float32:
		return 32
	}
	return 0
}

func deref(t types.Type) types.Type {
	for {
		p, ok := t.(*types.Pointer)
		if !ok {
			return t
		}
		t = p.Elem()
	}
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

// isTimeStruct reports whether a struct has time.Time's layout, which is
// what reflect's ConvertibleTo(time.Time) checks (field.go:271-277).
func isTimeStruct(st *types.Struct) bool {
	if st.NumFields() != 3 {
		return false
	}
	return isNamed(st.Field(2).Type(), "time", "Location")
}

// hasMethod reports whether *T has an exported method of that name, the
// way GORM tests reflect.New(T).Interface() against an interface.
func hasMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}
