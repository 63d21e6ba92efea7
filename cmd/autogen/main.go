// Command autogen generates, applies and checks database migrations for
// GORM models. See the README for the workflow.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
