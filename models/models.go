package models

import (
	"context"
	"fmt"
	"go/token"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

// Naming holds the parts of GORM's schema.NamingStrategy that live in the
// user's gorm.Config, invisible to a static reader, so they come from
// autogen's configuration instead.
type Naming struct {
	TablePrefix   string
	SingularTable bool
	NoLowerCase   bool
	// NameReplacer is GORM's NameReplacer written as data: the pairs of a
	// strings.NewReplacer(From1, To1, From2, To2, ...), applied to struct
	// and field names before they are snake-cased.
	NameReplacer []Replacement
}

// Replacement is one old/new pair of Naming.NameReplacer.
type Replacement struct {
	From, To string
}

// replacer returns the strings.Replacer of the pairs, or nil for none.
func (n Naming) replacer() *strings.Replacer {
	if len(n.NameReplacer) == 0 {
		return nil
	}
	var pairs []string
	for _, r := range n.NameReplacer {
		pairs = append(pairs, r.From, r.To)
	}
	return strings.NewReplacer(pairs...)
}

// Config says what to load.
type Config struct {
	// Dirs are Go package directories, relative to the current directory or
	// absolute. Each may belong to any Go module: it is loaded from inside
	// its own directory.
	Dirs []string
	// Dialect picks the column types and naming limits.
	Dialect dburl.Dialect
	// Models, when set, pins the set of struct names that are models
	// instead of detecting them.
	Models []string
	Naming Naming
}

// Model is one struct that became a table, or a many2many join table.
type Model struct {
	Name    string         // Go type name; for a join table, the many2many: value
	Package string         // import path
	Pos     token.Position // the type, or the many2many field
	Table   string
}

// Result is what Load returns: the desired schema and the models behind it,
// both in declaration order (Dirs order, then source position).
type Result struct {
	Schema *schema.Schema
	Models []Model
	// Warnings are problems GORM tolerates, such as tag keys it ignores,
	// sorted by position. They never stop a load.
	Warnings ErrorList
}

// Load type-checks the packages in cfg.Dirs and turns their GORM models into
// an Atlas schema shaped the way GORM's AutoMigrate would create it on
// cfg.Dialect. Problems in the models come back together as an ErrorList.
func Load(ctx context.Context, cfg Config) (*Result, error) {
	d, err := newDialect(cfg.Dialect)
	if err != nil {
		return nil, err
	}
	if len(cfg.Dirs) == 0 {
		return nil, fmt.Errorf("load models: no package directories given")
	}
	roots, fset, err := loadPackages(ctx, cfg.Dirs)
	if err != nil {
		return nil, err
	}
	p := newParser(d, cfg.Naming, roots, fset)
	if errs := p.typeErrors(); len(errs) > 0 {
		return nil, errs.err()
	}
	cands := p.selectModels(cfg.Models)
	if len(p.errs) == 0 && len(cands) == 0 {
		return nil, fmt.Errorf("load models: no models found in %s (a model is an exported struct that embeds gorm.Model or has gorm tags; or list them in Models)", strings.Join(cfg.Dirs, ", "))
	}
	// Build even after errors, so that one run reports every problem.
	ms := p.parseAll(cands)
	s := p.build(ms)
	if len(p.errs) > 0 {
		return nil, p.errs.err()
	}
	p.warns.sort()
	return &Result{Schema: s, Models: modelList(ms), Warnings: p.warns}, nil
}

func modelList(ms []*structSchema) []Model {
	out := make([]Model, len(ms))
	for i, m := range ms {
		out[i] = Model{Name: m.Name, Package: m.PkgPath, Pos: m.Pos, Table: m.Table}
	}
	return out
}
