package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/migrate"
)

func cmdInit(ctx context.Context, e *env, args []string) error {
	var common commonFlags
	fs := newFlags(e, "init", &common)
	if _, err := parse(fs, args, 0, 0, "no arguments"); err != nil {
		return err
	}
	path := first(common.config, defaultConfig)
	dir := first(common.dir, "migrations")
	modelsDir := "./models"
	if len(common.models) > 0 {
		modelsDir = common.models[0]
	}
	db := first(common.db, "sqlite://app.db")
	if dburl.Redact(db) != db {
		fmt.Fprintln(e.stderr, "The URL holds a password: it is left out of the config file; set DATABASE_URL instead.")
		db = ""
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("init: %w", err)
	}
	fmt.Fprintf(e.stdout, "Creating directory %s ... done\n", dir)
	content := fmt.Sprintf(configTemplate, modelsDir, dir, db)
	if err := writeNewFile(path, []byte(content)); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("init: %s already exists; remove it or pass --config to write another file", path)
		}
		return fmt.Errorf("init: %w", err)
	}
	fmt.Fprintf(e.stdout, "Generating %s ... done\n", path)
	fmt.Fprintf(e.stdout, "Edit %s to point at your models and database, then run 'autogen revision --autogenerate -m \"first\"'.\n", path)
	return nil
}

func cmdRevision(ctx context.Context, e *env, args []string) error {
	var common commonFlags
	fs := newFlags(e, "revision", &common)
	auto := fs.Bool("autogenerate", false, "compare the models with the database and write the changes")
	msg := fs.StringP("message", "m", "", "message of the revision")
	revID := fs.String("rev-id", "", "revision id to use instead of a random one")
	var hz hazardFlags
	hz.register(fs)
	if _, err := parse(fs, args, 0, 0, "no arguments besides flags"); err != nil {
		return err
	}
	if err := hz.parse(); err != nil {
		return err
	}
	if strings.TrimSpace(*msg) == "" {
		return &exitError{code: 2, err: errors.New("revision: a message is required: -m \"what changes\"")}
	}
	s, err := common.resolve(e)
	if err != nil {
		return err
	}
	graph, err := loadGraphOrEmpty(s.dir)
	if err != nil {
		return err
	}
	heads := graph.Heads()
	if len(heads) > 1 {
		return errors.New("Multiple heads are present; please specify the head revision on which the new revision should be based, or perform a merge.")
	}
	id := first(*revID, newRevisionID())
	if _, err := graph.Get(id); err == nil {
		return fmt.Errorf("revision: id %q is already used in %s", id, s.dir)
	}
	meta := revisionMeta{id: id, parents: heads, message: *msg, created: time.Now().UTC().Format(time.RFC3339)}
	if !*auto {
		return writeRevision(e, s, meta, nil)
	}
	return autogenerate(ctx, e, s, graph, meta, &hz)
}

func newRevisionID() string {
	b := make([]byte, 6)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func cmdUpgrade(ctx context.Context, e *env, args []string) error {
	return runMove(ctx, e, "upgrade", args, func(r *migrate.Runner, target string) error {
		return r.Upgrade(ctx, target)
	})
}

func cmdDowngrade(ctx context.Context, e *env, args []string) error {
	return runMove(ctx, e, "downgrade", args, func(r *migrate.Runner, target string) error {
		return r.Downgrade(ctx, target)
	})
}

// runMove runs upgrade, downgrade or stamp. Upgrade and downgrade take
// --sql: they write the script to stdout instead of connecting, as
// Alembic's offline mode does, and the target may then be a range FROM:TO.
func runMove(ctx context.Context, e *env, name string, args []string, do func(*migrate.Runner, string) error) error {
	var common commonFlags
	fs := newFlags(e, name, &common)
	offline := new(bool)
	if name != "stamp" {
		fs.BoolVar(offline, "sql", false, "write the SQL to stdout instead of running it (target FROM:TO)")
	}
	pos, err := parse(fs, args, 1, 1, "one target")
	if err != nil {
		return err
	}
	s, err := common.resolve(e)
	if err != nil {
		return err
	}
	if *offline {
		return writeOffline(e, s, name, pos[0])
	}
	r, closeDB, err := openRunner(ctx, e, s, false)
	if err != nil {
		return err
	}
	defer closeDB()
	return do(r, pos[0])
}

func writeOffline(e *env, s *settings, direction, target string) error {
	u, err := dburl.Parse(s.db)
	if err != nil {
		return err
	}
	graph, err := migrate.LoadDir(s.dir)
	if err != nil {
		return err
	}
	from, to, isRange := strings.Cut(target, ":")
	if !isRange {
		from, to = "", target
	}
	r := &migrate.Runner{Dialect: u.Dialect, Graph: graph, Log: e.stderr}
	return r.SQL(e.stdout, direction, from, to)
}

func cmdStamp(ctx context.Context, e *env, args []string) error {
	return runMove(ctx, e, "stamp", args, func(r *migrate.Runner, target string) error {
		return r.Stamp(ctx, target)
	})
}

func cmdCurrent(ctx context.Context, e *env, args []string) error {
	var common commonFlags
	fs := newFlags(e, "current", &common)
	if _, err := parse(fs, args, 0, 0, "no arguments"); err != nil {
		return err
	}
	s, err := common.resolve(e)
	if err != nil {
		return err
	}
	r, closeDB, err := openRunner(ctx, e, s, true)
	if err != nil {
		return err
	}
	defer closeDB()
	cur, err := r.Current(ctx)
	if err != nil {
		return err
	}
	heads := map[string]bool{}
	for _, h := range r.Graph.Heads() {
		heads[h] = true
	}
	for _, c := range cur {
		mark := ""
		if heads[c] {
			mark = " (head)"
		}
		fmt.Fprintf(e.stdout, "%s%s\n", c, mark)
	}
	return nil
}

func cmdHistory(ctx context.Context, e *env, args []string) error {
	graph, err := loadGraphOnly(e, "history", args)
	if err != nil {
		return err
	}
	heads := map[string]bool{}
	for _, h := range graph.Heads() {
		heads[h] = true
	}
	for _, rev := range graph.History() {
		parents := "<base>"
		if len(rev.Parents) > 0 {
			parents = strings.Join(rev.Parents, ", ")
		}
		mark := ""
		if heads[rev.ID] {
			mark = " (head)"
		}
		fmt.Fprintf(e.stdout, "%s -> %s%s, %s\n", parents, rev.ID, mark, rev.Message)
	}
	return nil
}

func cmdHeads(ctx context.Context, e *env, args []string) error {
	graph, err := loadGraphOnly(e, "heads", args)
	if err != nil {
		return err
	}
	for _, h := range graph.Heads() {
		fmt.Fprintf(e.stdout, "%s (head)\n", h)
	}
	return nil
}

func loadGraphOnly(e *env, name string, args []string) (*migrate.Graph, error) {
	var common commonFlags
	fs := newFlags(e, name, &common)
	if _, err := parse(fs, args, 0, 0, "no arguments"); err != nil {
		return nil, err
	}
	s, err := common.resolve(e)
	if err != nil {
		return nil, err
	}
	return migrate.LoadDir(s.dir)
}

// openDB parses and opens the database URL of the settings.
func openDB(ctx context.Context, s *settings) (*dburl.URL, *sql.DB, error) {
	u, err := dburl.Parse(s.db)
	if err != nil {
		return nil, nil, err
	}
	db, err := dburl.Open(ctx, u)
	if err != nil {
		return nil, nil, err
	}
	return u, db, nil
}

// openRunner reads the migrations and connects. Only current may run
// before the migrations directory exists.
func openRunner(ctx context.Context, e *env, s *settings, allowNoDir bool) (*migrate.Runner, func(), error) {
	load := migrate.LoadDir
	if allowNoDir {
		load = loadGraphOrEmpty
	}
	graph, err := load(s.dir)
	if err != nil {
		return nil, nil, err
	}
	u, db, err := openDB(ctx, s)
	if err != nil {
		return nil, nil, err
	}
	r := &migrate.Runner{DB: db, Dialect: u.Dialect, Graph: graph, Log: e.stderr}
	return r, func() { db.Close() }, nil
}

// loadGraphOrEmpty reads the migrations directory; a directory not made
// yet is an empty history, as a first revision or check expects.
func loadGraphOrEmpty(dir string) (*migrate.Graph, error) {
	graph, err := migrate.LoadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return migrate.NewGraph(nil)
	}
	return graph, err
}
