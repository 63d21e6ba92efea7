package introspect

import (
	"context"
	"database/sql"
	"slices"
	"testing"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/internal/testdb"
)

func TestSchema(t *testing.T) {
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.SQLite, dburl.MySQL} {
		t.Run(string(d), func(t *testing.T) {
			raw := testdb.SQLite(t.TempDir())
			switch d {
			case dburl.Postgres:
				raw = testdb.Postgres(t)
			case dburl.MySQL:
				raw = testdb.MySQL(t)
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
				`CREATE TABLE autogen_dirty (revision varchar(32) NOT NULL PRIMARY KEY)`,
				`CREATE TABLE users (id integer PRIMARY KEY, email varchar(255) NOT NULL, secret text)`,
				`CREATE UNIQUE INDEX idx_users_email ON users (email)`,
				// A table constraint: MySQL 8 parses and ignores REFERENCES
				// in a column definition.
				`CREATE TABLE posts (id integer PRIMARY KEY, user_id integer, FOREIGN KEY (user_id) REFERENCES users (id))`,
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
				t.Errorf("tables = %v, want posts and users without the version and dirty tables", names)
			}
			users, _ := s.Table("users")
			if _, ok := users.Column("secret"); ok {
				t.Error("excluded column users.secret was read")
			}
			if _, ok := users.Index("idx_users_email"); !ok || len(users.Columns) != 2 {
				t.Errorf("users read as %d columns, index found %v", len(users.Columns), ok)
			}
			if d == dburl.MySQL {
				wantNoCounter(t, ctx, db)
			}
			posts, _ := s.Table("posts")
			if len(posts.ForeignKeys) != 1 || posts.ForeignKeys[0].RefTable.Name != "users" {
				t.Errorf("posts foreign keys = %v", posts.ForeignKeys)
			}
		})
	}
}

// wantNoCounter checks that the next AUTO_INCREMENT value, which rows move,
// is not read as part of the schema.
func wantNoCounter(t *testing.T, ctx context.Context, db *sql.DB) {
	t.Helper()
	if _, err := db.ExecContext(ctx, "CREATE TABLE counted (id bigint AUTO_INCREMENT PRIMARY KEY)"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "INSERT INTO counted () VALUES (), (), ()"); err != nil {
		t.Fatal(err)
	}
	s, err := Schema(ctx, db, dburl.MySQL, Options{})
	if err != nil {
		t.Fatal(err)
	}
	counted, _ := s.Table("counted")
	if slices.ContainsFunc(counted.Attrs, func(a schema.Attr) bool { _, ok := a.(*mysql.AutoIncrement); return ok }) {
		t.Errorf("table counted keeps its AUTO_INCREMENT counter: %v", counted.Attrs)
	}
	id, _ := counted.Column("id")
	var ai mysql.AutoIncrement
	if !slices.ContainsFunc(id.Attrs, func(a schema.Attr) bool {
		p, ok := a.(*mysql.AutoIncrement)
		if ok {
			ai = *p
		}
		return ok
	}) || ai.V != 0 {
		t.Errorf("column counted.id: AUTO_INCREMENT attribute %+v, want it kept with no counter", ai)
	}
}
