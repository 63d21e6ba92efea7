// Package diff compares two schemas (the database's current one and the one
// the models want) into a typed, ordered list of changes.
//
// It is a pure function of its inputs: no context, no database, no clock.
// Each change holds whole objects (a dropped column is the whole column), so
// the downgrade is the same diff taken the other way. It imports dburl,
// hint (the models' rename hints, as schema attributes) and Atlas, never
// models, introspect, render or migrate.
package diff
