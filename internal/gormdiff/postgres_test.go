package gormdiff

import (
	"testing"

	_ "github.com/lib/pq" // "postgres", for autogen's side
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

func TestPostgres(t *testing.T) {
	for _, s := range suites {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			runSuite(t, s, dburl.Postgres, func(t *testing.T) (func() gorm.Dialector, string) {
				url := testdb.Postgres(t)
				return func() gorm.Dialector { return postgres.Open(url) }, url
			})
		})
	}
}
