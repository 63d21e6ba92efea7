// Package hazard says what a migration can hurt and what autogen could not
// see. It adopts the taxonomy of research/hazards.md: data loss (DL),
// data-dependent failures (DF), silent data changes (SD), table rewrites
// (RW), blocking locks (LK), transaction hazards (TX), backward
// incompatibility (BC), irreversible downgrades (IR) and performance (PF).
//
// Analyze is pure: it reads the changes of package diff (and the schemas
// they were taken from) and returns a Report of Flags, each tied to the
// top-level change it belongs to. Live then runs bounded, read-only
// queries against the database the changes were diffed from and puts the
// numbers into the flags' texts: how many duplicate values a new unique
// index meets, how many NULLs a new NOT NULL meets, how many rows a drop
// loses. A data-dependent flag the data clears (0 rows) stays in the
// report as info, because the data may change before the migration runs;
// its Guard, rendered into the migration by package render, fails the
// migration early if it does.
//
// It imports dburl, sqlsafe (every name in its queries is escaped),
// diff (for its possible renames, DL103) and Atlas only: it is downstream of diff, which never imports it. It never writes
// to a database: every live query is a SELECT inside a read-only
// transaction where the dialect has one, bounded by a statement timeout.
package hazard
