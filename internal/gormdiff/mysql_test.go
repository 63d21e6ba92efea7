package gormdiff

import (
	"testing"

	"gorm.io/driver/mysql"
	"gorm.io/gorm"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

// TestMySQL runs on MariaDB or MySQL (testdb.MySQLAdmin).
func TestMySQL(t *testing.T) {
	for _, s := range suites {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			runSuite(t, s, dburl.MySQL, func(t *testing.T) (func() gorm.Dialector, string) {
				url := testdb.MySQL(t)
				u, err := dburl.Parse(url)
				if err != nil {
					t.Fatal(err)
				}
				return func() gorm.Dialector { return mysql.Open(u.DSN) }, url
			})
		})
	}
}
