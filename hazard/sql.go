package hazard

import (
	"fmt"
	"strings"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

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

// indexKey is what a unique index compares, part by part, and which
// rows it covers: the check and the guard over it must group exactly
// that, or they count conflicts the index never sees (or miss some).
type indexKey struct {
	// exprs are the key parts as SQL over the table: a column, a
	// parenthesized expression, or on MySQL the prefix LEFT(col, n) that
	// a prefix index compares (n is in characters for text, bytes for
	// binary strings, as LEFT counts).
	exprs []string
	// label names the parts for the reader: email, lower(email), code(10).
	label []string
	// where is the predicate of a partial index (PostgreSQL, SQLite);
	// MySQL has none.
	where string
	// nullsEqual is PostgreSQL's NULLS NOT DISTINCT (15+): rows with NULL
	// key parts conflict. Everywhere else a NULL in any part makes the
	// row conflict with nothing.
	nullsEqual bool
}

// keyOf returns the key of idx, or false when a part is an expression
// autogen cannot read back (no exact check is written for those). cur,
// when set, is the table as it is now: a column the migration gives
// another collation is compared in that one, as the index will.
func keyOf(d dburl.Dialect, idx *schema.Index, cur *schema.Table) (indexKey, bool) {
	var k indexKey
	for _, p := range idx.Parts {
		switch {
		case p.C != nil:
			x, l := recollated(d, p.C, cur), p.C.Name
			if sp, ok := attr[mysql.SubPart](p.Attrs); ok && d == dburl.MySQL && sp.Len > 0 {
				x, l = fmt.Sprintf("LEFT(%s, %d)", x, sp.Len), fmt.Sprintf("%s(%d)", p.C.Name, sp.Len)
			}
			k.exprs, k.label = append(k.exprs, x), append(k.label, l)
		case rawExpr(p.X) != "":
			x := rawExpr(p.X)
			k.exprs, k.label = append(k.exprs, "("+x+")"), append(k.label, x)
		default:
			return indexKey{}, false
		}
	}
	if len(k.exprs) == 0 {
		return indexKey{}, false
	}
	if pr, ok := attr[postgres.IndexPredicate](idx.Attrs); ok && d == dburl.Postgres {
		k.where = pr.P
	}
	if pr, ok := attr[sqlite.IndexPredicate](idx.Attrs); ok && d == dburl.SQLite {
		k.where = pr.P
	}
	if nd, ok := attr[postgres.IndexNullsDistinct](idx.Attrs); ok && d == dburl.Postgres && !nd.V {
		k.nullsEqual = true
	}
	return k, true
}

// recollated returns column c as SQL over the current table: in the
// collation c will have when the current column has another one (GROUP BY
// compares in the current collation, so 'a' and 'A' would group apart
// under utf8mb4_bin and together under utf8mb4_general_ci, whatever the
// new index will do). MySQL converts to the new collation's character set
// first; its collation names start with it.
func recollated(d dburl.Dialect, c *schema.Column, cur *schema.Table) string {
	x := ident(d, c.Name)
	var was *schema.Column
	if cur != nil {
		was, _ = cur.Column(c.Name)
	}
	to, ok := attr[schema.Collation](c.Attrs)
	if was == nil || !ok || to.V == "" {
		return x
	}
	if from, ok := attr[schema.Collation](was.Attrs); ok && strings.EqualFold(from.V, to.V) {
		return x
	}
	switch d {
	case dburl.MySQL:
		cs, _, _ := strings.Cut(to.V, "_")
		if v, ok := attr[schema.Charset](c.Attrs); ok && v.V != "" {
			cs = v.V
		}
		return fmt.Sprintf("(CONVERT(%s USING %s) COLLATE %s)", x, ident(d, cs), ident(d, to.V))
	default:
		return fmt.Sprintf("(%s COLLATE %s)", x, ident(d, to.V))
	}
}

// rawExpr returns the text of an expression part; SQLite's inspector
// leaves "<unsupported>" where it could not read it.
func rawExpr(x schema.Expr) string {
	if r, ok := x.(*schema.RawExpr); ok && r.X != "<unsupported>" {
		return strings.TrimSpace(r.X)
	}
	return ""
}

// duplicates returns one row per group of rows that conflict under the
// key: equal in every part (in the column's collation: GROUP BY compares
// as the index does, so a _ci collation groups 'a' with 'A'), among the
// rows the predicate covers, leaving out rows with a NULL part unless
// NULLs are equal.
func duplicates(d dburl.Dialect, t string, k indexKey) string {
	var cond []string
	if !k.nullsEqual {
		for _, x := range k.exprs {
			cond = append(cond, x+" IS NOT NULL")
		}
	}
	if k.where != "" {
		cond = append(cond, "("+k.where+")")
	}
	list := strings.Join(k.exprs, ", ")
	rows := ident(d, t)
	if len(cond) > 0 {
		rows += " WHERE " + strings.Join(cond, " AND ")
	}
	if len(k.exprs) == 0 {
		// Every part is one value in all rows: any two rows conflict.
		// SQLite before 3.39 refuses HAVING without GROUP BY.
		return fmt.Sprintf("SELECT 1 FROM (SELECT count(*) AS n FROM %s) g WHERE g.n > 1", rows)
	}
	return fmt.Sprintf("SELECT %s FROM %s GROUP BY %s HAVING count(*) > 1", list, rows, list)
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

// indexColumns returns the column names of an index's column parts.
func indexColumns(idx *schema.Index) []string {
	var out []string
	for _, p := range idx.Parts {
		if p.C != nil {
			out = append(out, p.C.Name)
		}
	}
	return out
}

// mentions reports whether SQL text x names column c as a word, bare or
// quoted, ignoring case. It errs towards yes (a string literal holding
// the name counts): it decides whether a check may run at all.
func mentions(x, c string) bool {
	lx, lc := strings.ToLower(x), strings.ToLower(c)
	for i := strings.Index(lx, lc); i >= 0; {
		end := i + len(lc)
		if (i == 0 || !identByte(lx[i-1])) && (end == len(lx) || !identByte(lx[end])) {
			return true
		}
		j := strings.Index(lx[i+1:], lc)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func identByte(b byte) bool {
	return b == '_' || b == '$' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 0x80
}
