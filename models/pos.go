package models

import (
	"go/token"

	"ariga.io/atlas/sql/schema"
)

// Pos is the schema attribute that records the Go source position a table
// (its struct type) or a column (its struct field) came from, so that later
// messages can name file:line.
//
// Atlas's planners and differs ignore attributes they do not know, so Pos
// never reaches DDL or a diff. It embeds schema.Attr (always nil) only to
// satisfy that interface, the way Atlas's own driver attributes do.
type Pos struct {
	schema.Attr
	token.Position
}

// PosOf returns the position recorded in attrs, if any.
func PosOf(attrs []schema.Attr) (token.Position, bool) {
	for _, a := range attrs {
		if p, ok := a.(*Pos); ok {
			return p.Position, true
		}
	}
	return token.Position{}, false
}
