// Package gormdiff holds autogen's differential test against GORM: for each
// dialect GORM's own AutoMigrate creates the fixture models' schema in a
// fresh database, autogen introspects it and diffs it against what
// models.Load reads from the same source, and the diff must be empty; then
// AutoMigrate runs again and the diff must still be empty.
//
// The fixtures are a normal package (fixtures) so that the test binary
// hands GORM the real types while models.Load reads their source. The test
// brings GORM's drivers (pgx, glebarez/sqlite, go-sql-driver/mysql) and
// must not import internal/drivers: glebarez/go-sqlite registers the
// database/sql name "sqlite" that modernc.org/sqlite also takes.
package gormdiff
