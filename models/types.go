package models

import (
	"go/types"

	"github.com/autogen-dev/autogen/dburl"
)

// GORM's abstract data types (gorm@v1.31.2/schema/field.go:40-48). A
// field's DataType is one of these or a verbatim SQL type from a type: tag
// or a GormDataType method.
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
// (gorm@v1.31.2/schema/field.go:134-316), found statically.
type goType struct {
	// kindType is the DataType of ParseField's kind switch, which also
	// decides how a default: is parsed; dataType is that after a
	// GormDataType method. Both are "" when the Go type gives none.
	kindType, dataType string
	kind               types.BasicKind // the value's basic kind, for Size defaults (field.go:331-342)
	valuer             bool            // *T implements driver.Valuer
	isStruct           bool            // a struct that is not a time: relation or embedding
	isSlice            bool            // a slice or array that is not bytes: has-many candidate
	// dbType is a GormDBDataType method's result per dialect; a missing or
	// empty entry leaves the type to the dialect's mapping.
	dbType map[dburl.Dialect]string
	// dbTypeFn is a user type's GormDBDataType method. Its result may
	// depend on the field's size, precision and scale, so each field
	// evaluates it into dbType once those are known (fieldDBType).
	dbTypeFn *types.Func
	// opaque names the method whose result GORM would use and autogen
	// cannot compute (Value, GormDataType); a type: tag is then required.
	// why says where and why, when autogen read the method's body.
	opaque, why string
	// dbErr is the error of a GormDBDataType body autogen cannot compute,
	// reported at the offending expression.
	dbErr *Error
}

// classify returns GORM's view of Go type t, in field.go's order: a known
// library type; else the Valuer rule; then the kind; then GormDataType
// and GormDBDataType methods. Pointers never matter (field.go:134-136).
func (p *parser) classify(t types.Type) goType {
	t = deref(t)
	if n, ok := t.(*types.Named); ok {
		if g, ok := classifyKnown(n, p.classify); ok {
			return g
		}
	}
	g := classifyKind(t)
	gdt, hasGDT := p.methodOf(t, "GormDataType")
	if !hasGDT && hasMethod(t, "Value") {
		g.valuer = true
		// A struct Valuer's column type comes from calling Value() on the
		// zero value; a named basic type's Value() is assumed to return
		// its own kind.
		if g.isStruct {
			g.opaque, g.isStruct = "Value()", false
		}
	}
	if hasGDT {
		p.gormDataType(&g, gdt)
	}
	if fn, ok := p.methodOf(t, "GormDBDataType"); ok {
		p.gormDBDataType(&g, fn)
	}
	return g
}

// gormDataType applies a GormDataType method: its result, computed
// without running it, is the DataType (field.go:308-310).
func (p *parser) gormDataType(g *goType, fn *types.Func) {
	v, err := p.evalMethod(fn, evalInput{})
	if err != nil {
		g.opaque = "GormDataType()"
		g.why = p.fset.Position(err.pos).String() + ": " + err.reason
		return
	}
	g.dataType, g.isStruct, g.isSlice = v, false, false
}

// gormDBDataType remembers a GormDBDataType method; GORM calls it with the
// finished field when it writes the column (migrator.go:79-88), so it is
// read per field, in fieldDBType.
func (p *parser) gormDBDataType(g *goType, fn *types.Func) {
	g.dbType, g.dbTypeFn = nil, fn
}

// fieldDBType computes f's GormDBDataType for the dialect being loaded,
// with f's own Size (its default included), Precision and Scale.
func (p *parser) fieldDBType(f *field) {
	fn := f.goType.dbTypeFn
	if fn == nil {
		return
	}
	in := evalInput{dialect: string(p.d.name), field: &fieldNumbers{Size: f.Size, Precision: f.Precision, Scale: f.Scale}}
	v, err := p.evalMethod(fn, in)
	if err != nil {
		f.goType.opaque = "GormDBDataType()"
		f.goType.dbErr = &Error{Pos: p.fset.Position(err.pos), Msg: evalMessage(fn, err)}
		return
	}
	f.goType.dbType = map[dburl.Dialect]string{p.d.name: v}
}

func classifyKind(t types.Type) goType {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return basicType(u.Kind())
	case *types.Struct:
		if isTimeStruct(u) {
			return goType{kindType: dtTime, dataType: dtTime}
		}
		return goType{isStruct: true}
	case *types.Slice:
		if isByte(u.Elem()) {
			return goType{kindType: dtBytes, dataType: dtBytes}
		}
		return goType{isSlice: true}
	case *types.Array:
		if isByte(u.Elem()) {
			return goType{kindType: dtBytes, dataType: dtBytes}
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
	g.kindType = g.dataType
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

// methodOf returns *T's method of that name.
func (p *parser) methodOf(t types.Type, name string) (*types.Func, bool) {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, name)
	fn, ok := obj.(*types.Func)
	return fn, ok
}
