package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
	"github.com/spf13/pflag"
)

// defaultConfig is the file autogen reads when --config is not given.
const defaultConfig = "autogen.toml"

// fileConfig is autogen.toml. It never needs a password: DATABASE_URL
// carries the URL where it holds one.
type fileConfig struct {
	Models []string     `toml:"models"`
	Model  []string     `toml:"model"`
	DB     string       `toml:"db"`
	Dir    string       `toml:"dir"`
	Naming namingConfig `toml:"naming"`
	// Include and Exclude are globs of table names autogen compares or
	// leaves alone; Schema is the PostgreSQL schema (default: the
	// connection's search_path).
	Include []string `toml:"include"`
	Exclude []string `toml:"exclude"`
	Schema  string   `toml:"schema"`
}

type namingConfig struct {
	TablePrefix   string            `toml:"table_prefix"`
	SingularTable bool              `toml:"singular_table"`
	NoLowerCase   bool              `toml:"no_lower_case"`
	NameReplacer  []replacementPair `toml:"name_replacer"`
}

// replacementPair is one old/new pair of GORM's NameReplacer, a
// strings.NewReplacer applied to struct and field names.
type replacementPair struct {
	From string `toml:"from"`
	To   string `toml:"to"`
}

// settings are the resolved options of one command: flag, then the
// environment (DATABASE_URL), then the config file, then defaults.
type settings struct {
	models []string
	pin    []string
	db     string
	dir    string
	naming namingConfig
	// include and exclude are table globs (diff.Tables).
	include, exclude []string
}

// commonFlags are the flags every command takes.
type commonFlags struct {
	models []string
	pin    []string
	db     string
	dir    string
	config string
	// include, exclude and schema narrow what is compared (scope.go).
	include, exclude []string
	schema           string
}

func (c *commonFlags) register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&c.models, "models", nil, "Go package directory holding the GORM models (repeatable)")
	fs.StringArrayVar(&c.pin, "model", nil, "struct to take as a model, pinning the set (repeatable)")
	fs.StringVar(&c.db, "db", "", "database URL (default $DATABASE_URL, then db in the config file)")
	fs.StringVar(&c.dir, "dir", "", "migrations directory (default \"migrations\")")
	fs.StringVar(&c.config, "config", "", "config file (default autogen.toml when present)")
	fs.StringArrayVar(&c.include, "include", nil, "compare only tables matching this glob (repeatable, or comma-separated)")
	fs.StringArrayVar(&c.exclude, "exclude", nil, "leave tables matching this glob alone (repeatable, or comma-separated)")
	fs.StringVar(&c.schema, "schema", "", "PostgreSQL schema to compare and migrate (default: the connection's search_path)")
}

func (c *commonFlags) resolve(e *env) (*settings, error) {
	fc, base, err := readConfig(c.config)
	if err != nil {
		return nil, err
	}
	// run has seen the flag and DATABASE_URL; the file's URL is new.
	e.secrets.add(fc.DB)
	s := &settings{naming: fc.Naming}
	s.models = pick(c.models, relTo(base, fc.Models))
	s.pin = pick(c.pin, fc.Model)
	s.db = first(c.db, e.getenv("DATABASE_URL"), fc.DB)
	s.dir = first(c.dir, relTo(base, []string{fc.Dir})[0], "migrations")
	s.include = pick(splitList(c.include), fc.Include)
	s.exclude = pick(splitList(c.exclude), fc.Exclude)
	if s.db, err = withSchema(s.db, first(c.schema, fc.Schema)); err != nil {
		return nil, err
	}
	return s, nil
}

// readConfig reads the config file and returns it with the directory its
// relative paths are taken from. A missing default file is no error.
func readConfig(path string) (*fileConfig, string, error) {
	explicit := path != ""
	if !explicit {
		path = defaultConfig
	}
	var fc fileConfig
	md, err := toml.DecodeFile(path, &fc)
	if errors.Is(err, fs.ErrNotExist) && !explicit {
		return &fc, "", nil
	}
	if err != nil {
		return nil, "", fmt.Errorf("read config %s: %w", path, err)
	}
	if undec := md.Undecoded(); len(undec) > 0 {
		return nil, "", fmt.Errorf("read config %s: unknown key %q", path, undec[0].String())
	}
	return &fc, filepath.Dir(path), nil
}

// relTo makes config paths relative to the config file's directory.
func relTo(base string, paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		if p != "" && base != "" && !filepath.IsAbs(p) {
			p = filepath.Join(base, p)
		}
		out[i] = p
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}

func pick(flag, file []string) []string {
	if len(flag) > 0 {
		return flag
	}
	var out []string
	for _, f := range file {
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

const configTemplate = `# autogen configuration: https://github.com/autogen-dev/autogen
#
# Keep passwords out of this file: set DATABASE_URL in the environment
# instead (it overrides db below). --db on the command line overrides both.

# Go package directories holding the GORM models, relative to this file.
models = [%q]

# Migrations directory, relative to this file.
dir = %q

# Database URL: postgres://user@host:5432/db?sslmode=disable,
# sqlite://relative/path.db or sqlite:///absolute/path.db.
db = %q

# Pin the set of structs taken as models (default: every exported struct
# that embeds gorm.Model or carries gorm tags).
# model = ["User", "Post"]

# Tables autogen leaves alone (globs), or the only ones it compares.
# exclude = ["legacy_*"]
# include = ["app_*"]

# PostgreSQL schema (default: the connection's search_path).
# schema = "app"

# GORM's NamingStrategy, as configured in your gorm.Config.
[naming]
table_prefix = ""
singular_table = false
no_lower_case = false
# NameReplacer: strings.NewReplacer("CID", "Cid") is written as
# name_replacer = [{from = "CID", to = "Cid"}]
`

func writeNewFile(path string, content []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(content); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
