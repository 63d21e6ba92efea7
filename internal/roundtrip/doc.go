// Package roundtrip holds the round-trip tests of every change kind on
// PostgreSQL, SQLite and MariaDB/MySQL: from a schema made with SQL (v1)
// to another (v2), through autogen's whole path (introspect, diff, plan,
// render, migrate). Each case checks that the upgrade leaves nothing to
// diff, that the downgrade gives back v1's catalog exactly, and that the
// rows of untouched tables and columns are still there after both.
//
// v2 is made in a scratch database and read back, so these tests see the
// catalog's own spellings on both sides: what is under test is the diff
// and its plans. internal/gormdiff covers the models' side of the
// comparison.
//
// autogen's own introspection and diff cannot see their own blind spots,
// so each trip is judged a second time by internal/catalogdump, which
// shares no code with them: after the upgrade the database's dump must
// equal that of the scratch v2 database, after the downgrade that of v1
// as it was built. Where autogen is known to leave a different catalog,
// knownDumpDiffs (oracle_test.go) names the case and the reason; any other
// difference fails.
package roundtrip
