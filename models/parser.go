package models

import (
	"go/ast"
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
	warns     ErrorList // problems GORM tolerates: unknown tag keys, values it misreads
	// tableRenames holds the //autogen:renamed_from comments, by typeKey.
	tableRenames map[string]string
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
		cache: map[string]*structSchema{}, tableRenames: map[string]string{},
	}
	if r := n.replacer(); r != nil {
		p.naming.NameReplacer = r
	}
	for _, r := range roots {
		if _, ok := p.rootPaths[r.PkgPath]; !ok {
			p.rootPaths[r.PkgPath] = r.index
		}
		p.indexMethods(r)
		p.indexRenames(r)
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
	joins := map[string]int{} // join table name -> index in models
	for i := 0; i < len(models); i++ {
		for _, r := range models[i].rels {
			switch r.Kind {
			case relBelongsTo:
				add(r.FieldSchema)
			case relMany2Many:
				add(r.FieldSchema)
				models = addJoin(models, joins, r.JoinTable)
			}
		}
	}
	sort.SliceStable(models, func(i, j int) bool { return models[i].order.less(models[j].order) })
	return models
}

// addJoin adds a join table. Two many2many relations naming the same join
// table (one from each side) build two schemas; ReorderModels keeps the
// last one parsed in valuesMap (migrator.go:958) and creates that, so its
// column and primary-key order win: the later relation replaces the
// earlier one in place.
func addJoin(models []*structSchema, joins map[string]int, js *structSchema) []*structSchema {
	if i, ok := joins[js.Table]; ok {
		js.order = models[i].order
		models[i] = js
		return models
	}
	joins[js.Table] = len(models)
	return append(models, js)
}

// tableName is GORM's table name rule (schema.go:134-160): a TableName
// method's result, verbatim, else the naming strategy's name. The method
// is read without running it (eval.go): its body may use constants only.
func (p *parser) tableName(n *types.Named) string {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), "TableName")
	fn, ok := obj.(*types.Func)
	if !ok {
		return p.naming.TableName(n.Obj().Name())
	}
	name, err := p.evalMethod(fn, evalInput{})
	if err != nil {
		p.errs.add(p.fset.Position(err.pos), "%s", evalMessage(fn, err))
		return p.naming.TableName(n.Obj().Name())
	}
	return name
}
