package synth

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/diff"
	"github.com/autogen-dev/autogen/models"
	"github.com/autogen-dev/autogen/render"
)

// Write writes a module of its own in dir: go.mod, the given go.sum (so
// that it resolves offline) and models/models.go with n models. It returns
// the models package directory.
func Write(dir string, n int, v Variant, goSum []byte) (string, error) {
	pkg := filepath.Join(dir, "models")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return "", err
	}
	files := map[string]string{
		filepath.Join(dir, "go.mod"):    GoMod("example.com/synth", "1.26", "v1.31.2"),
		filepath.Join(dir, "go.sum"):    string(goSum),
		filepath.Join(pkg, "models.go"): Models("models", n, v),
	}
	for name, content := range files {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			return "", err
		}
	}
	return pkg, nil
}

// SQL returns the statements that create the tables of the models package
// in pkg on dialect d, each ending in ";\n".
//
// It plans them the way autogen would (models.Load, diff.Schemas from an
// empty schema, render.Plan) instead of writing DDL by hand beside the
// models: the database it creates is then exactly what autogen's models
// describe, so "autogen check" finds it in sync and measures a real no-op,
// whatever type mappings models uses now or later.
func SQL(ctx context.Context, pkg string, d dburl.Dialect) (string, error) {
	res, err := models.Load(ctx, models.Config{Dirs: []string{pkg}, Dialect: d})
	if err != nil {
		return "", err
	}
	changes, err := diff.Schemas(schema.New(res.Schema.Name), res.Schema, d)
	if err != nil {
		return "", err
	}
	stmts, err := render.Plan(changes, d)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, s := range stmts {
		stmt := strings.TrimSpace(s.SQL)
		if !strings.HasSuffix(stmt, ";") {
			stmt += ";"
		}
		fmt.Fprintln(&b, stmt)
	}
	return b.String(), nil
}
