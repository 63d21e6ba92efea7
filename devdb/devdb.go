package devdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"fmt"
	"slices"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// Normalize returns a copy of desired in which the expressions of checks,
// index predicates and expression index parts are spelled as db's server
// stores them. desired is not changed. When no table has such an
// expression it returns desired itself and touches no database. On SQLite,
// which stores expressions as written, it returns desired itself after
// SQLite has parsed them in a scratch in-memory database.
func Normalize(ctx context.Context, db *sql.DB, d dburl.Dialect, desired *schema.Schema) (*schema.Schema, error) {
	tables := withExpressions(desired, d)
	if len(tables) == 0 {
		return desired, nil
	}
	if d == dburl.SQLite {
		// SQLite keeps expressions as written, so there is nothing to
		// respell; creating the tables still has SQLite parse them.
		if err := viaSQLite(ctx, db, tables); err != nil {
			return nil, fmt.Errorf("check expressions: %w", err)
		}
		return desired, nil
	}
	var (
		read *schema.Schema
		err  error
	)
	switch d {
	case dburl.Postgres:
		read, err = viaPostgres(ctx, db, tables)
	case dburl.MySQL:
		read, err = viaMySQL(ctx, db, tables)
	default:
		return nil, fmt.Errorf("normalize expressions on %s: %w", d, dburl.ErrUnsupported)
	}
	if err != nil {
		return nil, fmt.Errorf("normalize expressions: %w", err)
	}
	return respell(desired, read), nil
}

// withExpressions copies the tables that carry an expression, without
// what could fail to create in isolation and is not read back: foreign
// keys (their targets are not there), defaults and comments.
func withExpressions(s *schema.Schema, d dburl.Dialect) []*schema.Table {
	var out []*schema.Table
	for _, t := range s.Tables {
		if !hasExpression(t) {
			continue
		}
		nt := &schema.Table{Name: t.Name}
		for _, a := range t.Attrs {
			if c, ok := a.(*schema.Check); ok {
				nt.Attrs = append(nt.Attrs, c)
			}
		}
		cols := map[*schema.Column]*schema.Column{}
		for _, c := range t.Columns {
			nc := &schema.Column{Name: c.Name, Type: c.Type}
			if d == dburl.MySQL {
				nc.Attrs = slices.DeleteFunc(slices.Clone(c.Attrs), func(a schema.Attr) bool {
					_, ok := a.(*schema.Comment)
					return ok
				})
			}
			cols[c] = nc
			nt.AddColumns(nc)
		}
		if t.PrimaryKey != nil {
			nt.SetPrimaryKey(copyIndex(t.PrimaryKey, nt, cols))
		}
		for _, idx := range t.Indexes {
			nt.AddIndexes(copyIndex(idx, nt, cols))
		}
		out = append(out, nt)
	}
	return out
}

func copyIndex(idx *schema.Index, t *schema.Table, cols map[*schema.Column]*schema.Column) *schema.Index {
	ni := &schema.Index{Name: idx.Name, Unique: idx.Unique, Table: t, Attrs: idx.Attrs}
	for _, p := range idx.Parts {
		np := *p
		if p.C != nil {
			np.C = cols[p.C]
		}
		ni.Parts = append(ni.Parts, &np)
	}
	return ni
}

func hasExpression(t *schema.Table) bool {
	for _, a := range t.Attrs {
		if _, ok := a.(*schema.Check); ok {
			return true
		}
	}
	for _, idx := range t.Indexes {
		if predicate(idx.Attrs) != "" {
			return true
		}
		for _, p := range idx.Parts {
			if p.X != nil {
				return true
			}
		}
	}
	return false
}

func predicate(attrs []schema.Attr) string {
	for _, a := range attrs {
		switch a := a.(type) {
		case *postgres.IndexPredicate:
			return a.P
		case *sqlite.IndexPredicate:
			return a.P
		}
	}
	return ""
}

// viaPostgres creates the tables in a schema of its own inside a
// transaction, reads them back and rolls everything back.
func viaPostgres(ctx context.Context, db *sql.DB, tables []*schema.Table) (*schema.Schema, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	name := scratchName()
	if _, err := tx.ExecContext(ctx, "CREATE SCHEMA "+sqlsafe.Ident(dburl.Postgres, name)); err != nil {
		return nil, err
	}
	drv, err := postgres.Open(tx)
	if err != nil {
		return nil, err
	}
	return createAndRead(ctx, dburl.Postgres, drv, tx, name, tables)
}

// viaSQLite creates the tables in a new in-memory database opened
// through db's own driver, so nothing reaches db's file. (An attached
// :memory: schema would not do: SQLite resolves CREATE INDEX ... ON t in
// main, and Atlas does not qualify an index's table.)
func viaSQLite(ctx context.Context, db *sql.DB, tables []*schema.Table) error {
	scratch := sql.OpenDB(memoryConnector{db.Driver()})
	defer scratch.Close()
	conn, err := scratch.Conn(ctx)
	if err != nil {
		return fmt.Errorf("open a scratch database: %w", err)
	}
	defer conn.Close()
	drv, err := sqlite.Open(conn)
	if err != nil {
		return err
	}
	return create(ctx, dburl.SQLite, drv, conn, "main", tables)
}

// memoryConnector opens SQLite's :memory: database with a driver.
type memoryConnector struct{ d driver.Driver }

func (c memoryConnector) Connect(context.Context) (driver.Conn, error) { return c.d.Open(":memory:") }
func (c memoryConnector) Driver() driver.Driver                        { return c.d }

// viaMySQL creates the tables in a database of its own and drops it.
func viaMySQL(ctx context.Context, db *sql.DB, tables []*schema.Table) (_ *schema.Schema, err error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	name := scratchName()
	if _, err := conn.ExecContext(ctx, "CREATE DATABASE "+sqlsafe.Ident(dburl.MySQL, name)); err != nil {
		return nil, fmt.Errorf("create scratch database (autogen needs CREATE and DROP on a database of its own to compare expressions): %w", err)
	}
	defer func() {
		if _, derr := conn.ExecContext(context.WithoutCancel(ctx), "DROP DATABASE "+sqlsafe.Ident(dburl.MySQL, name)); derr != nil && err == nil {
			err = fmt.Errorf("drop scratch database %s: %w", name, derr)
		}
	}()
	drv, err := mysql.Open(conn)
	if err != nil {
		return nil, err
	}
	return createAndRead(ctx, dburl.MySQL, drv, conn, name, tables)
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func createAndRead(ctx context.Context, d dburl.Dialect, drv migrate.Driver, x execer, name string, tables []*schema.Table) (*schema.Schema, error) {
	if err := create(ctx, d, drv, x, name, tables); err != nil {
		return nil, err
	}
	return drv.InspectSchema(ctx, name, &schema.InspectOptions{Mode: schema.InspectTables})
}

// create creates the tables in the schema name.
func create(ctx context.Context, d dburl.Dialect, drv migrate.Driver, x execer, name string, tables []*schema.Table) error {
	s := schema.New(name)
	var changes []schema.Change
	for _, t := range tables {
		s.AddTables(t)
		changes = append(changes, &schema.AddTable{T: t})
	}
	plan, err := sqlsafe.Plan(ctx, d, drv, "normalize", changes, func(o *migrate.PlanOptions) {
		o.SchemaQualifier = &name
	})
	if err != nil {
		return err
	}
	for _, c := range plan.Changes {
		if _, err := x.ExecContext(ctx, c.Cmd, c.Args...); err != nil {
			return fmt.Errorf("%s: %w", c.Cmd, err)
		}
	}
	return nil
}

func scratchName() string {
	b := make([]byte, 6)
	rand.Read(b)
	return "autogen_scratch_" + hex.EncodeToString(b)
}
