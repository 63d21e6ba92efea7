package sqlsafe

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

// Plan runs planner over changes so that every name and text in them
// reaches the SQL escaped. Atlas's planners write names between quotes as
// they are, and a name holding the quote character would end the quote
// (atlas.md; sqlx.Builder.Ident at the pinned version). So each name or
// text that holds a quote, a backslash or a control character is replaced
// by a placeholder for the planner's run, in place, and restored before
// Plan returns; the
// placeholders in the planned statements are then replaced by the real
// names, escaped for the quotes they stand in. A placeholder the planner
// wrote outside quotes, where no escaping is right, is an error rather
// than SQL. Changes without such names are planned untouched.
//
// Because the names are replaced in place, changes and the schema objects
// they point to must not be read by another goroutine while Plan runs.
func Plan(ctx context.Context, d dburl.Dialect, planner migrate.PlanApplier, name string, changes []schema.Change, opts ...migrate.PlanOption) (*migrate.Plan, error) {
	p := &placeholders{byText: map[string]string{}, seen: map[any]bool{}}
	for _, c := range changes {
		p.change(c)
	}
	if !slices.ContainsFunc(p.names, func(s *string) bool { return needs(*s) }) {
		return planner.PlanChanges(ctx, name, changes, opts...)
	}
	p.pickMarker()
	for _, s := range p.names {
		p.replace(s)
	}
	defer p.restore()
	plan, err := planner.PlanChanges(ctx, name, changes, opts...)
	if err != nil {
		return nil, err
	}
	for _, c := range plan.Changes {
		if c.Cmd, err = p.substitute(d, c.Cmd); err != nil {
			return nil, err
		}
		c.Comment = p.display(c.Comment)
		// autogen plans the downgrade from the inverted changes and never
		// reads Reverse; it is dropped rather than left with placeholders.
		c.Reverse = nil
	}
	return plan, nil
}

type placeholders struct {
	names  []*string         // every name and text the walk found, in order
	others []string          // the other strings: expressions, types, options
	marker string            // starts every placeholder; no string above holds it
	re     *regexp.Regexp    // matches a placeholder
	byText map[string]string // real text -> placeholder
	texts  []string          // placeholder N -> real text
	undo   []func()
	seen   map[any]bool
}

// needs reports whether s cannot be trusted to the planner's quoting.
func needs(s string) bool {
	return strings.ContainsAny(s, "\"'`\\") || strings.ContainsFunc(s, isControl)
}

// pickMarker chooses a placeholder prefix that no name, expression or
// other string in the changes holds, so that every placeholder in the
// planner's output is one of ours: an expression that happened to spell
// one would otherwise be rewritten.
func (p *placeholders) pickMarker() {
	all := append([]string(nil), p.others...)
	for _, s := range p.names {
		all = append(all, *s)
	}
	p.marker = "zqagph"
	for slices.ContainsFunc(all, func(s string) bool { return strings.Contains(s, p.marker) }) {
		p.marker += "q"
	}
	p.re = regexp.MustCompile(p.marker + `([0-9]+)z`)
}

// replace puts a placeholder in *s when it needs one.
func (p *placeholders) replace(s *string) {
	if !needs(*s) {
		return
	}
	old := *s
	ph, ok := p.byText[old]
	if !ok {
		ph = p.marker + strconv.Itoa(len(p.texts)) + "z"
		p.byText[old] = ph
		p.texts = append(p.texts, old)
	}
	*s = ph
	p.undo = append(p.undo, func() { *s = old })
}

func (p *placeholders) restore() {
	for i := len(p.undo) - 1; i >= 0; i-- {
		p.undo[i]()
	}
}

// text records a name or text the planner writes between quotes.
func (p *placeholders) text(s *string) {
	p.names = append(p.names, s)
}

// strings records every string held in x (an expression, a type, an
// attribute), without following the schema objects it points to: those
// are walked on their own.
func (p *placeholders) strings(x any) {
	p.collect(reflect.ValueOf(x), 0)
}

func (p *placeholders) collect(v reflect.Value, depth int) {
	if !v.IsValid() || depth > 8 {
		return
	}
	switch v.Kind() {
	case reflect.String:
		p.others = append(p.others, v.String())
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if v.CanInterface() {
			switch v.Interface().(type) {
			case *schema.Table, *schema.Schema, *schema.Column, *schema.Index, *schema.ForeignKey, *schema.Realm:
				return
			}
		}
		p.collect(v.Elem(), depth+1)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			p.collect(v.Field(i), depth+1)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			p.collect(v.Index(i), depth+1)
		}
	}
}

// once reports whether x is seen for the first time.
func (p *placeholders) once(x any) bool {
	if reflect.ValueOf(x).IsNil() || p.seen[x] {
		return false
	}
	p.seen[x] = true
	return true
}

// change visits the fields of a change: objects, attributes and nested
// changes. Reflection keeps this independent of the list of change kinds
// Atlas has; only the object kinds that carry names are known here.
func (p *placeholders) change(c schema.Change) {
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return
	}
	for i := 0; i < v.NumField(); i++ {
		if f := v.Field(i); f.CanInterface() {
			p.value(f.Interface())
		}
	}
}

func (p *placeholders) value(x any) {
	switch x := x.(type) {
	case *schema.Schema:
		p.schema(x)
	case *schema.Table:
		p.table(x)
	case *schema.Column:
		p.column(x)
	case *schema.Index:
		p.index(x)
	case *schema.ForeignKey:
		p.foreignKey(x)
	case *schema.Check:
		p.check(x)
	case *schema.Comment:
		p.comment(x)
	case *schema.EnumType:
		p.enum(x)
	case schema.Change:
		p.change(x)
	case []schema.Change:
		for _, c := range x {
			p.change(c)
		}
	case []*schema.Column:
		for _, c := range x {
			p.column(c)
		}
	}
}

func (p *placeholders) schema(s *schema.Schema) {
	if p.once(s) {
		p.text(&s.Name)
	}
}

func (p *placeholders) table(t *schema.Table) {
	if !p.once(t) {
		return
	}
	p.text(&t.Name)
	p.schema(t.Schema)
	for _, c := range t.Columns {
		p.column(c)
	}
	if t.PrimaryKey != nil {
		p.index(t.PrimaryKey)
	}
	for _, idx := range t.Indexes {
		p.index(idx)
	}
	for _, fk := range t.ForeignKeys {
		p.foreignKey(fk)
	}
	p.attrs(t.Attrs)
}

func (p *placeholders) attrs(attrs []schema.Attr) {
	for _, a := range attrs {
		p.strings(a)
		p.value(a)
	}
}

func (p *placeholders) column(c *schema.Column) {
	if !p.once(c) {
		return
	}
	p.text(&c.Name)
	p.strings(c.Type)
	p.strings(c.Default)
	if c.Type != nil {
		if e, ok := c.Type.Type.(*schema.EnumType); ok {
			p.enum(e)
		}
	}
	p.attrs(c.Attrs)
}

func (p *placeholders) index(idx *schema.Index) {
	if !p.once(idx) {
		return
	}
	p.text(&idx.Name)
	if idx.Table != nil {
		p.table(idx.Table)
	}
	for _, part := range idx.Parts {
		if part.C != nil {
			p.column(part.C)
		}
		p.strings(part.X)
		p.attrs(part.Attrs)
	}
	p.attrs(idx.Attrs)
}

func (p *placeholders) foreignKey(fk *schema.ForeignKey) {
	if !p.once(fk) {
		return
	}
	p.text(&fk.Symbol)
	for _, t := range []*schema.Table{fk.Table, fk.RefTable} {
		if t != nil {
			p.table(t)
		}
	}
	for _, c := range append(fk.Columns[:len(fk.Columns):len(fk.Columns)], fk.RefColumns...) {
		p.column(c)
	}
	p.attrs(fk.Attrs)
}

func (p *placeholders) check(c *schema.Check) {
	if p.once(c) {
		p.text(&c.Name)
		p.strings(c.Expr)
	}
}

func (p *placeholders) comment(c *schema.Comment) {
	if p.once(c) {
		p.text(&c.Text)
	}
}

func (p *placeholders) enum(e *schema.EnumType) {
	if !p.once(e) {
		return
	}
	p.text(&e.T)
	p.schema(e.Schema)
	for i := range e.Values {
		p.text(&e.Values[i])
	}
}

// substitute puts the real texts back into a planned statement, each
// escaped for the quotes around it.
func (p *placeholders) substitute(d dburl.Dialect, sql string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(sql); {
		c := sql[i]
		kind := quoteKind(d, c)
		if kind == 0 {
			j := i + 1
			for j < len(sql) && quoteKind(d, sql[j]) == 0 {
				j++
			}
			if loc := p.re.FindStringIndex(sql[i:j]); loc != nil {
				return "", fmt.Errorf("plan: the name %s was written outside quotes; autogen cannot write it safely", Display(p.real(sql[i+loc[0]:i+loc[1]])))
			}
			b.WriteString(sql[i:j])
			i = j
			continue
		}
		end := closing(d, sql, i)
		if end < 0 {
			return "", fmt.Errorf("plan: unterminated %c quote in %s", c, Display(sql))
		}
		body := sql[i+1 : end]
		body = p.re.ReplaceAllStringFunc(body, func(ph string) string {
			return escapeIn(d, c, p.real(ph))
		})
		b.WriteByte(c)
		b.WriteString(body)
		b.WriteByte(c)
		i = end + 1
	}
	return b.String(), nil
}

func (p *placeholders) real(ph string) string {
	m := p.re.FindStringSubmatch(ph)
	n, err := strconv.Atoi(m[1])
	if err != nil || n >= len(p.texts) {
		return ph
	}
	return p.texts[n]
}

// display puts the real texts back into a planner's comment, spelled for
// a "--" line.
func (p *placeholders) display(s string) string {
	return p.re.ReplaceAllStringFunc(s, func(ph string) string { return Display(p.real(ph)) })
}

// quoteKind returns c when it opens a quoted identifier or literal in the
// planner's output for the dialect, else 0.
func quoteKind(d dburl.Dialect, c byte) byte {
	switch c {
	case '\'', '`', '"':
		return c
	}
	return 0
}

// closing returns the index of the quote that ends the one opened at i.
// The planner's own quoting, around placeholders, doubles a quote inside;
// a MySQL "..." or '...' literal from Atlas's strconv.Quote may hold
// backslash escapes.
func closing(d dburl.Dialect, s string, i int) int {
	q := s[i]
	escapes := d == dburl.MySQL && q != '`'
	for j := i + 1; j < len(s); j++ {
		switch {
		case escapes && s[j] == '\\':
			j++
		case s[j] == q && j+1 < len(s) && s[j+1] == q:
			j++
		case s[j] == q:
			return j
		}
	}
	return -1
}

// escapeIn escapes text for the inside of a quote q of the dialect.
func escapeIn(d dburl.Dialect, q byte, text string) string {
	if d == dburl.MySQL && q != '`' {
		text = strings.ReplaceAll(text, `\`, `\\`)
	}
	return strings.ReplaceAll(text, string(q), string(q)+string(q))
}
