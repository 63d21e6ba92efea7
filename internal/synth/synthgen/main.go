// Command synthgen writes a synthetic GORM models package in a module of its
// own, for scripts/bench.sh:
//
//	go run ./internal/synth/synthgen -n 1000 -variant base -dir /tmp/gen
//
// writes /tmp/gen/go.mod, /tmp/gen/go.sum (autogen's) and
// /tmp/gen/models/models.go.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/autogen-dev/autogen/internal/synth"
)

func main() {
	n := flag.Int("n", 100, "number of tables")
	variant := flag.String("variant", "base", "base, or changed (1% of the tables altered)")
	dir := flag.String("dir", "", "output directory (required)")
	goSum := flag.String("gosum", "go.sum", "go.sum to copy, so the module resolves offline")
	flag.Parse()
	if err := write(*dir, *n, *variant, *goSum); err != nil {
		fmt.Fprintln(os.Stderr, "synthgen:", err)
		os.Exit(1)
	}
}

func write(dir string, n int, variant, goSum string) error {
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
	if err := os.MkdirAll(filepath.Join(dir, "models"), 0o755); err != nil {
		return err
	}
	sum, err := os.ReadFile(goSum)
	if err != nil {
		return err
	}
	files := map[string]string{
		"go.mod":           synth.GoMod("example.com/synth", "1.26", "v1.31.2"),
		"go.sum":           string(sum),
		"models/models.go": synth.Models("models", n, v),
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}
