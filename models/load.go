package models

import (
	"context"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"

	"golang.org/x/tools/go/packages"
)

const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedSyntax |
	packages.NeedTypes | packages.NeedTypesInfo

// rootPackage is one package named by Config.Dirs.
type rootPackage struct {
	*packages.Package
	index int // position in Config.Dirs
}

// loadPackages type-checks the package in each directory. Each directory is
// loaded from inside itself (Config.Dir), so it may belong to any module;
// one FileSet is shared so positions from every load can be compared.
func loadPackages(ctx context.Context, dirs []string) ([]rootPackage, *token.FileSet, error) {
	fset := token.NewFileSet()
	var roots []rootPackage
	for i, dir := range dirs {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, nil, fmt.Errorf("load models from %q: %w", dir, err)
		}
		cfg := &packages.Config{Context: ctx, Mode: loadMode, Dir: abs, Fset: fset}
		pkgs, err := packages.Load(cfg, ".")
		if err != nil {
			return nil, nil, fmt.Errorf("load models from %q: %w", dir, err)
		}
		for _, p := range pkgs {
			roots = append(roots, rootPackage{Package: p, index: i})
		}
	}
	return roots, fset, nil
}

// typeErrors returns the packages' load and type errors as positioned
// errors: autogen cannot read models from code that does not compile.
func (p *parser) typeErrors() ErrorList {
	var errs ErrorList
	for _, r := range p.roots {
		for _, e := range r.Errors {
			errs = append(errs, &Error{Pos: parsePos(e.Pos), Msg: e.Msg})
		}
	}
	return errs
}

// parsePos reads go/packages' "file:line:col" error positions.
func parsePos(s string) token.Position {
	var pos token.Position
	if s == "" || s == "-" {
		return pos
	}
	// The file name may itself hold colons; scan from the right.
	var line, col int
	rest := s
	for _, dst := range []*int{&col, &line} {
		i := lastColon(rest)
		if i < 0 {
			break
		}
		if _, err := fmt.Sscanf(rest[i+1:], "%d", dst); err != nil {
			break
		}
		rest = rest[:i]
	}
	if line == 0 { // only "file:line" was given
		line, col = col, 0
	}
	pos.Filename, pos.Line, pos.Column = rest, line, col
	return pos
}

func lastColon(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ':' {
			return i
		}
	}
	return -1
}

// candidate is an exported struct type declared in a root package.
type candidate struct {
	named *types.Named
	root  *rootPackage
	pos   token.Position
}

// candidates lists the exported, non-generic struct types of the root
// packages in declaration order: Dirs order, then file name, then offset.
func (p *parser) candidates() []candidate {
	var out []candidate
	for i := range p.roots {
		r := &p.roots[i]
		for _, f := range sortedFiles(r.Package) {
			for _, decl := range f.Decls {
				out = append(out, p.declCandidates(r, decl)...)
			}
		}
	}
	return out
}

func (p *parser) declCandidates(r *rootPackage, decl ast.Decl) []candidate {
	gd, ok := decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.TYPE {
		return nil
	}
	var out []candidate
	for _, spec := range gd.Specs {
		ts := spec.(*ast.TypeSpec)
		tn, ok := r.TypesInfo.Defs[ts.Name].(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		if _, ok := named.Underlying().(*types.Struct); ok {
			out = append(out, candidate{named: named, root: r, pos: p.fset.Position(ts.Name.Pos())})
		}
	}
	return out
}

func sortedFiles(pkg *packages.Package) []*ast.File {
	files := append([]*ast.File(nil), pkg.Syntax...)
	sort.Slice(files, func(i, j int) bool {
		return pkg.Fset.File(files[i].Pos()).Name() < pkg.Fset.File(files[j].Pos()).Name()
	})
	return files
}

// selectModels picks the model structs: the pinned names when given,
// otherwise every candidate that embeds gorm.Model or carries a gorm tag,
// except types used only as embedded fields of other structs.
func (p *parser) selectModels(pinned []string) []candidate {
	all := p.candidates()
	if len(pinned) > 0 {
		return p.pinnedModels(all, pinned)
	}
	embedded, referenced := usage(all)
	var out []candidate
	for _, c := range all {
		if embedded[c.named] && !referenced[c.named] {
			continue
		}
		if looksLikeModel(c.named.Underlying().(*types.Struct)) {
			out = append(out, c)
		}
	}
	return out
}

func (p *parser) pinnedModels(all []candidate, pinned []string) []candidate {
	want := map[string]bool{}
	for _, n := range pinned {
		want[n] = true
	}
	var out []candidate
	found := map[string]bool{}
	for _, c := range all {
		if want[c.named.Obj().Name()] {
			out = append(out, c)
			found[c.named.Obj().Name()] = true
		}
	}
	for _, n := range pinned {
		if !found[n] {
			p.errs.add(token.Position{}, "model %q: no exported struct type of that name in the loaded packages", n)
			found[n] = true
		}
	}
	return out
}

// usage reports which candidate types appear as embedded fields (anonymous,
// or tagged embedded) and which appear as any other field's type.
func usage(all []candidate) (embedded, referenced map[*types.Named]bool) {
	embedded, referenced = map[*types.Named]bool{}, map[*types.Named]bool{}
	for _, c := range all {
		st := c.named.Underlying().(*types.Struct)
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			n := namedStruct(f.Type())
			if n == nil {
				continue
			}
			if _, tagged := tagSettings(st.Tag(i))["EMBEDDED"]; f.Anonymous() || tagged {
				embedded[n] = true
			} else {
				referenced[n] = true
			}
		}
	}
	return embedded, referenced
}

// namedStruct returns the named struct type behind pointers, slices and
// arrays of t, or nil.
func namedStruct(t types.Type) *types.Named {
	for {
		switch u := t.(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Named:
			if _, ok := u.Underlying().(*types.Struct); ok {
				return u
			}
			return nil
		default:
			return nil
		}
	}
}

func looksLikeModel(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		if _, ok := reflect.StructTag(st.Tag(i)).Lookup("gorm"); ok {
			return true
		}
		if st.Field(i).Anonymous() && isGormType(st.Field(i).Type(), "Model") {
			return true
		}
	}
	return false
}

const gormPath = "gorm.io/gorm"

// isGormType reports whether t, pointers stripped, is gorm.io/gorm.<name>.
func isGormType(t types.Type, name string) bool {
	return isNamed(t, gormPath, name)
}

func isNamed(t types.Type, path, name string) bool {
	for {
		ptr, ok := t.(*types.Pointer)
		if !ok {
			break
		}
		t = ptr.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}
