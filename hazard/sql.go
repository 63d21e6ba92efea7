package hazard

import (
	"fmt"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/sqlsafe"
)

// ident quotes a name the way the dialect's planner does, escaped.
func ident(d dburl.Dialect, name string) string {
	return sqlsafe.Ident(d, name)
}

// literal quotes a string value for PostgreSQL or SQLite; MySQL's queries
// use sqlsafe.Literal, which escapes backslashes as well.
func literal(s string) string {
	return sqlsafe.Literal(dburl.Postgres, s)
}

// The violation queries below return at least one row exactly when the
// change they belong to would fail (or lose what the flag says). Live
// counts their rows; render wraps them in an apply-time guard.

func rowsOf(d dburl.Dialect, t string) string {
	return fmt.Sprintf("SELECT 1 FROM %s", ident(d, t))
}

func nonNullIn(d dburl.Dialect, t, c string) string {
	return fmt.Sprintf("SELECT 1 FROM %s WHERE %s IS NOT NULL", ident(d, t), ident(d, c))
}

func nullIn(d dburl.Dialect, t, c string) string {
	return fmt.Sprintf("SELECT 1 FROM %s WHERE %s IS NULL", ident(d, t), ident(d, c))
}

// duplicates returns the groups of equal non-NULL values of cols: NULLs
// are distinct under a unique index on all three dialects.
func duplicates(d dburl.Dialect, t string, cols []string) string {
	q := make([]string, len(cols))
	notNull := make([]string, len(cols))
	for i, c := range cols {
		q[i] = ident(d, c)
		notNull[i] = q[i] + " IS NOT NULL"
	}
	list := strings.Join(q, ", ")
	return fmt.Sprintf("SELECT %s FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1",
		list, ident(d, t), strings.Join(notNull, " AND "), list)
}

// orphans returns the child rows whose key (all parts non-NULL, MATCH
// SIMPLE) has no parent row. A parent table created by the same migration
// is empty, so every keyed child row is an orphan.
func orphans(d dburl.Dialect, fk *schema.ForeignKey, child string, parentIsNew bool) string {
	var notNull, join []string
	for i, c := range fk.Columns {
		notNull = append(notNull, "c."+ident(d, c.Name)+" IS NOT NULL")
		if i < len(fk.RefColumns) {
			join = append(join, "p."+ident(d, fk.RefColumns[i].Name)+" = c."+ident(d, c.Name))
		}
	}
	q := fmt.Sprintf("SELECT 1 FROM %s c WHERE %s", ident(d, child), strings.Join(notNull, " AND "))
	if parentIsNew {
		return q
	}
	return q + fmt.Sprintf(" AND NOT EXISTS (SELECT 1 FROM %s p WHERE %s)", ident(d, fk.RefTable.Name), strings.Join(join, " AND "))
}

// violating returns the rows a CHECK rejects: NOT (expr) is NULL, not
// true, for rows where expr is NULL, and a CHECK passes those.
func violating(d dburl.Dialect, t, expr string) string {
	return fmt.Sprintf("SELECT 1 FROM %s WHERE NOT (%s)", ident(d, t), expr)
}

func where(d dburl.Dialect, t, cond string) string {
	return fmt.Sprintf("SELECT 1 FROM %s WHERE %s", ident(d, t), cond)
}

// count wraps a violation query.
func count(q string) string {
	return "SELECT count(*) FROM (" + q + ") v"
}

func colNames(cs []*schema.Column) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Name
	}
	return out
}

// indexColumns returns the column names of an index, or nil when a part
// is an expression (no exact check is written for those).
func indexColumns(idx *schema.Index) []string {
	var out []string
	for _, p := range idx.Parts {
		if p.C == nil {
			return nil
		}
		out = append(out, p.C.Name)
	}
	return out
}
