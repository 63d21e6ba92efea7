package hint

import "ariga.io/atlas/sql/schema"

// RenamedFrom on a table or column says that it had the name Name before:
// where the current schema has Name and not the new name, package diff
// writes a RENAME instead of a drop and an add, so the data stays. The
// models set it from the field tag autogen:"renamed_from:old_name" and the
// comment //autogen:renamed_from old_table on a model's type.
//
// Atlas's differs and planners ignore attributes they do not know, so it
// never reaches DDL by itself. It embeds schema.Attr (always nil) only to
// satisfy that interface, as Atlas's own driver attributes do.
type RenamedFrom struct {
	schema.Attr
	Name string
}

// RenamedFromOf returns the old name recorded in attrs, if any.
func RenamedFromOf(attrs []schema.Attr) (string, bool) {
	for _, a := range attrs {
		if r, ok := a.(*RenamedFrom); ok && r.Name != "" {
			return r.Name, true
		}
	}
	return "", false
}
