package models

import (
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	gormschema "gorm.io/gorm/schema"
)

// field is autogen's static counterpart of GORM's schema.Field: the parts
// of it that decide DDL.
type field struct {
	Name      string // Go field name
	DBName    string
	BindNames []string // Go names from the model down to this field
	Pos       token.Position
	Tag       string            // the raw gorm tag of the struct field
	Settings  map[string]string // schema.ParseTagSetting(Tag), merged on embedding
	Type      types.Type        // the Go type, pointers stripped

	DataType, GORMDataType      string
	Size, Precision, Scale      int
	PrimaryKey, AutoIncrement   bool
	NotNull, Unique, HasDefault bool
	Default                     string // trimmed raw default: tag
	Comment                     string // the field's own comment: (not inherited on embedding)
	RenamedFrom                 string // autogen:"renamed_from:…", the column's old name
	DefaultValue                any    // parsed default; nil means raw SQL
	Perm                        bool   // readable, creatable or updatable
	IgnoreMigration             bool

	Anonymous bool
	v         *types.Var // the struct field, for join-table copies
	goType    goType
	Schema    *structSchema // the model the field ends up in
	Owner     *structSchema // the embedded struct that declared it, if any
}

func (f *field) bindName() string { return strings.Join(f.BindNames, ".") }

// tagSettings parses a struct tag's gorm key with GORM's own parser.
func tagSettings(tag string) map[string]string {
	return gormschema.ParseTagSetting(reflect.StructTag(tag).Get("gorm"), ";")
}

// checkTruth is GORM's utils.CheckTruth: non-empty and not "false".
func checkTruth(vals ...string) bool {
	for _, v := range vals {
		if v != "" && !strings.EqualFold(v, "false") {
			return true
		}
	}
	return false
}

// parseField follows gorm@v1.31.2/schema/field.go:106-386 (ParseField)
// up to, not including, embedding.
func (p *parser) parseField(s *structSchema, v *types.Var, tag string) *field {
	st := tagSettings(tag)
	f := &field{
		Name: v.Name(), DBName: st["COLUMN"], BindNames: []string{v.Name()},
		Pos: p.fset.Position(v.Pos()), Tag: reflect.StructTag(tag).Get("gorm"), Settings: st,
		Type: deref(v.Type()), Schema: s, Anonymous: v.Anonymous(), Perm: true, v: v,
		PrimaryKey:    checkTruth(st["PRIMARYKEY"], st["PRIMARY_KEY"]),
		AutoIncrement: checkTruth(st["AUTOINCREMENT"]),
		HasDefault:    checkTruth(st["AUTOINCREMENT"]),
		NotNull:       checkTruth(st["NOT NULL"], st["NOTNULL"]),
		Unique:        checkTruth(st["UNIQUE"]),
		Comment:       st["COMMENT"],
	}
	f.goType = p.classify(f.Type)
	f.DataType = f.goType.dataType
	p.fieldSerializer(f)
	f.numbers()
	p.parseDefault(f)
	f.GORMDataType = f.DataType // field.go:316, before the type: tag
	if val, ok := st["TYPE"]; ok {
		f.DataType = typeTag(val)
	}
	if f.Size == 0 {
		f.Size = defaultSize(f.goType.kind)
	}
	p.fieldDBType(f)
	f.permissions()
	p.checkOpaque(f)
	return f
}

// checkOpaque reports a field whose column type GORM finds by running
// code autogen does not run. A type: tag settles it, except against a
// GormDBDataType method, which GORM asks first (migrator.go:79-88).
func (p *parser) checkOpaque(f *field) {
	if f.goType.opaque == "" || !f.Perm || f.IgnoreMigration {
		return
	}
	if f.goType.dbErr != nil {
		// Reported where the body goes beyond what autogen reads; every
		// field of the type reports the same error, kept once.
		e := *f.goType.dbErr
		p.errs = append(p.errs, &e)
		return
	}
	if _, ok := f.Settings["TYPE"]; ok {
		return
	}
	why := ""
	if f.goType.why != "" {
		why = " (" + f.goType.why + ")"
	}
	p.errs.add(f.Pos, "field %s: type %s decides its column type in %s, which autogen cannot run%s; add a type: tag (e.g. gorm:\"type:text\")", f.Name, typeString(f.Type), f.goType.opaque, why)
}

// fieldSerializer: a serializer tag makes the column a string
// (field.go:145-160); the kind switch of field.go:233-286 then still
// overrides it for bools, numbers and times, not for structs or bytes.
func (p *parser) fieldSerializer(f *field) {
	name := f.Settings["JSON"]
	if name == "" {
		name = f.Settings["SERIALIZER"]
	}
	if name == "" {
		return
	}
	if _, ok := gormschema.GetSerializer(name); !ok {
		p.errs.add(f.Pos, "field %s: unknown serializer %q (GORM knows json, gob and unixtime)", f.Name, name)
		return
	}
	if f.DataType == "" || f.DataType == dtBytes {
		f.DataType = dtString
	}
	f.goType.isStruct, f.goType.isSlice, f.goType.opaque = false, false, ""
}

// numbers reads size, precision and scale (field.go:197-210).
func (f *field) numbers() {
	if v, ok := f.Settings["SIZE"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			n = -1
		}
		f.Size = n
	}
	f.Precision, _ = strconv.Atoi(f.Settings["PRECISION"])
	f.Scale, _ = strconv.Atoi(f.Settings["SCALE"])
}

// typeTag: an abstract name selects the dialect's mapping, anything else is
// verbatim SQL (field.go:320-328).
func typeTag(val string) string {
	switch l := strings.ToLower(val); l {
	case dtBool, dtInt, dtUint, dtFloat, dtString, dtTime, dtBytes:
		return l
	}
	return val
}

// permissions handles "-", "-:all" and "-:migration" (field.go:345-361)
// and the read/write arrows, which matter only for embedding.
func (f *field) permissions() {
	if v, ok := f.Settings["-"]; ok {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "-":
			f.Perm, f.DataType = false, ""
		case "all":
			f.Perm, f.DataType, f.IgnoreMigration = false, "", true
		case "migration":
			f.IgnoreMigration = true
		}
	}
	if v, ok := f.Settings["->"]; ok {
		f.Perm = !strings.EqualFold(v, "false")
	}
	if _, ok := f.Settings["<-"]; ok {
		f.Perm = true
	}
}
