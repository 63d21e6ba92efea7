package hazard

import (
	"fmt"
	"slices"
	"strings"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
)

// Data loss (DL), data-dependent failures (DF) and silent data changes
// (SD) of tables and columns.

func rowsText(n int64, est bool) string {
	s := fmt.Sprintf("%d rows", n)
	if n == 1 {
		s = "1 row"
	}
	if est {
		s = "≈" + s + " (estimate)"
	}
	return s
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (a *analyzer) addTable(c *schema.AddTable) {
	a.longNames(c.T, c)
}

func (a *analyzer) dropTable(c *schema.DropTable) {
	t := c.T.Name
	f := a.add(DL101, Error, c, t, "", fmt.Sprintf("drop table %s: all its rows are lost", t))
	f.probe = &probe{rows: t, hit: Error,
		found: func(n int64, est bool) string { return fmt.Sprintf("drop table %s: %s are lost", t, rowsText(n, est)) },
		clear: fmt.Sprintf("drop table %s: the table is empty now; nothing is lost", t)}
	a.add(BC101, Warning, c, t, "", fmt.Sprintf("table %s is dropped: deploy the code that stops using it before this runs", t))
}

func (a *analyzer) addColumn(t string, c *schema.AddColumn) {
	col := c.C
	name := t + "." + col.Name
	existing := a.from[t] != nil
	if !existing {
		return
	}
	a.longName(c, t, col.Name, "column")
	required := !col.Type.Null && col.Default == nil && !autoIncrement(col) && !generated(col)
	if required {
		switch a.d {
		case dburl.MySQL:
			f := a.add(SD101, Warning, c, t, col.Name, fmt.Sprintf("%s: NOT NULL without a default: MySQL fills existing rows with the type's zero value", name))
			f.probe = &probe{rows: t, hit: Warning,
				found: func(n int64, est bool) string {
					return fmt.Sprintf("%s: NOT NULL without a default: MySQL fills %s with the type's zero value", name, rowsText(n, est))
				},
				clear: fmt.Sprintf("%s: NOT NULL without a default; the table is empty now, so no row gets a zero value", name)}
		default:
			f := a.add(DF103, Warning, c, t, col.Name, fmt.Sprintf("%s: NOT NULL without a default: ADD COLUMN fails if the table has rows", name))
			f.probe = &probe{query: rowsOf(a.d, t), rows: t, hit: Error,
				found: func(n int64, est bool) string {
					return fmt.Sprintf("%s: NOT NULL without a default on a table with %s; ADD COLUMN will fail", name, rowsText(n, est))
				},
				clear: fmt.Sprintf("%s: NOT NULL without a default; the table is empty now (guarded)", name)}
			f.Guard = &Guard{Violations: rowsOf(a.d, t), Message: name + ": NOT NULL column without a default cannot be added to a table with rows"}
		}
		a.add(BC103, Warning, c, t, col.Name, fmt.Sprintf("%s: new required column: inserts by the running application that do not set it fail", name))
	}
	if a.d == dburl.SQLite && nonConstantDefault(col) {
		f := a.add(DF108, Info, c, t, col.Name, fmt.Sprintf("%s: SQLite cannot ADD COLUMN with a non-constant default to a non-empty table; autogen rebuilds the table instead (RW105)", name))
		f.probe = &probe{rows: t, hit: Info,
			found: func(n int64, est bool) string {
				return fmt.Sprintf("%s: non-constant default on a table with %s: ALTER TABLE ADD COLUMN would fail, so autogen rebuilds the table (RW105)", name, rowsText(n, est))
			},
			clear: fmt.Sprintf("%s: non-constant default; the table is empty now, and autogen rebuilds it anyway (RW105)", name)}
	}
	if x := defaultText(col); x != "" && volatileDefault(a.d, x) {
		f := a.add(RW102, Warning, c, t, col.Name, fmt.Sprintf("%s: DEFAULT %s is computed per row: ADD COLUMN rewrites the table under an exclusive lock", name, x))
		a.sized(f, t, fmt.Sprintf("%s: DEFAULT %s is computed per row: ADD COLUMN rewrites", name, x))
	}
	if autoIncrement(col) && a.d != dburl.SQLite {
		f := a.add(RW103, Warning, c, t, col.Name, fmt.Sprintf("%s: adding a %s column fills every row: the table is rewritten", name, autoKind(col)))
		a.sized(f, t, fmt.Sprintf("%s: adding a %s column rewrites", name, autoKind(col)))
	}
}

// sized gives a rewrite or lock flag a live row count: an empty table
// makes it harmless.
func (a *analyzer) sized(f *Flag, t, lead string) {
	f.probe = &probe{rows: t, hit: Warning,
		found: func(n int64, est bool) string { return fmt.Sprintf("%s %s (%s)", lead, t, rowsText(n, est)) },
		clear: fmt.Sprintf("%s %s, which is empty now", lead, t)}
}

func (a *analyzer) dropColumn(t string, c *schema.DropColumn) {
	name := t + "." + c.C.Name
	f := a.add(DL102, Error, c, t, c.C.Name, fmt.Sprintf("%s: DROP COLUMN loses its values", name))
	f.probe = &probe{query: nonNullIn(a.d, t, c.C.Name), hit: Error,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: %s lost by DROP COLUMN", name, plural(n, "non-NULL value is", "non-NULL values are"))
		},
		clear: fmt.Sprintf("%s: every value is NULL now; DROP COLUMN loses nothing", name)}
	a.add(BC101, Warning, c, t, c.C.Name, fmt.Sprintf("%s is dropped: deploy the code that stops using it before this runs", name))
	if autoIncrement(c.C) {
		a.counterLost(c, t, c.C, "DROP COLUMN")
	}
}

func (a *analyzer) counterLost(part schema.Change, t string, col *schema.Column, how string) {
	name := t + "." + col.Name
	f := a.add(DL104, Warning, part, t, col.Name, fmt.Sprintf("%s: %s loses its %s counter; new ids may reuse old ones", name, how, autoKind(col)))
	f.probe = &probe{query: nonNullIn(a.d, t, col.Name), hit: Warning,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: %s loses its %s counter over %s; new ids may reuse ids that other systems still hold", name, how, autoKind(col), rowsText(n, est))
		},
		clear: fmt.Sprintf("%s: %s loses its %s counter; the table is empty now", name, how, autoKind(col))}
}

func (a *analyzer) modifyColumn(t string, c *schema.ModifyColumn) {
	if a.rebuiltColumn(c) {
		a.enumConversion(t, c)
		return
	}
	name := t + "." + c.To.Name
	if c.Change.Is(schema.ChangeNull) && !c.To.Type.Null {
		a.setNotNull(t, c)
		a.add(BC103, Warning, c, t, c.To.Name, fmt.Sprintf("%s becomes NOT NULL: writes of NULL by the running application fail", name))
	}
	if c.Change.Is(schema.ChangeNull) && c.To.Type.Null {
		a.add(BC104, Warning, c, t, c.To.Name, fmt.Sprintf("%s becomes nullable: readers that expect a value may meet NULL", name))
	}
	if c.Change.Is(schema.ChangeType) {
		a.typeChange(t, c)
	}
	if c.Change.Is(schema.ChangeDefault) {
		a.add(BC106, Info, c, t, c.To.Name, fmt.Sprintf("%s: default %s -> %s: GORM leaves zero values of fields with a default: tag to the database, so what those inserts store changes",
			name, orNone(defaultText(c.From)), orNone(defaultText(c.To))))
	}
	if autoIncrement(c.From) && !autoIncrement(c.To) {
		a.counterLost(c, t, c.From, "dropping "+autoKind(c.From))
	}
	if a.d == dburl.MySQL {
		a.mysqlLostAttrs(t, c)
	}
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func (a *analyzer) setNotNull(t string, c *schema.ModifyColumn) {
	name := t + "." + c.To.Name
	stmt := "SET NOT NULL"
	switch a.d {
	case dburl.MySQL:
		stmt = "MODIFY COLUMN ... NOT NULL"
	case dburl.SQLite:
		stmt = "the table copy"
	}
	if a.d == dburl.SQLite && c.To.Default != nil {
		// Atlas copies with IFNULL(col, default): nothing fails, NULLs
		// take the default.
		f := a.add(DF102, Info, c, t, c.To.Name, fmt.Sprintf("%s becomes NOT NULL: the table copy turns NULLs into the default %s", name, defaultText(c.To)))
		f.probe = &probe{query: nullIn(a.d, t, c.To.Name), hit: Warning,
			found: func(n int64, est bool) string {
				return fmt.Sprintf("%s becomes NOT NULL: the table copy turns %s into the default %s", name, plural(n, "NULL", "NULLs"), defaultText(c.To))
			},
			clear: fmt.Sprintf("%s becomes NOT NULL: 0 NULLs now", name)}
		return
	}
	f := a.add(DF102, Warning, c, t, c.To.Name, fmt.Sprintf("%s becomes NOT NULL: %s fails if a row holds NULL", name, stmt))
	f.probe = &probe{query: nullIn(a.d, t, c.To.Name), hit: Error,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: %s NULL; %s will fail", name, plural(n, "row is", "rows are"), stmt)
		},
		clear: fmt.Sprintf("%s: 0 NULLs now; the guard stops the migration if some arrive before it runs", name)}
	f.Guard = &Guard{Violations: nullIn(a.d, t, c.To.Name), Message: name + " holds NULLs; it cannot become NOT NULL"}
	if a.d == dburl.Postgres {
		lk := a.add(LK106, Warning, c, t, c.To.Name, fmt.Sprintf("%s: SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock", name))
		a.sized(lk, t, fmt.Sprintf("%s: SET NOT NULL scans, under an ACCESS EXCLUSIVE lock,", name))
	}
}

func (a *analyzer) addIndex(t string, part schema.Change, idx *schema.Index, isNew bool) {
	if a.from[t] == nil {
		return
	}
	a.longName(part, t, idx.Name, "index")
	if idx.Unique {
		a.unique(t, part, idx.Name, idx, "CREATE UNIQUE INDEX")
	}
	if !isNew {
		return
	}
	if a.d == dburl.Postgres && !concurrently(part) {
		f := a.add(LK101, Warning, part, t, "", fmt.Sprintf("index %s: CREATE INDEX without CONCURRENTLY blocks writes to %s while it builds", idx.Name, t))
		a.sized(f, t, fmt.Sprintf("index %s: CREATE INDEX without CONCURRENTLY blocks writes while it reads", idx.Name))
	}
	if a.d == dburl.Postgres && concurrently(part) {
		a.add(TX101, Error, part, t, "", fmt.Sprintf("index %s: CREATE INDEX CONCURRENTLY cannot run inside a transaction: put it in a revision with -- autogen:transaction false", idx.Name))
	}
	f := a.add(PF102, Info, part, t, "", fmt.Sprintf("index %s is built over the existing rows of %s", idx.Name, t))
	f.probe = &probe{rows: t, hit: Info,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("index %s is built over %s of %s", idx.Name, rowsText(n, est), t)
		},
		clear: fmt.Sprintf("index %s: %s is empty now; the build is instant", idx.Name, t)}
}

func concurrently(c schema.Change) bool {
	if add, ok := c.(*schema.AddIndex); ok {
		for _, x := range add.Extra {
			if _, ok := x.(*postgres.Concurrently); ok {
				return true
			}
		}
	}
	return false
}

// unique flags a new uniqueness over existing rows (DF101). The check
// and the guard count what the index compares (keyOf): its expressions,
// prefixes and tuple, over the rows its predicate covers, with the
// dialect's NULL rule.
func (a *analyzer) unique(t string, part schema.Change, what string, idx *schema.Index, stmt string) {
	cols := indexColumns(idx)
	k, exact := keyOf(a.d, idx, a.from[t])
	var unknown string // a new key column whose values autogen cannot tell
	if exact {
		var none bool
		if k, none, unknown = a.newParts(t, idx, k); none {
			return
		}
	}
	subj, of := t+" "+what, "the column holds duplicate values"
	if exact {
		subj = t + "." + strings.Join(k.label, ",")
		if len(k.label) > 1 || k.where != "" || len(cols) != 1 {
			of = "two rows it covers have the same key"
		}
		if k.where != "" {
			// One line: the guard's first line carries its message.
			subj += " (where " + oneLine(k.where) + ")"
		}
	}
	f := a.add(DF101, Warning, part, t, strings.Join(cols, ","), fmt.Sprintf("%s: %s fails if %s", subj, stmt, of))
	if !exact {
		return // an expression autogen could not read back: no exact check
	}
	if unknown != "" {
		f.Text += fmt.Sprintf(" (not checked: %s.%s, which this migration adds, is computed per row)", t, unknown)
		return
	}
	if c := a.addedColumnIn(t, k); c != "" {
		f.Text += fmt.Sprintf(" (not checked: the index reads %s.%s, which this migration adds)", t, c)
		return
	}
	q := duplicates(a.d, t, k)
	f.probe = &probe{query: q, hit: Error,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: %s; %s will fail", subj, plural(n, "duplicate value", "duplicate values"), stmt)
		},
		clear: fmt.Sprintf("%s: 0 duplicate values now; the guard stops the migration if some arrive before it runs", subj)}
	f.Guard = &Guard{Violations: q, Message: subj + " has duplicate values; " + stmt + " would fail"}
}

// newParts drops from k the parts over columns this migration adds. Such
// a column holds one value in every existing row (its default, the zero
// value MySQL fills in, or NULL), so it sets no rows apart. none reports a
// key no existing rows can conflict under: a new part that is NULL in
// every row (NULLs distinct) or numbered per row (auto-increment).
// unknown names a new column whose values autogen cannot tell (a
// generated column, an expression default).
func (a *analyzer) newParts(t string, idx *schema.Index, k indexKey) (out indexKey, none bool, unknown string) {
	cur := a.from[t]
	out = k
	out.exprs = nil
	for i, p := range idx.Parts {
		if _, had := cur.Column(partColumn(p)); p.C == nil || had {
			out.exprs = append(out.exprs, k.exprs[i])
			continue
		}
		switch v := p.C.Default.(type) {
		case nil:
			if autoIncrement(p.C) {
				return out, true, ""
			}
			if generated(p.C) {
				return out, false, p.C.Name
			}
			// Nullable: NULL in every row. NOT NULL: MySQL fills in the
			// zero value; elsewhere ADD COLUMN fails on rows (DF103).
			if p.C.Type.Null && !k.nullsEqual {
				return out, true, ""
			}
		case *schema.Literal:
			if strings.EqualFold(v.V, "NULL") && !k.nullsEqual {
				return out, true, ""
			}
		default:
			return out, false, p.C.Name // an expression: maybe one value per row
		}
	}
	return out, false, ""
}

func partColumn(p *schema.IndexPart) string {
	if p.C == nil {
		return ""
	}
	return p.C.Name
}

// addedColumnIn returns a column of the desired table t that the current
// one lacks and that the key's expressions or predicate name, or "".
func (a *analyzer) addedColumnIn(t string, k indexKey) string {
	return a.addedIn(t, append(slices.Clone(k.exprs), k.where)...)
}

// addedIn returns a column of the desired table t that the current one
// lacks and that one of the SQL texts names, or "". A check or guard that
// reads it runs before the column exists and fails, and as a guard it
// would stop a valid migration.
func (a *analyzer) addedIn(t string, texts ...string) string {
	cur, want := a.from[t], a.to[t]
	if cur == nil || want == nil {
		return ""
	}
	text := strings.Join(texts, " ")
	for _, c := range want.Columns {
		if _, ok := cur.Column(c.Name); !ok && mentions(text, c.Name) {
			return c.Name
		}
	}
	return ""
}

// rekeyed reports whether a unique index's change makes it compare other
// rows or parts than before (Atlas drops and re-creates it), so that rows
// the old index allowed may conflict under the new one.
func rekeyed(d dburl.Dialect, from, to *schema.Index) bool {
	if !from.Unique {
		return true
	}
	kf, okf := keyOf(d, from, nil)
	kt, okt := keyOf(d, to, nil)
	return !okf || !okt || duplicates(d, "", kf) != duplicates(d, "", kt)
}

func (a *analyzer) primaryKey(t string, part schema.Change, pk *schema.Index) {
	if a.from[t] == nil {
		return
	}
	a.unique(t, part, "primary key", pk, "the primary key")
	if a.d == dburl.Postgres {
		f := a.add(LK103, Warning, part, t, "", fmt.Sprintf("primary key of %s: built under an ACCESS EXCLUSIVE lock (build a unique index CONCURRENTLY and add it USING INDEX instead)", t))
		a.sized(f, t, "primary key: built under an ACCESS EXCLUSIVE lock on")
	}
}

func (a *analyzer) foreignKey(t string, part schema.Change, fk *schema.ForeignKey) {
	cur := a.from[t]
	if cur == nil {
		return
	}
	a.longName(part, t, fk.Symbol, "foreign key")
	for _, c := range fk.Columns {
		if _, ok := cur.Column(c.Name); !ok {
			return // a new column holds no keys yet
		}
	}
	subj := fmt.Sprintf("%s.%s -> %s", t, strings.Join(colNames(fk.Columns), ","), fk.RefTable.Name)
	f := a.add(DF104, Warning, part, t, strings.Join(colNames(fk.Columns), ","), fmt.Sprintf("%s: the foreign key fails if a row points at no %s row", subj, fk.RefTable.Name))
	parentEmpty, ok := a.parentKeysEmpty(fk)
	if !ok {
		f.Text += fmt.Sprintf(" (not checked: it references a column this migration adds to %s with a default)", fk.RefTable.Name)
		return
	}
	q := orphans(a.d, fk, t, parentEmpty)
	f.probe = &probe{query: q, hit: Error,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: %s at no %s row; the foreign key will fail", subj, plural(n, "row points", "rows point"), fk.RefTable.Name)
		},
		clear: fmt.Sprintf("%s: 0 orphan rows now; the guard stops the migration if some arrive before it runs", subj)}
	f.Guard = &Guard{Violations: q, Message: subj + " has orphan rows; the foreign key would fail"}
	switch a.d {
	case dburl.Postgres:
		lk := a.add(LK104, Warning, part, t, "", fmt.Sprintf("%s: adding the validated foreign key locks %s and %s against writes while it scans (NOT VALID, then VALIDATE, avoids it)", subj, t, fk.RefTable.Name))
		a.sized(lk, t, subj+": the foreign key locks both tables while it scans")
	case dburl.MySQL:
		lk := a.add(LK104, Warning, part, t, "", fmt.Sprintf("%s: ADD FOREIGN KEY copies %s and blocks writes while it runs", subj, t))
		a.sized(lk, t, subj+": ADD FOREIGN KEY copies and blocks writes to")
	}
}

// parentKeysEmpty reports whether no current row of the referenced
// table holds a key: the table is new, or a referenced column is new and
// so NULL in every row. It is not ok when a new referenced column has a
// default, which autogen does not evaluate.
func (a *analyzer) parentKeysEmpty(fk *schema.ForeignKey) (empty, ok bool) {
	p := a.from[fk.RefTable.Name]
	if p == nil {
		return true, true
	}
	for _, c := range fk.RefColumns {
		if _, had := p.Column(c.Name); had {
			continue
		}
		if c.Default != nil || autoIncrement(c) || generated(c) {
			return false, false
		}
		empty = true
	}
	return empty, true
}

func (a *analyzer) dropForeignKey(t string, c *schema.DropForeignKey) {
	a.add(BC108, Warning, c, t, strings.Join(colNames(c.F.Columns), ","), fmt.Sprintf("foreign key %s of %s dropped: the database no longer stops rows pointing at no %s row", c.F.Symbol, t, c.F.RefTable.Name))
}

func (a *analyzer) check(t string, part schema.Change, ck *schema.Check) {
	if a.from[t] == nil {
		return
	}
	a.longName(part, t, ck.Name, "check")
	subj := fmt.Sprintf("%s check %s (%s)", t, ck.Name, ck.Expr)
	f := a.add(DF105, Warning, part, t, "", fmt.Sprintf("%s: adding it fails if a row violates it", subj))
	if c := a.addedIn(t, ck.Expr); c != "" {
		f.Text += fmt.Sprintf(" (not checked: it reads %s.%s, which this migration adds)", t, c)
		a.checkLock(t, part, subj)
		return
	}
	q := violating(a.d, t, ck.Expr)
	f.probe = &probe{query: q, hit: Error,
		found: func(n int64, est bool) string {
			return fmt.Sprintf("%s: %s it; adding it will fail", subj, plural(n, "row violates", "rows violate"))
		},
		clear: fmt.Sprintf("%s: 0 rows violate it now; the guard stops the migration if some arrive before it runs", subj)}
	f.Guard = &Guard{Violations: q, Message: fmt.Sprintf("%s has rows that violate check %s", t, ck.Name)}
	a.checkLock(t, part, subj)
}

func (a *analyzer) checkLock(t string, part schema.Change, subj string) {
	switch a.d {
	case dburl.Postgres:
		lk := a.add(LK105, Warning, part, t, "", fmt.Sprintf("%s: validated under an ACCESS EXCLUSIVE lock while every row is read (NOT VALID, then VALIDATE, avoids it)", subj))
		a.sized(lk, t, subj+": validated under an ACCESS EXCLUSIVE lock over")
	case dburl.MySQL:
		lk := a.add(LK105, Warning, part, t, "", fmt.Sprintf("%s: ADD CHECK copies the table and blocks writes", subj))
		a.sized(lk, t, subj+": ADD CHECK copies and blocks writes to")
	}
}

// rebuild flags a SQLite table that Atlas rebuilds (create, copy, drop,
// rename).
func (a *analyzer) rebuild(m *schema.ModifyTable) {
	t := m.T.Name
	f := a.add(RW105, Warning, m, t, "", fmt.Sprintf("%s is rebuilt: a new table is created, every row copied, the old one dropped; the database is locked for writes meanwhile", t))
	a.sized(f, t, "rebuild copies every row of")
	cur := a.from[t]
	if cur == nil {
		return
	}
	for _, c := range cur.Columns {
		if autoIncrement(c) {
			name := t + "." + c.Name
			f := a.add(DL104, Warning, m, t, c.Name, fmt.Sprintf("%s: the rebuild resets the AUTOINCREMENT counter to the largest id left; ids of deleted rows can come back", name))
			f.probe = &probe{query: fmt.Sprintf("SELECT 1 FROM sqlite_sequence WHERE name = %s AND seq > (SELECT coalesce(max(%s), 0) FROM %s)", literal(t), ident(a.d, c.Name), ident(a.d, t)), hit: Warning,
				found: func(n int64, est bool) string {
					return fmt.Sprintf("%s: sqlite_sequence is past the largest id: the rebuild resets the AUTOINCREMENT counter and ids of deleted rows come back", name)
				},
				clear: fmt.Sprintf("%s: the AUTOINCREMENT counter equals the largest id now; the rebuild keeps it", name)}
		}
	}
}

func autoIncrement(c *schema.Column) bool {
	if c == nil {
		return false
	}
	if _, ok := c.Type.Type.(*postgres.SerialType); ok {
		return true
	}
	for _, x := range c.Attrs {
		switch x.(type) {
		case *postgres.Identity, *mysql.AutoIncrement, *sqlite.AutoIncrement:
			return true
		}
	}
	return strings.Contains(strings.ToLower(defaultText(c)), "nextval(")
}

func autoKind(c *schema.Column) string {
	if _, ok := c.Type.Type.(*postgres.SerialType); ok {
		return "serial"
	}
	for _, x := range c.Attrs {
		switch x.(type) {
		case *postgres.Identity:
			return "identity"
		case *mysql.AutoIncrement, *sqlite.AutoIncrement:
			return "AUTO_INCREMENT"
		}
	}
	return "sequence"
}

func generated(c *schema.Column) bool {
	for _, x := range c.Attrs {
		if _, ok := x.(*schema.GeneratedExpr); ok {
			return true
		}
	}
	return false
}

func defaultText(c *schema.Column) string {
	switch x := c.Default.(type) {
	case *schema.Literal:
		return x.V
	case *schema.RawExpr:
		return x.X
	}
	return ""
}

// volatileDefault: on PostgreSQL a default computed per row (random(),
// gen_random_uuid(), clock_timestamp()) rewrites the table; now() and
// CURRENT_TIMESTAMP are stable and do not (hazards.md §6). MySQL rewrites
// for any expression default.
func volatileDefault(d dburl.Dialect, x string) bool {
	l := strings.ToLower(x)
	switch d {
	case dburl.Postgres:
		for _, f := range []string{"random(", "gen_random_uuid(", "uuid_generate_v", "clock_timestamp(", "timeofday(", "nextval("} {
			if strings.Contains(l, f) {
				return true
			}
		}
	case dburl.MySQL:
		return strings.HasPrefix(strings.TrimSpace(l), "(") || strings.Contains(l, "uuid(") || strings.Contains(l, "rand(")
	}
	return false
}

// mysqlLostAttrs: MODIFY COLUMN restates the whole column from the
// models; what the database has and the models cannot say is dropped.
func (a *analyzer) mysqlLostAttrs(t string, c *schema.ModifyColumn) {
	var lost []string
	if on, ok := attr[mysql.OnUpdate](c.From.Attrs); ok {
		if _, keep := attr[mysql.OnUpdate](c.To.Attrs); !keep {
			lost = append(lost, "ON UPDATE "+on.A)
		}
	}
	if cm, ok := attr[schema.Comment](c.From.Attrs); ok && cm.Text != "" {
		if _, keep := attr[schema.Comment](c.To.Attrs); !keep {
			lost = append(lost, "COMMENT "+literal(cm.Text))
		}
	}
	if len(lost) > 0 {
		a.add(SD104, Warning, c, t, c.To.Name, fmt.Sprintf("%s.%s: MODIFY COLUMN restates the column from the models and drops %s", t, c.To.Name, strings.Join(lost, ", ")))
	}
}

func attr[T any](attrs []schema.Attr) (*T, bool) {
	for _, x := range attrs {
		if v, ok := any(x).(*T); ok {
			return v, true
		}
	}
	return nil, false
}
