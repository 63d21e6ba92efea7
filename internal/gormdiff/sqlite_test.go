package gormdiff

import (
	"path/filepath"
	"testing"

	"github.com/glebarez/sqlite" // registers "sqlite" (glebarez/go-sqlite), which dburl then opens too
	"gorm.io/gorm"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

func TestSQLite(t *testing.T) {
	for _, s := range suites {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			runSuite(t, s, dburl.SQLite, func(t *testing.T) (func() gorm.Dialector, string) {
				url := testdb.SQLite(t.TempDir())
				path := filepath.Clean(url[len("sqlite://"):])
				return func() gorm.Dialector { return sqlite.Open(path + "?_pragma=foreign_keys(1)") }, url
			})
		})
	}
}
