package models

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
)

// BenchmarkLoad loads a generated package of 300 models, each with ten
// columns, two indexes and a belongs-to to the previous model.
func BenchmarkLoad(b *testing.B) {
	dir := b.TempDir()
	var src strings.Builder
	src.WriteString("package gen\n\nimport \"time\"\n")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&src, "\ntype M%d struct {\n\tID uint `gorm:\"primaryKey\"`\n", i)
		fmt.Fprintf(&src, "\tName string `gorm:\"size:100;not null;index\"`\n\tEmail string `gorm:\"uniqueIndex;size:200\"`\n")
		fmt.Fprintf(&src, "\tA, B, C int\n\tD float64 `gorm:\"precision:10;scale:2\"`\n\tOn bool `gorm:\"default:true\"`\n\tCreatedAt time.Time\n")
		if i > 0 {
			fmt.Fprintf(&src, "\tParentID uint\n\tParent M%d `gorm:\"constraint:OnDelete:CASCADE\"`\n", i-1)
		}
		src.WriteString("}\n")
	}
	writeModule(b, dir, src.String())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: dburl.Postgres})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Schema.Tables) != 300 {
			b.Fatalf("%d tables", len(res.Schema.Tables))
		}
	}
}
