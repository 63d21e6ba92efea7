package main

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/autogen-dev/autogen/dburl"
)

// redactor knows the passwords of every database URL this run has seen
// (the arguments, DATABASE_URL, the config file's db) and replaces them,
// in every spelling dburl.Secrets lists, with "xxxxx". It is the one
// boundary between autogen and its stderr: errors, warnings and progress
// lines pass through it, whichever package wrote them and however it
// quoted the URL or the DSN made from it.
//
// stdout does not pass through it: it carries data (SQL, DDL, JSON) that
// never holds a URL, and that a password such as "postgres" would corrupt.
type redactor struct {
	mu       sync.Mutex
	secrets  []string // longest first
	replacer *strings.Replacer
}

// add takes the passwords of each database URL.
func (r *redactor) add(urls ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, u := range urls {
		for _, s := range dburl.Secrets(u) {
			if !slices.Contains(r.secrets, s) {
				r.secrets = append(r.secrets, s)
			}
		}
	}
	// Longest first: the replacer tries them in order at each position.
	slices.SortStableFunc(r.secrets, func(a, b string) int { return len(b) - len(a) })
	pairs := make([]string, 0, 2*len(r.secrets))
	for _, s := range r.secrets {
		pairs = append(pairs, s, "xxxxx")
	}
	r.replacer = strings.NewReplacer(pairs...)
}

// redact returns text with every known password replaced.
func (r *redactor) redact(text string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.replacer == nil {
		return text
	}
	return r.replacer.Replace(text)
}

// urlArgs returns the arguments that may hold a database URL: the value of
// --db, and any other with "://", since a URL given without --db comes
// back quoted in the error about the positional arguments. Other
// arguments are left out: a message such as "note: user@host" would read
// as a user and a password.
func urlArgs(args []string) []string {
	var out []string
	for i, a := range args {
		switch {
		case a == "--db" && i+1 < len(args):
			out = append(out, args[i+1])
		case strings.HasPrefix(a, "--db="):
			out = append(out, strings.TrimPrefix(a, "--db="))
		case strings.Contains(a, "://"):
			out = append(out, a)
		}
	}
	return out
}

// redactWriter writes to w through a redactor, a whole line at a time, so
// that a password split across two writes is still found. Flush writes
// what is left of an unfinished line.
type redactWriter struct {
	mu  sync.Mutex
	r   *redactor
	w   io.Writer
	buf []byte
}

func (rw *redactWriter) Write(p []byte) (int, error) {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	rw.buf = append(rw.buf, p...)
	i := bytes.LastIndexByte(rw.buf, '\n')
	if i < 0 {
		return len(p), nil
	}
	line := string(rw.buf[:i+1])
	rw.buf = slices.Clone(rw.buf[i+1:])
	if _, err := io.WriteString(rw.w, rw.r.redact(line)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes the unfinished line, if any.
func (rw *redactWriter) Flush() error {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	if len(rw.buf) == 0 {
		return nil
	}
	_, err := io.WriteString(rw.w, rw.r.redact(string(rw.buf)))
	rw.buf = nil
	return err
}
