package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/models"
	"github.com/autogen-dev/autogen/render"
)

// cmdModels prints what autogen loads from the models: which structs it took
// and the schema they make, as DDL or as JSON. It needs no database: the
// dialect comes from --dialect, or from the URL when one is set.
func cmdModels(ctx context.Context, e *env, args []string) error {
	var common commonFlags
	fs := newFlags(e, "models", &common)
	asJSON := fs.Bool("json", false, "print JSON (see README, autogen models) instead of DDL")
	dialect := fs.String("dialect", "", "postgres, sqlite or mysql (default: the database URL's)")
	if _, err := parse(fs, args, 0, 0, "no arguments"); err != nil {
		return err
	}
	s, err := common.resolve(e)
	if err != nil {
		return err
	}
	d, err := pickDialect(*dialect, s.db)
	if err != nil {
		return err
	}
	res, err := loadModels(ctx, e, s, d)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeModelsJSON(e.stdout, res, d)
	}
	return writeModelsDDL(e.stdout, res, d)
}

func pickDialect(flag, db string) (dburl.Dialect, error) {
	if flag != "" {
		switch d := dburl.Dialect(flag); d {
		case dburl.Postgres, dburl.SQLite, dburl.MySQL:
			return d, nil
		}
		return "", &exitError{code: 2, err: fmt.Errorf("models: unknown dialect %q (want postgres, sqlite or mysql)", flag)}
	}
	if db == "" {
		return "", errors.New("models: no dialect: pass --dialect or a database URL (--db, DATABASE_URL, db in autogen.toml)")
	}
	u, err := dburl.Parse(db)
	if err != nil {
		return "", err
	}
	return u.Dialect, nil
}

// loadModels loads the configured model packages for a dialect and prints
// the warnings (tags GORM ignores, and the like) to stderr.
func loadModels(ctx context.Context, e *env, s *settings, d dburl.Dialect) (*models.Result, error) {
	if len(s.models) == 0 {
		return nil, errors.New("no models directory: pass --models DIR or set models in autogen.toml")
	}
	res, err := models.Load(ctx, models.Config{Dirs: s.models, Dialect: d, Models: s.pin, Naming: s.naming.models()})
	if err != nil {
		return nil, err
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(e.stderr, "autogen: warning: %s:%d:%d: %s\n", displayPath(w.Pos.Filename), w.Pos.Line, w.Pos.Column, w.Msg)
	}
	return res, nil
}

func (n namingConfig) models() models.Naming {
	m := models.Naming{TablePrefix: n.TablePrefix, SingularTable: n.SingularTable, NoLowerCase: n.NoLowerCase}
	for _, r := range n.NameReplacer {
		m.NameReplacer = append(m.NameReplacer, models.Replacement{From: r.From, To: r.To})
	}
	return m
}

func writeModelsDDL(w io.Writer, res *models.Result, d dburl.Dialect) error {
	for _, m := range res.Models {
		fmt.Fprintf(w, "-- model %s.%s (%s:%d) -> table %q\n", m.Package, m.Name, displayPath(m.Pos.Filename), m.Pos.Line, m.Table)
	}
	var adds []schema.Change
	for _, t := range res.Schema.Tables {
		adds = append(adds, &schema.AddTable{T: t})
	}
	stmts, err := render.Plan(adds, d)
	if err != nil {
		return err
	}
	for _, st := range stmts {
		fmt.Fprintf(w, "%s;\n", strings.TrimRight(st.SQL, ";"))
	}
	return nil
}

// displayPath shows a file relative to the current directory when it is
// below it, as go vet does, and absolute otherwise.
func displayPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}
