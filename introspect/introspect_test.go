package introspect

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

func TestSchema(t *testing.T) {
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.SQLite} {
		t.Run(string(d), func(t *testing.T) {
			raw := testdb.SQLite(t.TempDir())
			if d == dburl.Postgres {
				raw = testdb.Postgres(t)
			}
			u, err := dburl.Parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			db, err := dburl.Open(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			for _, stmt := range []string{
				`CREATE TABLE autogen_version (version_num varchar(32) NOT NULL PRIMARY KEY)`,
				`CREATE TABLE users (id integer PRIMARY KEY, email varchar(255) NOT NULL, secret text)`,
				`CREATE UNIQUE INDEX idx_users_email ON users (email)`,
				`CREATE TABLE posts (id integer PRIMARY KEY, user_id integer REFERENCES users (id))`,
			} {
				if _, err := db.ExecContext(ctx, stmt); err != nil {
					t.Fatalf("%s: %v", stmt, err)
				}
			}
			s, err := Schema(ctx, db, d, Options{Exclude: []string{"users.secret"}})
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, tbl := range s.Tables {
				names = append(names, tbl.Name)
			}
			slices.Sort(names)
			if !slices.Equal(names, []string{"posts", "users"}) {
				t.Errorf("tables = %v, want posts and users without the version table", names)
			}
			users, _ := s.Table("users")
			if _, ok := users.Column("secret"); ok {
				t.Error("excluded column users.secret was read")
			}
			if _, ok := users.Index("idx_users_email"); !ok || len(users.Columns) != 2 {
				t.Errorf("users read as %d columns, index found %v", len(users.Columns), ok)
			}
			posts, _ := s.Table("posts")
			if len(posts.ForeignKeys) != 1 || posts.ForeignKeys[0].RefTable.Name != "users" {
				t.Errorf("posts foreign keys = %v", posts.ForeignKeys)
			}
		})
	}
}

func TestSchemaMySQLNotYet(t *testing.T) {
	_, err := Driver(nil, dburl.MySQL)
	if !errors.Is(err, dburl.ErrUnsupported) {
		t.Errorf("Driver(mysql) = %v, want ErrUnsupported", err)
	}
}
