// Package hint holds the schema attributes that carry the models' intent
// to package diff beyond what a schema states: that a table or a column
// was renamed, and from what.
//
// It is a leaf: package models attaches these attributes to the schema it
// builds and package diff reads them, and neither imports the other. It
// imports only Atlas's schema package.
package hint
