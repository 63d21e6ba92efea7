package gormdiff

import (
	"path/filepath"
	"strings"

	"github.com/autogen-dev/autogen/models"
)

// fixtureWarnings are the warnings some fixtures earn on purpose: they
// prove that autogen reads a tag the way GORM misreads it (a repeated key,
// a size Atoi refuses, an ignored scale, index or autoIncrement), and
// models.Load says so. Each is a file and the start of the message, the
// same on every dialect.
var fixtureWarnings = []struct{ file, prefix string }{
	{"columns.go", "field Dup: the gorm tag sets size more than once"},
	{"columns.go", `field Spaced: size "9 " is not a number`},
	{"columns.go", "field ScaleOnly: GORM ignores scale without a precision"},
	{"indexes.go", "field Empty: GORM creates none of this field's indexes"},
	{"indexes.go", `field Code: index "uq_uai_code" lists column "code" twice`},
	{"misread.go", "field Code: GORM ignores autoIncrement on a string column"},
	{"misread.go", "field ID: default:5 has no effect on an auto-increment column"},
}

// unexpected drops the fixtures' deliberate warnings from l.
func unexpected(l models.ErrorList) models.ErrorList {
	var out models.ErrorList
	for _, w := range l {
		known := false
		for _, fw := range fixtureWarnings {
			known = known || filepath.Base(w.Pos.Filename) == fw.file && strings.HasPrefix(w.Msg, fw.prefix)
		}
		if !known {
			out = append(out, w)
		}
	}
	return out
}
