// Package bench holds the per-stage benchmarks of autogen on synthetic
// schemas (internal/synth) of 100, 1,000 and 5,000 tables: loading the
// models, reading the database (autogen's readers and, for comparison,
// Atlas's inspector), diffing and rendering. It has no non-test code;
// "go test ./..." runs none of it, "go test -bench . ./internal/bench"
// runs all of it. scripts/bench.sh times the whole processes.
package bench
