package render

import (
	"fmt"
	"slices"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hazard"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// owners maps each planned statement to the top-level change it comes
// from. Atlas's planner sets migrate.Change.Source to the top-level
// change for most statements; a SQLite table rebuild plans its temporary
// table as an AddTable of "new_<t>" and copies rows with no Source at
// all, so those follow the table name or the statement before them. Its
// PostgreSQL ALTER TYPE … ADD VALUE has no Source either: it belongs to
// the ModifyObject of the enum type it names.
func owners(changes, sources []schema.Change, stmts []Statement) []schema.Change {
	out := make([]schema.Change, len(sources))
	var cur schema.Change
	for i, src := range sources {
		switch {
		case src == nil && enumOf(changes, stmts[i].SQL) != nil:
			cur = enumOf(changes, stmts[i].SQL)
		case src == nil:
		case slices.Contains(changes, src):
			cur = src
		case parentOf(changes, src) != nil:
			cur = parentOf(changes, src)
		default:
			name := strings.TrimPrefix(tableOf(src), "new_")
			for _, c := range changes {
				if tableOf(c) == name {
					cur = c
					break
				}
			}
		}
		out[i] = cur
	}
	return out
}

// enumOf returns the ModifyObject of changes whose enum type the ALTER
// TYPE statement sql names.
func enumOf(changes []schema.Change, sql string) schema.Change {
	rest, ok := strings.CutPrefix(sql, "ALTER TYPE ")
	name, _, found := strings.Cut(rest, " ADD VALUE ")
	if !ok || !found {
		return nil
	}
	for _, c := range changes {
		if m, ok := c.(*schema.ModifyObject); ok {
			if e, ok := m.To.(*schema.EnumType); ok && names(name, e.T) {
				return m
			}
		}
	}
	return nil
}

// parentOf returns the ModifyTable of changes that holds sub-change c:
// Atlas's SQLite planner gives the sub-change as the Source of an ALTER.
func parentOf(changes []schema.Change, c schema.Change) schema.Change {
	for _, x := range changes {
		if m, ok := x.(*schema.ModifyTable); ok && slices.Contains(m.Changes, c) {
			return m
		}
	}
	return nil
}

func tableOf(c schema.Change) string {
	switch c := c.(type) {
	case *schema.AddTable:
		return c.T.Name
	case *schema.DropTable:
		return c.T.Name
	case *schema.ModifyTable:
		return c.T.Name
	case *schema.RenameTable:
		return c.From.Name
	}
	return ""
}

// attach puts each flag on the statement it is about: the statement
// planned from its part, or for an index the statement that names the
// index; otherwise the first statement of its change. The first renamed
// statements are the renames Plan put first: they take only the flags of
// a rename, or of their whole change.
func attach(stmts []Statement, owner, sources, changes []schema.Change, renamed int, flags []hazard.Flag) {
	for _, f := range flags {
		if !slices.Contains(changes, f.Change) {
			continue
		}
		at := -1
		for i := range stmts {
			if owner[i] != f.Change || i < renamed && f.Part != f.Change && !isRename(f.Part) {
				continue
			}
			if at < 0 {
				at = i
			}
			if sources[i] == f.Part && f.Part != f.Change {
				at = i
				break
			}
			if name := indexName(f.Part); name != "" && names(stmts[i].SQL, name) {
				at = i
				break
			}
			if name := columnName(f.Part); name != "" && names(stmts[i].SQL, name) && strings.HasPrefix(stmts[i].SQL, "ALTER TABLE") {
				at = i
				break
			}
		}
		if at >= 0 {
			stmts[at].Hazards = append(stmts[at].Hazards, f)
		}
	}
}

func isRename(c schema.Change) bool {
	switch c.(type) {
	case *schema.RenameColumn, *schema.RenameTable:
		return true
	}
	return false
}

// names reports whether sql holds the quoted identifier name.
func names(sql, name string) bool {
	return strings.Contains(sql, `"`+name+`"`) || strings.Contains(sql, "`"+name+"`")
}

func columnName(c schema.Change) string {
	switch c := c.(type) {
	case *schema.AddColumn:
		return c.C.Name
	case *schema.DropColumn:
		return c.C.Name
	case *schema.ModifyColumn:
		return c.To.Name
	}
	return ""
}

func indexName(c schema.Change) string {
	switch c := c.(type) {
	case *schema.AddIndex:
		return c.I.Name
	case *schema.DropIndex:
		return c.I.Name
	case *schema.ModifyIndex:
		return c.To.Name
	}
	return ""
}

// guards returns the apply-time checks of the flags of changes, in flag
// order, each once.
func guards(changes []schema.Change, d dburl.Dialect, flags []hazard.Flag) []Statement {
	var out []Statement
	seen := map[string]bool{}
	for _, f := range flags {
		if f.Guard == nil || !slices.Contains(changes, f.Change) || seen[f.Guard.Violations] {
			continue
		}
		seen[f.Guard.Violations] = true
		out = append(out, Statement{
			Comment: fmt.Sprintf("guard %s: stop here if %s (the data may have changed since autogen checked it)", f.Code, f.Guard.Message),
			SQL:     GuardSQL(d, string(f.Code), f.Guard),
		})
	}
	return out
}

// GuardSQL writes a statement that fails, naming the hazard, when the
// guard's violation query returns a row, and does nothing otherwise.
//   - PostgreSQL: a DO block that raises the message.
//   - MySQL and MariaDB have no SIGNAL outside stored programs: a scalar
//     subquery that returns two rows exactly when a violation exists fails
//     with "Subquery returns more than 1 row"; the message is the
//     statement's first line, which the runner prints with the error.
//   - SQLite has no RAISE outside triggers: abs() of the smallest integer
//     fails with "integer overflow", evaluated only when a violation
//     exists; the message is again the first line.
func GuardSQL(d dburl.Dialect, code string, g *hazard.Guard) string {
	msg := fmt.Sprintf("autogen guard %s: %s", code, g.Message)
	switch d {
	case dburl.Postgres:
		// The body's names and messages may hold "$autogen$": the tag is
		// one the body does not contain, so nothing in it ends the quote.
		body := fmt.Sprintf(" BEGIN IF EXISTS (%s) THEN\n  RAISE EXCEPTION %s;\nEND IF; END ", g.Violations, sqlsafe.Literal(d, strings.ReplaceAll(msg, "%", "%%")))
		tag := sqlsafe.DollarTag("autogen", body)
		return "DO " + tag + body + tag
	case dburl.MySQL:
		return fmt.Sprintf("SELECT %s AS guard,\n  (SELECT 1 FROM (SELECT 1 AS n UNION ALL SELECT 2) AS two WHERE EXISTS (%s)) AS fails_when_violated", sqlsafe.Literal(d, msg), g.Violations)
	default:
		return fmt.Sprintf("SELECT %s AS guard,\n  abs((SELECT -9223372036854775807 - 1 FROM (%s) LIMIT 1)) AS fails_when_violated", sqlsafe.Literal(d, msg), g.Violations)
	}
}

// writeReport writes the hazard summary and the "Not compared" section
// after the header lines, as comments that migrate's parser skips.
func writeReport(b *strings.Builder, r *hazard.Report) {
	if r == nil {
		return
	}
	b.WriteString("--\n")
	if len(r.Flags) == 0 {
		b.WriteString("-- Hazards: none.\n")
	} else {
		fmt.Fprintf(b, "-- Hazards: %s.\n", r.Summary())
		b.WriteString("-- Each is a \"-- hazard: CODE: text\" line before its statement (codes: README, Hazards).\n")
	}
	if r.Live != "" {
		fmt.Fprintf(b, "-- Live checks: %s.\n", r.Live)
	}
	if hasGuards(r) {
		b.WriteString("-- The data can change before this runs: the guard statements at the top of a\n")
		b.WriteString("-- section stop the migration early when a check no longer holds.\n")
	}
	if len(r.NotCompared) > 0 {
		b.WriteString("--\n-- Not compared:\n")
		for _, l := range r.NotCompared {
			fmt.Fprintf(b, "--   %s\n", oneLine(l))
		}
	}
}

func hasGuards(r *hazard.Report) bool {
	for _, f := range r.Flags {
		if f.Guard != nil {
			return true
		}
	}
	return false
}

// downNote says at the top of the down section when it cannot restore
// data.
func downNote(b *strings.Builder, r *hazard.Report) {
	if r == nil {
		return
	}
	for _, f := range r.Down() {
		if f.Code == "IR101" {
			b.WriteString("-- This downgrade cannot restore data: what the upgrade drops or converts does not come back (IR101 below).\n")
			return
		}
	}
}
