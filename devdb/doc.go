// Package devdb lets the database spell the models' SQL expressions: it
// creates the desired tables that hold CHECK constraints, partial-index
// predicates or expression index parts in a throwaway namespace, reads
// them back and puts the catalog's text in place of the models' own.
// Package diff then compares catalog text with catalog text, where the
// rules of its text comparison could only guess: PostgreSQL writes
// status IN ('a','b') as (status)::text = ANY (ARRAY['a'::character
// varying, …]), MariaDB writes length(b) as octet_length(`b`). Atlas and
// pg-schema-diff do the same with a "dev database".
//
// On PostgreSQL the namespace is a schema made inside a transaction that is
// rolled back, so nothing is ever left behind; on MySQL and MariaDB, whose
// DDL commits, a database made and dropped again. SQLite stores the text as
// written and needs none of this.
//
// It imports dburl and Atlas, never models, introspect, diff or render.
package devdb
