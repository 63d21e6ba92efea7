package models

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// The evaluator reads the body of a TableName, GormDataType or
// GormDBDataType method without running it. GORM calls these methods at
// run time; autogen can only stand in for that call when the body is a
// pure function of the dialect's name, the field's size, precision and
// scale, and constants. Anything else (a receiver field, a package
// variable, a call it does not know, a loop) is reported at the
// expression or statement that depends on it, because that is the line
// the user must change.

// evalInput is what the method may depend on: the value db.Dialector.Name()
// returns ("" when the method takes no *gorm.DB) and the field's numbers
// (nil when it takes no *schema.Field).
type evalInput struct {
	dialect string
	field   *fieldNumbers
}

// fieldNumbers are the *schema.Field attributes a GormDBDataType body may
// read: GORM's Size (after its per-kind default), Precision and Scale.
type fieldNumbers struct{ Size, Precision, Scale int }

// evalError is the first thing in a body autogen cannot compute.
type evalError struct {
	pos    token.Pos
	reason string
}

func runTime(e ast.Expr) *evalError {
	return &evalError{pos: e.Pos(), reason: types.ExprString(e) + " depends on run time"}
}

// flow is how a statement list ended.
type flow int

const (
	flowNext   flow = iota // fell through to the next statement
	flowReturn             // a return ran; evaluator.result holds the value
	flowBreak              // a break left the innermost switch
)

type evaluator struct {
	info      *types.Info
	in        evalInput
	db, field types.Object // the *gorm.DB and *schema.Field parameters, if named
	vars      map[types.Object]constant.Value
	results   []types.Object // named results
	result    constant.Value
}

// evalMethod computes the string a method returns for in.
func (p *parser) evalMethod(fn *types.Func, in evalInput) (string, *evalError) {
	// A generic type's instance has methods of its own; the declaration
	// belongs to the origin.
	m, ok := p.methods[fn.Origin()]
	if !ok || m.decl.Body == nil {
		return "", &evalError{pos: fn.Pos(), reason: notLoaded(fn)}
	}
	e := &evaluator{info: m.info, in: in, vars: map[types.Object]constant.Value{}}
	e.params(m.decl.Type)
	switch fl, err := e.block(m.decl.Body.List); {
	case err != nil:
		return "", err
	case fl != flowReturn:
		return "", &evalError{pos: m.decl.Body.Rbrace, reason: "the body ends without a return"}
	}
	if e.result.Kind() != constant.String {
		return "", &evalError{pos: m.decl.Name.Pos(), reason: "the result is not a string"}
	}
	return constant.StringVal(e.result), nil
}

func notLoaded(fn *types.Func) string {
	if fn.Pkg() == nil {
		return "its body is not in the loaded packages"
	}
	return "its body is in package " + fn.Pkg().Path() + ", and autogen reads method bodies only in the packages it loads"
}

// methodLabel is "Type.Method", naming the type that declares it.
func methodLabel(fn *types.Func) string {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return fn.Name()
	}
	if n, ok := deref(sig.Recv().Type()).(*types.Named); ok {
		return n.Obj().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// evalMessage is the error text for a body autogen cannot compute.
func evalMessage(fn *types.Func, err *evalError) string {
	return fmt.Sprintf("%s: autogen reads this method without running it; %s", methodLabel(fn), err.reason)
}

// params finds the *gorm.DB and *schema.Field parameters by type, and
// gives named results their zero value.
func (e *evaluator) params(ft *ast.FuncType) {
	for _, fld := range ft.Params.List {
		for _, name := range fld.Names {
			obj := e.info.Defs[name]
			if obj == nil {
				continue
			}
			switch {
			case isNamed(deref(obj.Type()), gormPath, "DB"):
				e.db = obj
			case isNamed(deref(obj.Type()), gormPath+"/schema", "Field"):
				e.field = obj
			}
		}
	}
	if ft.Results == nil {
		return
	}
	for _, fld := range ft.Results.List {
		for _, name := range fld.Names {
			if obj := e.info.Defs[name]; obj != nil {
				e.results = append(e.results, obj)
				e.vars[obj] = constant.MakeString("")
			}
		}
	}
}

// block runs statements in order; what follows a return is unreachable
// and not read.
func (e *evaluator) block(stmts []ast.Stmt) (flow, *evalError) {
	for _, st := range stmts {
		fl, err := e.stmt(st)
		if err != nil || fl != flowNext {
			return fl, err
		}
	}
	return flowNext, nil
}

func (e *evaluator) stmt(st ast.Stmt) (flow, *evalError) {
	switch st := st.(type) {
	case *ast.ReturnStmt:
		return flowReturn, e.ret(st)
	case *ast.BlockStmt:
		return e.block(st.List)
	case *ast.IfStmt:
		return e.ifStmt(st)
	case *ast.SwitchStmt:
		return e.switchStmt(st)
	case *ast.AssignStmt:
		return flowNext, e.assign(st)
	case *ast.DeclStmt:
		return flowNext, e.decl(st)
	case *ast.EmptyStmt:
		return flowNext, nil
	case *ast.BranchStmt:
		if st.Tok == token.BREAK && st.Label == nil {
			return flowBreak, nil
		}
	}
	return flowNext, &evalError{pos: st.Pos(), reason: "it does not read " + stmtKind(st) + " statements"}
}

func stmtKind(st ast.Stmt) string {
	switch st := st.(type) {
	case *ast.ForStmt, *ast.RangeStmt:
		return "for"
	case *ast.TypeSwitchStmt:
		return "type switch"
	case *ast.BranchStmt:
		return st.Tok.String()
	case *ast.ExprStmt:
		return "expression"
	case *ast.GoStmt:
		return "go"
	case *ast.DeferStmt:
		return "defer"
	case *ast.SelectStmt:
		return "select"
	case *ast.LabeledStmt:
		return "labeled"
	}
	return fmt.Sprintf("%T", st)
}

func (e *evaluator) ret(st *ast.ReturnStmt) *evalError {
	switch {
	case len(st.Results) == 1:
		v, err := e.expr(st.Results[0])
		e.result = v
		return err
	case len(st.Results) == 0 && len(e.results) == 1:
		e.result = e.vars[e.results[0]]
		return nil
	}
	return &evalError{pos: st.Pos(), reason: "it reads only methods with one string result"}
}

func (e *evaluator) ifStmt(st *ast.IfStmt) (flow, *evalError) {
	if st.Init != nil {
		if fl, err := e.stmt(st.Init); err != nil || fl != flowNext {
			return fl, err
		}
	}
	ok, err := e.cond(st.Cond)
	switch {
	case err != nil:
		return flowNext, err
	case ok:
		return e.block(st.Body.List)
	case st.Else != nil:
		return e.stmt(st.Else)
	}
	return flowNext, nil
}

func (e *evaluator) cond(x ast.Expr) (bool, *evalError) {
	v, err := e.expr(x)
	if err != nil {
		return false, err
	}
	if v.Kind() != constant.Bool {
		return false, runTime(x)
	}
	return constant.BoolVal(v), nil
}

// switchStmt runs the first clause whose case equals the tag (true for a
// tagless switch), else the default. Case expressions are evaluated in
// order and only until one matches, as Go does.
func (e *evaluator) switchStmt(st *ast.SwitchStmt) (flow, *evalError) {
	if st.Init != nil {
		if fl, err := e.stmt(st.Init); err != nil || fl != flowNext {
			return fl, err
		}
	}
	tag := constant.MakeBool(true)
	if st.Tag != nil {
		v, err := e.expr(st.Tag)
		if err != nil {
			return flowNext, err
		}
		tag = v
	}
	clause, err := e.pickClause(st, tag)
	if err != nil || clause == nil {
		return flowNext, err
	}
	if n := len(clause.Body); n > 0 {
		if br, ok := clause.Body[n-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
			return flowNext, &evalError{pos: br.Pos(), reason: "it does not read fallthrough statements"}
		}
	}
	fl, err := e.block(clause.Body)
	if fl == flowBreak {
		fl = flowNext
	}
	return fl, err
}

func (e *evaluator) pickClause(st *ast.SwitchStmt, tag constant.Value) (*ast.CaseClause, *evalError) {
	var def *ast.CaseClause
	for _, s := range st.Body.List {
		cc := s.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
			continue
		}
		for _, x := range cc.List {
			v, err := e.expr(x)
			if err != nil {
				return nil, err
			}
			if v.Kind() != tag.Kind() {
				return nil, runTime(x)
			}
			if constant.Compare(tag, token.EQL, v) {
				return cc, nil
			}
		}
	}
	return def, nil
}

// assign handles =, := and += to local variables and named results, one
// value per name; a later assignment replaces the earlier value.
func (e *evaluator) assign(st *ast.AssignStmt) *evalError {
	if len(st.Lhs) != len(st.Rhs) {
		if len(st.Rhs) == 1 {
			// v, ok := m[k] and the like: name what the value comes from.
			if _, err := e.expr(st.Rhs[0]); err != nil {
				return err
			}
		}
		return &evalError{pos: st.Pos(), reason: "it reads only assignments of one value per name"}
	}
	vals := make([]constant.Value, len(st.Rhs))
	for i, x := range st.Rhs {
		v, err := e.expr(x)
		if err != nil {
			return err
		}
		vals[i] = v
	}
	for i, lhs := range st.Lhs {
		if err := e.store(lhs, st.Tok, vals[i]); err != nil {
			return err
		}
	}
	return nil
}

func (e *evaluator) store(lhs ast.Expr, tok token.Token, v constant.Value) *evalError {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return &evalError{pos: lhs.Pos(), reason: "assigning to " + types.ExprString(lhs) + " depends on run time"}
	}
	if id.Name == "_" {
		return nil
	}
	obj := e.info.ObjectOf(id)
	if _, local := e.vars[obj]; !local && tok != token.DEFINE {
		return &evalError{pos: lhs.Pos(), reason: "assigning to " + id.Name + ", which is not a local variable, depends on run time"}
	}
	switch tok {
	case token.DEFINE, token.ASSIGN:
		e.vars[obj] = v
		return nil
	case token.ADD_ASSIGN:
		old := e.vars[obj]
		if old.Kind() != v.Kind() {
			return runTime(lhs)
		}
		e.vars[obj] = constant.BinaryOp(old, token.ADD, v)
		return nil
	}
	return &evalError{pos: lhs.Pos(), reason: "it does not read " + tok.String() + " assignments"}
}

// decl handles local const (go/types already knows their values) and var
// declarations.
func (e *evaluator) decl(st *ast.DeclStmt) *evalError {
	gd, ok := st.Decl.(*ast.GenDecl)
	if !ok || gd.Tok == token.TYPE || gd.Tok == token.CONST {
		return nil
	}
	for _, spec := range gd.Specs {
		vs := spec.(*ast.ValueSpec)
		if len(vs.Values) != 0 && len(vs.Values) != len(vs.Names) {
			return &evalError{pos: vs.Pos(), reason: "it reads only declarations of one value per name"}
		}
		for i, name := range vs.Names {
			obj := e.info.Defs[name]
			if obj == nil {
				continue
			}
			if len(vs.Values) == 0 {
				z, ok := zeroValue(obj.Type())
				if !ok {
					return &evalError{pos: name.Pos(), reason: "a variable of type " + obj.Type().String() + " depends on run time"}
				}
				e.vars[obj] = z
				continue
			}
			v, err := e.expr(vs.Values[i])
			if err != nil {
				return err
			}
			e.vars[obj] = v
		}
	}
	return nil
}

func zeroValue(t types.Type) (constant.Value, bool) {
	b, ok := t.Underlying().(*types.Basic)
	switch {
	case !ok:
		return nil, false
	case b.Info()&types.IsString != 0:
		return constant.MakeString(""), true
	case b.Info()&types.IsInteger != 0:
		return constant.MakeInt64(0), true
	case b.Info()&types.IsBoolean != 0:
		return constant.MakeBool(false), true
	}
	return nil, false
}

// expr computes an expression. Constants (literals, package and local
// const, constant expressions) come from go/types.
func (e *evaluator) expr(x ast.Expr) (constant.Value, *evalError) {
	if tv, ok := e.info.Types[x]; ok && tv.Value != nil {
		return tv.Value, nil
	}
	switch x := x.(type) {
	case *ast.ParenExpr:
		return e.expr(x.X)
	case *ast.Ident:
		return e.ident(x)
	case *ast.UnaryExpr:
		return e.unary(x)
	case *ast.BinaryExpr:
		return e.binary(x)
	case *ast.SelectorExpr:
		return e.selector(x)
	case *ast.CallExpr:
		return e.call(x)
	case *ast.IndexExpr:
		// Name what the map or slice is: a package variable, a field.
		if _, err := e.expr(x.X); err != nil {
			return nil, err
		}
	}
	return nil, runTime(x)
}

func (e *evaluator) ident(x *ast.Ident) (constant.Value, *evalError) {
	obj := e.info.ObjectOf(x)
	if v, ok := e.vars[obj]; ok {
		return v, nil
	}
	if v, ok := obj.(*types.Var); ok && v.Parent() == v.Pkg().Scope() {
		return nil, &evalError{pos: x.Pos(), reason: "package variable " + x.Name + " depends on run time"}
	}
	return nil, runTime(x)
}

func (e *evaluator) unary(x *ast.UnaryExpr) (constant.Value, *evalError) {
	v, err := e.expr(x.X)
	if err != nil {
		return nil, err
	}
	switch {
	case x.Op == token.NOT && v.Kind() == constant.Bool:
		return constant.UnaryOp(token.NOT, v, 0), nil
	case (x.Op == token.SUB || x.Op == token.ADD) && v.Kind() == constant.Int:
		return constant.UnaryOp(x.Op, v, 0), nil
	}
	return nil, runTime(x)
}

// binary: && and || short-circuit, so the right side is read only when
// GORM's call would evaluate it.
func (e *evaluator) binary(x *ast.BinaryExpr) (constant.Value, *evalError) {
	l, err := e.expr(x.X)
	if err != nil {
		return nil, err
	}
	if x.Op == token.LAND || x.Op == token.LOR {
		if l.Kind() != constant.Bool {
			return nil, runTime(x.X)
		}
		if constant.BoolVal(l) == (x.Op == token.LOR) {
			return l, nil
		}
		r, err := e.expr(x.Y)
		if err == nil && r.Kind() != constant.Bool {
			err = runTime(x.Y)
		}
		return r, err
	}
	r, err := e.expr(x.Y)
	if err != nil {
		return nil, err
	}
	if l.Kind() != r.Kind() {
		return nil, runTime(x)
	}
	switch x.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		if l.Kind() == constant.Bool && x.Op != token.EQL && x.Op != token.NEQ {
			return nil, runTime(x)
		}
		return constant.MakeBool(constant.Compare(l, x.Op, r)), nil
	case token.ADD:
		if l.Kind() == constant.String || l.Kind() == constant.Int {
			return constant.BinaryOp(l, token.ADD, r), nil
		}
	case token.SUB, token.MUL:
		if l.Kind() == constant.Int {
			return constant.BinaryOp(l, x.Op, r), nil
		}
	case token.QUO, token.REM:
		if l.Kind() == constant.Int && constant.Sign(r) != 0 {
			op := x.Op
			if op == token.QUO {
				op = token.QUO_ASSIGN // integer division
			}
			return constant.BinaryOp(l, op, r), nil
		}
	}
	return nil, runTime(x)
}

// selector reads field.Size, field.Precision and field.Scale; any other
// selector that is not a constant depends on run time.
func (e *evaluator) selector(x *ast.SelectorExpr) (constant.Value, *evalError) {
	id, ok := x.X.(*ast.Ident)
	if !ok || e.field == nil || e.info.ObjectOf(id) != e.field || e.in.field == nil {
		return nil, runTime(x)
	}
	switch x.Sel.Name {
	case "Size":
		return constant.MakeInt64(int64(e.in.field.Size)), nil
	case "Precision":
		return constant.MakeInt64(int64(e.in.field.Precision)), nil
	case "Scale":
		return constant.MakeInt64(int64(e.in.field.Scale)), nil
	}
	return nil, &evalError{pos: x.Pos(), reason: "it reads only Size, Precision and Scale of the *schema.Field, not " + types.ExprString(x)}
}

func (e *evaluator) call(x *ast.CallExpr) (constant.Value, *evalError) {
	if tv, ok := e.info.Types[x.Fun]; ok && tv.IsType() {
		return e.conversion(x, tv.Type)
	}
	if x.Ellipsis.IsValid() {
		return nil, runTime(x)
	}
	if e.isDialectName(x) {
		return constant.MakeString(e.in.dialect), nil
	}
	sel, ok := x.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil, runTime(x)
	}
	fn, ok := e.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Type().(*types.Signature).Recv() != nil {
		return nil, runTime(x)
	}
	pure, ok := pureFuncs[fn.Pkg().Path()+"."+fn.Name()]
	if !ok {
		return nil, runTime(x)
	}
	args := make([]constant.Value, len(x.Args))
	for i, a := range x.Args {
		v, err := e.expr(a)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	if v, ok := pure(args, e.argTypes(x.Args)); ok {
		return v, nil
	}
	return nil, runTime(x)
}

func (e *evaluator) argTypes(args []ast.Expr) []types.Type {
	out := make([]types.Type, len(args))
	for i, a := range args {
		out[i] = e.info.TypeOf(a)
	}
	return out
}

// conversion: string(s), int64(n) and named string or integer types keep
// the value.
func (e *evaluator) conversion(x *ast.CallExpr, t types.Type) (constant.Value, *evalError) {
	if len(x.Args) != 1 {
		return nil, runTime(x)
	}
	v, err := e.expr(x.Args[0])
	if err != nil {
		return nil, err
	}
	b, ok := t.Underlying().(*types.Basic)
	switch {
	case ok && b.Info()&types.IsString != 0 && v.Kind() == constant.String,
		ok && b.Info()&types.IsInteger != 0 && v.Kind() == constant.Int,
		ok && b.Info()&types.IsBoolean != 0 && v.Kind() == constant.Bool:
		return v, nil
	}
	return nil, runTime(x)
}

// isDialectName matches a call of gorm's Dialector.Name reached from the
// *gorm.DB parameter through fields only: db.Dialector.Name(), db.Name()
// (promoted through *gorm.Config), db.Statement.Dialector.Name(). Every
// one returns the name of the dialect AutoMigrate runs on.
func (e *evaluator) isDialectName(x *ast.CallExpr) bool {
	sel, ok := x.Fun.(*ast.SelectorExpr)
	if !ok || len(x.Args) != 0 || e.db == nil {
		return false
	}
	fn, ok := e.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Name() != "Name" || fn.Pkg() == nil || fn.Pkg().Path() != gormPath {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil || !isNamed(recv.Type(), gormPath, "Dialector") {
		return false
	}
	for r := sel.X; ; {
		switch y := ast.Unparen(r).(type) {
		case *ast.Ident:
			return e.info.ObjectOf(y) == e.db
		case *ast.SelectorExpr:
			if s, ok := e.info.Selections[y]; !ok || s.Kind() != types.FieldVal {
				return false
			}
			r = y.X
		default:
			return false
		}
	}
}

// pureFunc computes a standard-library function of constant arguments;
// false when the arguments are not what it takes.
type pureFunc func(args []constant.Value, types []types.Type) (constant.Value, bool)

var pureFuncs = map[string]pureFunc{
	"strings.EqualFold": strings2b(strings.EqualFold),
	"strings.HasPrefix": strings2b(strings.HasPrefix),
	"strings.HasSuffix": strings2b(strings.HasSuffix),
	"strings.Contains":  strings2b(strings.Contains),
	"strings.ToLower":   strings1(strings.ToLower),
	"strings.ToUpper":   strings1(strings.ToUpper),
	"strings.TrimSpace": strings1(strings.TrimSpace),
	"strconv.Itoa":      formatInt(false),
	"strconv.FormatInt": formatInt(true),
	"fmt.Sprintf":       sprintf,
}

func strings1(f func(string) string) pureFunc {
	return func(a []constant.Value, _ []types.Type) (constant.Value, bool) {
		if len(a) != 1 || a[0].Kind() != constant.String {
			return nil, false
		}
		return constant.MakeString(f(constant.StringVal(a[0]))), true
	}
}

func strings2b(f func(string, string) bool) pureFunc {
	return func(a []constant.Value, _ []types.Type) (constant.Value, bool) {
		if len(a) != 2 || a[0].Kind() != constant.String || a[1].Kind() != constant.String {
			return nil, false
		}
		return constant.MakeBool(f(constant.StringVal(a[0]), constant.StringVal(a[1]))), true
	}
}

// formatInt is strconv.Itoa, or FormatInt with its base argument.
func formatInt(withBase bool) pureFunc {
	return func(a []constant.Value, _ []types.Type) (constant.Value, bool) {
		want := 1
		if withBase {
			want = 2
		}
		if len(a) != want || a[0].Kind() != constant.Int {
			return nil, false
		}
		n, exact := constant.Int64Val(a[0])
		base := int64(10)
		if withBase {
			b, ok := constant.Int64Val(a[1])
			if !ok || b < 2 || b > 36 {
				return nil, false
			}
			base = b
		}
		return constant.MakeString(strconv.FormatInt(n, int(base))), exact
	}
}

// sprintf runs fmt.Sprintf on Go values of the arguments' own types, so
// that %v and %d print what the real call prints.
func sprintf(a []constant.Value, ts []types.Type) (constant.Value, bool) {
	if len(a) == 0 || a[0].Kind() != constant.String {
		return nil, false
	}
	args := make([]any, len(a)-1)
	for i, v := range a[1:] {
		g, ok := goValue(v, ts[i+1])
		if !ok {
			return nil, false
		}
		args[i] = g
	}
	return constant.MakeString(fmt.Sprintf(constant.StringVal(a[0]), args...)), true
}

// goValue is v as the Go value the real call would pass. Only basic types
// qualify: a named type may have a String method that changes what %v
// prints.
func goValue(v constant.Value, t types.Type) (any, bool) {
	b, ok := t.(*types.Basic)
	if !ok {
		return nil, false
	}
	switch v.Kind() {
	case constant.String:
		return constant.StringVal(v), true
	case constant.Bool:
		return constant.BoolVal(v), true
	case constant.Int:
		n, exact := constant.Int64Val(v)
		switch b.Kind() {
		case types.Int, types.UntypedInt:
			return int(n), exact
		case types.Int64:
			return n, exact
		case types.Int32:
			return int32(n), exact
		}
	}
	return nil, false
}
