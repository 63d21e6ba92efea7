// Package render turns the changes of package diff into migration files:
// SQL statements planned by Atlas's per-dialect planner, each with a
// one-line comment, laid out in autogen's native file format.
//
// It returns files as data and writes nothing; the revision id and the
// creation time come from the caller, so output is a pure function of the
// input. It imports dburl, hazard (whose flags it writes as
// "-- hazard: CODE: text" lines, guards and summaries) and Atlas, never
// models, introspect or migrate.
package render
