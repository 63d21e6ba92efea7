// Package sqlsafe writes names and texts into SQL so that none of them can
// end the quote it is in and run SQL of its own.
//
// Names come from model code written by many hands (a dependency's models,
// a generated package) and from the catalog; texts are comments and enum
// labels. Atlas's planners, at the version autogen pins, write an
// identifier between quotes without doubling the quote character inside it
// (sqlx.Builder.Ident) and pass an already-quoted-looking text through
// unchanged, so Plan runs them over placeholder names and puts the real
// ones back with this package's own escaping. Fragment checks the SQL
// expressions a model spells out itself (checks, defaults, types, index
// expressions and predicates) stay one expression.
//
// sqlsafe imports only dburl among autogen's packages; models, devdb,
// render and hazard use it.
package sqlsafe
