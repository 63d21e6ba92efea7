// Command synthgen writes a synthetic GORM models package in a module of its
// own, and the SQL that creates the same tables, for scripts/bench.sh:
//
//	go run ./internal/synth/synthgen -n 1000 -variant base -dir /tmp/gen -sql postgres,sqlite
//
// writes /tmp/gen/go.mod, /tmp/gen/go.sum (autogen's),
// /tmp/gen/models/models.go and, for each dialect named in -sql,
// /tmp/gen/schema.<dialect>.sql (see synth.SQL).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/synth"
)

func main() {
	n := flag.Int("n", 100, "number of tables")
	variant := flag.String("variant", "base", "base, or changed (1% of the tables altered)")
	dir := flag.String("dir", "", "output directory (required)")
	goSum := flag.String("gosum", "go.sum", "go.sum to copy, so the module resolves offline")
	dialects := flag.String("sql", "", "comma-separated dialects (postgres, sqlite, mysql) to write schema.<dialect>.sql for")
	flag.Parse()
	if err := write(*dir, *n, *variant, *goSum, *dialects); err != nil {
		fmt.Fprintln(os.Stderr, "synthgen:", err)
		os.Exit(1)
	}
}

func write(dir string, n int, variant, goSum, dialects string) error {
	if dir == "" {
		return fmt.Errorf("-dir is required")
	}
	v := synth.Base
	switch variant {
	case "base":
	case "changed":
		v = synth.Changed
	default:
		return fmt.Errorf("unknown variant %q (want base or changed)", variant)
	}
	sum, err := os.ReadFile(goSum)
	if err != nil {
		return err
	}
	pkg, err := synth.Write(dir, n, v, sum)
	if err != nil {
		return err
	}
	for _, d := range strings.FieldsFunc(dialects, func(r rune) bool { return r == ',' }) {
		ddl, err := synth.SQL(context.Background(), pkg, dburl.Dialect(d))
		if err != nil {
			return fmt.Errorf("plan %s: %w", d, err)
		}
		if err := os.WriteFile(filepath.Join(dir, "schema."+d+".sql"), []byte(ddl), 0o644); err != nil {
			return err
		}
	}
	return nil
}
