package models

import (
	"fmt"
	"strings"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
)

// dialect maps GORM's data types to one database's DDL, as GORM's dialector
// for it does.
type dialect struct {
	name dburl.Dialect
	// maxIdent is the NamingStrategy's IdentifierMaxLength the dialector
	// installs: 63 for PostgreSQL (postgres@v1.6.3/postgres.go:54-75),
	// otherwise gorm.Open's 64 (gorm.go:178).
	maxIdent  int
	dataType  func(f *field) string
	parseType func(string) (colType, error)
}

func newDialect(d dburl.Dialect) (*dialect, error) {
	switch d {
	case dburl.Postgres:
		return &dialect{name: d, maxIdent: 63, dataType: postgresType, parseType: parsePostgresType}, nil
	case dburl.SQLite:
		return &dialect{name: d, maxIdent: 64, dataType: sqliteType, parseType: parseSQLiteType}, nil
	case dburl.MySQL:
		return &dialect{name: d, maxIdent: 64, dataType: mysqlType, parseType: parseMySQLType}, nil
	}
	return nil, fmt.Errorf("load models: unknown dialect %q (want postgres, sqlite or mysql)", d)
}

// parsePostgresType reads a PostgreSQL type spelling: the synonyms
// Atlas's postgres.ParseType does not know become the server's names
// (pgSpelling), and an unquoted name is folded to lower case, as the
// server does (type:VARCHAR(40), datatypes' "JSONB"), as Atlas compares
// type names as written. A serial type makes the column NOT NULL.
func parsePostgresType(s string) (colType, error) {
	t, err := postgres.ParseType(pgSpelling(foldType(s)))
	if err != nil {
		return colType{}, err
	}
	_, serial := t.(*postgres.SerialType)
	return colType{typ: t, autoIncrement: serial}, nil
}

func parseSQLiteType(s string) (colType, error) {
	t, err := sqlite.ParseType(s)
	return colType{typ: t}, err
}

func foldType(s string) string {
	if strings.ContainsAny(s, "\"`'") {
		return s
	}
	return strings.ToLower(s)
}

// postgresType is postgres@v1.6.3/postgres.go:210-306 (DataTypeOf).
func postgresType(f *field) string {
	switch f.DataType {
	case dtBool:
		return "boolean"
	case dtInt, dtUint:
		size := f.Size
		if f.DataType == dtUint {
			size++
		}
		return pgIntType(size, f.AutoIncrement)
	case dtFloat:
		if f.Precision > 0 {
			if f.Scale > 0 {
				return fmt.Sprintf("numeric(%d, %d)", f.Precision, f.Scale)
			}
			return fmt.Sprintf("numeric(%d)", f.Precision)
		}
		return "decimal"
	case dtString:
		if f.Size > 0 && f.Size <= 10485760 {
			return fmt.Sprintf("varchar(%d)", f.Size)
		}
		return "text"
	case dtTime:
		if f.Precision > 0 {
			return fmt.Sprintf("timestamptz(%d)", f.Precision)
		}
		return "timestamptz"
	case dtBytes:
		return "bytea"
	}
	if f.AutoIncrement && !strings.Contains(strings.ToLower(f.DataType), "serial") {
		// getSchemaCustomType widens by the Go type, not the DataType.
		size := f.Size
		if f.GORMDataType == dtUint {
			size++
		}
		return pgIntType(size, true)
	}
	return f.DataType
}

func pgIntType(size int, serial bool) string {
	names := [3]string{"smallint", "integer", "bigint"}
	if serial {
		names = [3]string{"smallserial", "serial", "bigserial"}
	}
	switch {
	case size <= 16:
		return names[0]
	case size <= 32:
		return names[1]
	}
	return names[2]
}

// sqliteType is sqlite@v1.6.0/sqlite.go:208-235. The auto-increment
// "integer PRIMARY KEY AUTOINCREMENT" is carried by sqlite.AutoIncrement
// on the column instead of the type text.
func sqliteType(f *field) string {
	switch f.DataType {
	case dtBool:
		return "numeric"
	case dtInt, dtUint:
		return "integer"
	case dtFloat:
		return "real"
	case dtString:
		return "text"
	case dtTime:
		if v, ok := f.Settings["TYPE"]; ok {
			return v
		}
		return "datetime"
	case dtBytes:
		return "blob"
	}
	return f.DataType
}

// mysqlType is mysql@v1.6.0/mysql.go:360-506 for MySQL 8 with GORM's
// default config (DefaultDatetimePrecision 3, no DefaultStringSize).
// AUTO_INCREMENT and datetime's NULL are carried by the column instead.
func mysqlType(f *field) string {
	switch f.DataType {
	case dtBool:
		return "boolean"
	case dtInt, dtUint:
		return mysqlInt(f)
	case dtFloat:
		if f.Precision > 0 {
			return fmt.Sprintf("decimal(%d, %d)", f.Precision, f.Scale)
		}
		if f.Size <= 32 {
			return "float"
		}
		return "double"
	case dtString:
		return mysqlString(f)
	case dtTime:
		// getSchemaTimeType: the default precision 3 applies only while
		// the field's precision is 0 and its (merged) PRECISION setting is
		// empty, so precision:abc or precision:-1 give a plain datetime.
		p := f.Precision
		if p == 0 && f.Settings["PRECISION"] == "" {
			p = 3
		}
		if p > 0 {
			return fmt.Sprintf("datetime(%d)", p)
		}
		return "datetime"
	case dtBytes:
		switch {
		case f.Size > 0 && f.Size < 65536:
			return fmt.Sprintf("varbinary(%d)", f.Size)
		case f.Size >= 65536 && f.Size <= 1<<24:
			return "mediumblob"
		}
		return "longblob"
	}
	return f.DataType
}

func mysqlInt(f *field) string {
	var t string
	switch {
	case f.Size <= 8:
		t = "tinyint"
	case f.Size <= 16:
		t = "smallint"
	case f.Size <= 24:
		t = "mediumint"
	case f.Size <= 32:
		t = "int"
	default:
		t = "bigint"
	}
	if f.DataType == dtUint {
		t += " unsigned"
	}
	return t
}

func mysqlString(f *field) string {
	size := f.Size
	if size == 0 {
		if f.PrimaryKey || f.HasDefault || f.Settings["INDEX"] != "" || f.Settings["UNIQUE"] != "" {
			size = 191
		}
	}
	switch {
	case size >= 65536 && size <= 1<<24:
		return "mediumtext"
	case size > 1<<24 || size <= 0:
		return "longtext"
	}
	return fmt.Sprintf("varchar(%d)", size)
}

// serial reports whether f's auto-increment reaches GORM's DDL. A
// GormDBDataType result is written as it is (migrator.go:79-88); the
// dialects' DataTypeOf honour AutoIncrement for int and uint, PostgreSQL
// and MySQL also for a verbatim type: (getSchemaCustomType), and none for
// the other abstract types.
func (d *dialect) serial(f *field) bool {
	if !f.AutoIncrement || f.goType.dbType[d.name] != "" {
		return false
	}
	switch f.DataType {
	case dtInt, dtUint:
		return true
	case dtBool, dtFloat, dtString, dtTime, dtBytes:
		return false
	}
	return d.name != dburl.SQLite
}

// autoIncrement marks an auto-increment column the way each Atlas driver
// plans it: a serial type on PostgreSQL (already in the type text), an
// attribute on SQLite and MySQL.
func (d *dialect) autoIncrement(c *schema.Column) {
	switch d.name {
	case dburl.SQLite:
		c.AddAttrs(&sqlite.AutoIncrement{})
	case dburl.MySQL:
		c.AddAttrs(&mysql.AutoIncrement{})
	}
}

// comment is the column comment GORM writes: PostgreSQL's COMMENT ON
// COLUMN takes field.Comment, the field's own tag
// (postgres@v1.6.3/migrator.go:216-241); MySQL's inline COMMENT takes
// TagSettings, so an embedded field inherits its embedding field's
// (mysql@v1.6.0/migrator.go:40-48); SQLite stores none.
func (d *dialect) comment(f *field) string {
	switch d.name {
	case dburl.Postgres:
		return f.Comment
	case dburl.MySQL:
		return f.Settings["COMMENT"]
	}
	return ""
}
