package render

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// File is a rendered migration file: a name relative to the migrations
// directory and its content.
type File struct {
	Name    string
	Content []byte
}

// Revision is what the native format's header says about a migration.
type Revision struct {
	ID      string
	Parents []string // empty for the first revision
	Message string
	Created string // RFC 3339, chosen by the caller
	Dialect string // for the reader of the file only
	// Hazards, when set, adds the hazard summary and the "Not compared"
	// section after the header, and the down section's note on data it
	// cannot restore. The flags themselves ride on the statements.
	Hazards *hazard.Report
}

// Native renders a migration in autogen's native format: one SQL file with
// a header, an Up section and a Down section. migrate.ParseFile reads it.
func Native(rev Revision, up, down []Statement) File {
	var b strings.Builder
	parents := "<base>"
	if len(rev.Parents) > 0 {
		parents = strings.Join(rev.Parents, ", ")
	}
	fmt.Fprintf(&b, "-- autogen:revision %s\n", rev.ID)
	fmt.Fprintf(&b, "-- autogen:revises %s\n", parents)
	fmt.Fprintf(&b, "-- autogen:message %s\n", oneLine(rev.Message))
	fmt.Fprintf(&b, "-- autogen:created %s\n", rev.Created)
	if rev.Dialect != "" {
		fmt.Fprintf(&b, "-- Generated for %s. Review it before you apply it.\n", rev.Dialect)
	}
	if rev.Dialect == "sqlite" {
		b.WriteString("-- SQLite: the runner turns foreign keys off around this file and runs\n")
		b.WriteString("-- PRAGMA foreign_key_check before it commits, so table rebuilds keep child rows.\n")
	}
	if rev.Dialect == "mysql" {
		b.WriteString("-- MySQL and MariaDB DDL is not transactional: each statement commits on its own.\n")
		b.WriteString("-- If one fails, the ones before it stay applied and the runner records the\n")
		b.WriteString("-- revision as half-applied in autogen_dirty until it is fixed by hand.\n")
	}
	if rev.Dialect == "" && len(up) == 0 && len(down) == 0 {
		// revision -m: a file for the user to write, such as a data migration.
		b.WriteString("-- Written by hand: put the SQL of this step after \"-- autogen:up\" and the SQL\n")
		b.WriteString("-- that undoes it after \"-- autogen:down\"; end each statement with \";\".\n")
	}
	writeReport(&b, rev.Hazards)
	b.WriteString("\n-- autogen:up\n")
	writeStatements(&b, up)
	b.WriteString("\n-- autogen:down\n")
	downNote(&b, rev.Hazards)
	writeStatements(&b, down)
	return File{Name: rev.ID + "_" + Slug(rev.Message) + ".sql", Content: []byte(b.String())}
}

func writeStatements(b *strings.Builder, stmts []Statement) {
	for _, s := range stmts {
		for _, f := range s.Hazards {
			fmt.Fprintf(b, "-- hazard: %s: %s\n", f.Code, oneLine(f.Text))
		}
		if s.Comment != "" {
			fmt.Fprintf(b, "-- %s\n", oneLine(s.Comment))
		}
		sql := strings.TrimRight(strings.TrimSpace(s.SQL), ";")
		fmt.Fprintf(b, "%s;\n", sql)
	}
}

var nonWord = regexp.MustCompile(`\W+`)

// Slug makes the file-name part of a message the way Alembic does: word
// characters kept, runs of others turned into "_", cut at 40 characters.
func Slug(message string) string {
	s := strings.Trim(nonWord.ReplaceAllString(strings.ToLower(message), "_"), "_")
	if len(s) > 40 {
		s = strings.TrimRight(s[:40], "_")
	}
	if s == "" {
		s = "revision"
	}
	return s
}

// oneLine keeps a text on its "--" comment line: a name from a model may
// hold a newline or another control character.
func oneLine(s string) string {
	return sqlsafe.Display(strings.Join(strings.Fields(s), " "))
}
