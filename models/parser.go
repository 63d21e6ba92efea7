package models

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"

	gormschema "gorm.io/gorm/schema"
)

// parser holds one Load: the packages, the naming strategy, every struct
// parsed so far and the problems found.
type parser struct {
	d         *dialect
	naming    gormschema.NamingStrategy
	roots     []rootPackage
	fset      *token.FileSet
	rootPaths map[string]int // import path -> index in Config.Dirs
	methods   map[*types.Func]methodDecl
	cache     map[string]*structSchema // by typeKey
	pending   []*structSchema          // parsed, relations not yet resolved
	errs      ErrorList
}

type methodDecl struct {
	decl *ast.FuncDecl
	info *types.Info
}

func newParser(d *dialect, n Naming, roots []rootPackage, fset *token.FileSet) *parser {
	p := &parser{
		d: d, roots: roots, fset: fset,
		naming: gormschema.NamingStrategy{
			TablePrefix: n.TablePrefix, SingularTable: n.SingularTable,
			NoLowerCase: n.NoLowerCase, IdentifierMaxLength: d.maxIdent,
		},
		rootPaths: map[string]int{}, methods: map[*types.Func]methodDecl{},
		cache: map[string]*structSchema{},
	}
	for _, r := range roots {
		if _, ok := p.rootPaths[r.PkgPath]; !ok {
			p.rootPaths[r.PkgPath] = r.index
		}
		p.indexMethods(r)
	}
	return p
}

// indexMethods remembers the declarations of the root packages' methods,
// so that TableName bodies can be read.
func (p *parser) indexMethods(r rootPackage) {
	for _, f := range r.Syntax {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil {
				continue
			}
			if fn, ok := r.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				p.methods[fn] = methodDecl{decl: fd, info: r.TypesInfo}
			}
		}
	}
}

func typeKey(n *types.Named) string {
	if n.Obj().Pkg() == nil {
		return n.Obj().Name()
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// orderOf places a table: root packages in Dirs order, then others, each by
// source position.
func (p *parser) orderOf(s *structSchema) orderKey {
	dir, ok := p.rootPaths[s.PkgPath]
	if !ok {
		dir = len(p.roots)
	}
	return orderKey{dir: dir, file: s.Pos.Filename, off: s.Pos.Offset}
}

// parseAll parses the selected models and every struct their relations
// reach. Belongs-to targets become models too, as GORM's AutoMigrate
// creates them (ReorderModels with autoAdd, migrator.go:919-1020); has-one
// and has-many children do not.
func (p *parser) parseAll(cands []candidate) []*structSchema {
	isModel := map[*structSchema]bool{}
	var models []*structSchema
	add := func(s *structSchema) {
		if !isModel[s] {
			isModel[s] = true
			models = append(models, s)
		}
	}
	for _, c := range cands {
		add(p.schemaFor(c.named))
	}
	for i := 0; i < len(p.pending); i++ {
		p.parseRelations(p.pending[i])
	}
	for i := 0; i < len(models); i++ {
		for _, r := range models[i].rels {
			if r.Kind == relBelongsTo {
				add(r.FieldSchema)
			}
		}
	}
	sort.SliceStable(models, func(i, j int) bool { return models[i].order.less(models[j].order) })
	return models
}

// tableName is GORM's table name rule (schema.go:134-160): a TableName
// method's result, verbatim, else the naming strategy's name. A method is
// read statically: its body must return a constant string.
func (p *parser) tableName(n *types.Named) string {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), "TableName")
	fn, ok := obj.(*types.Func)
	if !ok {
		return p.naming.TableName(n.Obj().Name())
	}
	if name, ok := p.constantReturn(fn); ok {
		return name
	}
	p.errs.add(p.fset.Position(fn.Pos()), "%s.TableName: autogen reads TableName without running it, so its body must be a single return of a constant string", n.Obj().Name())
	return p.naming.TableName(n.Obj().Name())
}

func (p *parser) constantReturn(fn *types.Func) (string, bool) {
	m, ok := p.methods[fn]
	if !ok || m.decl.Body == nil || len(m.decl.Body.List) != 1 {
		return "", false
	}
	ret, ok := m.decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return "", false
	}
	tv, ok := m.info.Types[ret.Results[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
