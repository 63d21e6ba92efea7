// Command autogen generates, applies and checks database migrations for
// GORM models. See the README for the workflow.
package main

import (
	"os"
	"runtime/debug"

	_ "github.com/autogen-dev/autogen/internal/drivers" // database/sql drivers
)

// memoryLimit is a soft limit for the Go heap unless GOMEMLIMIT sets one.
// The models' syntax trees and the catalog are alive at the same time, and
// with the default GC pacing a 5,000-table check peaked above 300 MB; near
// this limit the collector runs sooner instead (measured: 255 MB, same
// time). Small schemas never reach it.
const memoryLimit = 256 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
