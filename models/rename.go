package models

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/hint"
)

// The rename hints: a field tag autogen:"renamed_from:old_name" and a
// comment line //autogen:renamed_from old_table in a model type's doc
// comment. They become hint.RenamedFrom attributes, which package diff
// reads to write a RENAME where it would drop and add.

// renameDirective starts the type comment, written like a Go directive
// (no space after the slashes) so that godoc leaves it out.
const renameDirective = "//autogen:renamed_from"

// fieldRenamedFrom reads the autogen tag of a struct field: semicolon-
// separated key:value pairs, of which renamed_from is the only key.
func (p *parser) fieldRenamedFrom(pos token.Position, name, tag string) string {
	v, ok := reflect.StructTag(tag).Lookup("autogen")
	if !ok {
		return ""
	}
	var from string
	for _, part := range strings.Split(v, ";") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		key, val, _ := strings.Cut(part, ":")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		switch {
		case !strings.EqualFold(key, "renamed_from"):
			p.errs.add(pos, "field %s: unknown autogen tag key %q (autogen knows renamed_from)", name, key)
		case val == "" || strings.ContainsAny(val, " \t,"):
			p.errs.add(pos, "field %s: autogen:\"renamed_from:…\" needs one old column name, got %q", name, val)
		default:
			from = val
		}
	}
	return from
}

// indexRenames reads the //autogen:renamed_from comments of the root
// packages' type declarations.
func (p *parser) indexRenames(r rootPackage) {
	for _, f := range r.Syntax {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				doc := ts.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				if tn, ok := r.TypesInfo.Defs[ts.Name].(*types.TypeName); ok && doc != nil {
					if old, ok := p.renameComment(doc); ok {
						p.tableRenames[typeKeyOf(tn)] = old
					}
				}
			}
		}
	}
}

func (p *parser) renameComment(doc *ast.CommentGroup) (string, bool) {
	for _, c := range doc.List {
		rest, ok := strings.CutPrefix(c.Text, renameDirective)
		if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			continue
		}
		words := strings.Fields(rest)
		if len(words) != 1 {
			p.errs.add(p.fset.Position(c.Pos()), "%s needs one old table name, got %q", renameDirective, strings.TrimSpace(rest))
			return "", false
		}
		return words[0], true
	}
	return "", false
}

func typeKeyOf(tn *types.TypeName) string {
	if tn.Pkg() == nil {
		return tn.Name()
	}
	return tn.Pkg().Path() + "." + tn.Name()
}

// renameTable attaches the model's table rename hint, if any.
func (p *parser) renameTable(m *structSchema, t *schema.Table) {
	if m.named == nil || m.join {
		return
	}
	if old, ok := p.tableRenames[typeKey(m.named)]; ok && old != t.Name {
		t.AddAttrs(&hint.RenamedFrom{Name: old})
	}
}
