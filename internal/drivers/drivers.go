// Package drivers registers the database/sql drivers autogen opens:
// "postgres" (lib/pq), "sqlite" (modernc.org/sqlite: pure Go, no cgo) and
// "mysql" (go-sql-driver/mysql). The autogen command and the tests import
// it for its side effect; library packages do not, so a program may
// register another driver under one of these names instead.
package drivers

import (
	_ "github.com/go-sql-driver/mysql" // registers "mysql"
	_ "github.com/lib/pq"              // registers "postgres"
	_ "modernc.org/sqlite"             // registers "sqlite"
)
