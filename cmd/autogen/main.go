// Command autogen generates, applies and checks database migrations for
// GORM models. See the README for the workflow.
package main

import (
	"os"

	_ "github.com/autogen-dev/autogen/internal/drivers" // database/sql drivers
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
