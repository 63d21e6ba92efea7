package models

import (
	"os"
	"path/filepath"
	"testing"
)

// writeModule writes a one-file module that needs no dependencies.
func writeModule(t testing.TB, dir, src string) {
	t.Helper()
	files := map[string]string{
		"go.mod":    "module example.com/tmp\n\ngo 1.22\n",
		"models.go": src,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
