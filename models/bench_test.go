package models_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/synth"
	"github.com/autogen-dev/autogen/models"
)

// The benchmark is an external test: internal/synth imports models.

// BenchmarkLoad loads generated packages of 100 and 1,000 models
// (internal/synth: about twelve columns, an index, a unique index and a
// belongs-to each), warm: the Go build cache already holds what
// go/packages asks for. Target at 1,000: 300 ms or less.
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			mod := "module example.com/gen\n\ngo 1.22\n"
			if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "models.go"), []byte(synth.Models("gen", n, synth.Base)), 0o644); err != nil {
				b.Fatal(err)
			}
			load := func() {
				res, err := models.Load(context.Background(), models.Config{Dirs: []string{dir}, Dialect: dburl.Postgres})
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Schema.Tables) != n {
					b.Fatalf("%d tables, want %d", len(res.Schema.Tables), n)
				}
			}
			load() // warm the build cache
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				load()
			}
		})
	}
}
