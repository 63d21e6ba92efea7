// Package hint holds the schema attributes that carry the models' intent
// to package diff beyond what a schema states: that a table or a column
// was renamed, and from what; and what Atlas's schema values cannot hold
// but packages must share: the sequence of a PostgreSQL serial column
// (Sequence, which introspect reads) and the change that retypes it
// (AlterSequence, which diff returns and render and hazard read).
//
// It is a leaf: package models attaches these attributes to the schema it
// builds and package diff reads them, and neither imports the other. It
// imports only Atlas's schema package.
package hint
