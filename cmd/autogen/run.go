package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/spf13/pflag"
)

// exitError carries the exit code a command wants besides 0 and 1.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// env is what a command sees of the world: its streams and environment.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// secrets hides the database passwords in what reaches stderr
	// (redact.go); resolve adds the config file's URL to it.
	secrets *redactor
}

type command struct {
	name, args, summary string
	run                 func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		{"init", "", "write autogen.toml and the migrations directory", cmdInit},
		{"revision", "[--autogenerate] -m MESSAGE", "write a new migration file", cmdRevision},
		{"upgrade", "TARGET", "apply migrations up to TARGET (head, +N, a revision)", cmdUpgrade},
		{"downgrade", "TARGET", "revert migrations down to TARGET (-N, base, a revision)", cmdDowngrade},
		{"current", "", "print the database's current revision", cmdCurrent},
		{"history", "", "list the revisions, newest first", cmdHistory},
		{"heads", "", "list the head revisions", cmdHeads},
		{"stamp", "TARGET", "set the database's revision without running migrations", cmdStamp},
		{"check", "", "exit 0 if the models match the database, 1 on drift, 2 on error", cmdCheck},
		{"diff", "[--json]", "print the changes between the models and the database", cmdDiff},
		{"models", "[--json] [--dialect D]", "print the structs taken as models and the schema they make", cmdModels},
	}
}

// run is the whole program: main passes the arguments and streams.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	secrets := &redactor{}
	errOut := &redactWriter{r: secrets, w: stderr}
	defer errOut.Flush()
	e := &env{stdin: stdin, stdout: stdout, stderr: errOut, getenv: os.Getenv, secrets: secrets}
	secrets.add(e.getenv("DATABASE_URL"))
	secrets.add(urlArgs(args)...)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return exitCode(c.run(context.Background(), e, args[1:]), errOut)
		}
	}
	fmt.Fprintf(errOut, "autogen: unknown command %q\n", args[0])
	usage(errOut)
	return 2
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, pflag.ErrHelp) {
		return 0
	}
	fmt.Fprintf(stderr, "autogen: %v\n", err)
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: autogen COMMAND [flags]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %-28s %s\n", c.name, c.args, c.summary)
	}
	fmt.Fprintln(w, "\nflags on every command: --models DIR, --model NAME, --db URL, --dir DIR, --config FILE")
	fmt.Fprintln(w, "run 'autogen COMMAND --help' for a command's flags")
}

// newFlags makes a command's flag set with the common flags registered.
func newFlags(e *env, name string, common *commonFlags) *pflag.FlagSet {
	fs := pflag.NewFlagSet("autogen "+name, pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	common.register(fs)
	return fs
}

// parse parses flags and returns the positional arguments, checking their
// count.
func parse(fs *pflag.FlagSet, args []string, min, max int, what string) ([]string, error) {
	args, relative := splitRelative(args)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil, err
		}
		return nil, &exitError{code: 2, err: err}
	}
	pos := append(fs.Args(), relative...)
	if len(pos) < min || len(pos) > max {
		return nil, &exitError{code: 2, err: fmt.Errorf("%s: want %s, got %q", strings.TrimPrefix(fs.Name(), "autogen "), what, strings.Join(pos, " "))}
	}
	return pos, nil
}

var relativeTarget = regexp.MustCompile(`^-[0-9]+$`)

// splitRelative takes out the relative targets such as -1 that pflag would
// read as shorthand flags: `autogen downgrade -1` is Alembic's spelling.
func splitRelative(args []string) (rest, relative []string) {
	for i, a := range args {
		if a == "--" {
			return append(rest, args[i:]...), relative
		}
		if relativeTarget.MatchString(a) {
			relative = append(relative, a)
			continue
		}
		rest = append(rest, a)
	}
	return rest, relative
}
