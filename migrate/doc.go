// Package migrate owns autogen's migration files and their application:
// it parses the native migration format (ParseFile, LoadDir), builds the
// revision graph with Alembic's rules (heads, bases, targets such as
// "head", "+1", "-2", "base" and id prefixes), and moves a database
// between revisions (Runner), keeping one row per current head in the
// autogen_version table. It also writes the same moves as an offline
// script (Runner.SQL).
//
// Each revision runs in one transaction together with its version-row
// change, so a failure leaves the database at the previous revision. On
// SQLite every revision runs with foreign keys off and ends with
// PRAGMA foreign_key_check (SQLite's 12-step table rebuild). PostgreSQL
// runs are serialized by an advisory lock, MySQL runs by GET_LOCK, SQLite
// revisions by BEGIN IMMEDIATE; a run that waited plans from what it finds,
// so the last of concurrent runs says there is nothing left to do and
// succeeds on every dialect, and one that waits longer than LockWait fails
// with ErrLocked naming the revision the database is at.
//
// MySQL and MariaDB commit every DDL statement on their own, so there a
// revision runs statement by statement with its progress kept in the
// autogen_dirty table (DirtyTable): a failure part-way names the
// statements that stay applied, and later runs refuse (DirtyError) until
// autogen stamp says the database is whole again.
//
// It is, with cmd/autogen, the only package that writes to a database. It
// imports dburl and database drivers only: never models, introspect, diff
// or render, whose output reaches it as files on disk. It has no clock and
// no randomness; the caller picks revision ids and times.
package migrate
