package hazard

import (
	"fmt"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hint"
)

// Input is what Analyze reads: the changes of the upgrade (current to
// desired) and of the downgrade (desired to current), the two schemas and
// the dialect.
type Input struct {
	Up, Down         []schema.Change
	Current, Desired *schema.Schema
	Dialect          dburl.Dialect
}

// probe is the live check of a flag.
type probe struct {
	// query returns one row per violation; rows, when set instead, names
	// a table whose rows are counted (from statistics when it is big);
	// value returns one number (a setting, a statistic).
	query, rows, value string
	// eval, when set, judges the number instead of hit, found and clear:
	// it returns the severity, the text and whether the flag is cleared.
	eval func(n int64, est bool) (Severity, string, bool)
	// hit is the severity when the count is not 0; 0 rows gives Info.
	hit Severity
	// groups, when set instead, returns rows of (column, value, count):
	// the count is their sum, and foundGroups writes the text.
	groups      string
	foundGroups func(gs []group) string
	// found and clear write the text for a count and for 0.
	found func(n int64, est bool) string
	clear string
	// timeZone asks Live to name the session's time zone in the text.
	timeZone bool
}

// group is one row of a groups probe: how many rows of column hold value.
type group struct {
	column, label string
	n             int64
}

// analyzer walks one list of changes.
type analyzer struct {
	in    Input
	d     dburl.Dialect
	from  map[string]*schema.Table // the schema the changes start from
	to    map[string]*schema.Table // the schema they lead to
	down  bool
	top   schema.Change
	n     int             // index of top in its list
	list  []schema.Change // the list being walked
	flags []Flag
}

// Analyze returns the static flags of a migration: everything decidable
// from the changes, with live checks prepared for Live to run. It is a
// pure function.
func Analyze(in Input) *Report {
	a := &analyzer{in: in, d: in.Dialect, from: tables(in.Current), to: tables(in.Desired)}
	a.walk(in.Up)
	a.renames(in.Up)
	a.mysqlPartial(in.Up, TX102)
	a.lockTimeout(in.Up)
	a.scanInTransaction(in.Up)
	up := a.flags

	b := &analyzer{in: in, d: in.Dialect, from: tables(in.Desired), to: tables(in.Current), down: true}
	b.walk(in.Down)
	b.mysqlPartial(in.Down, IR104)
	b.irreversible(up)
	return &Report{Dialect: in.Dialect, Flags: append(up, b.flags...), NotCompared: staticBlindSpots()}
}

// The codes, for the rules' use.
const (
	DL101, DL102, DL103, DL104                                    Code = "DL101", "DL102", "DL103", "DL104"
	DF101, DF102, DF103, DF104, DF105, DF106, DF107, DF108, DF109 Code = "DF101", "DF102", "DF103", "DF104", "DF105", "DF106", "DF107", "DF108", "DF109"
	SD101, SD102, SD103, SD104, SD105, SD106                      Code = "SD101", "SD102", "SD103", "SD104", "SD105", "SD106"
	RW101, RW102, RW103, RW104, RW105                             Code = "RW101", "RW102", "RW103", "RW104", "RW105"
	LK101, LK102, LK103, LK104, LK105, LK106                      Code = "LK101", "LK102", "LK103", "LK104", "LK105", "LK106"
	TX101, TX102, TX103, TX104, TX105                             Code = "TX101", "TX102", "TX103", "TX104", "TX105"
	BC101, BC102, BC103, BC104, BC105, BC106, BC107, BC108        Code = "BC101", "BC102", "BC103", "BC104", "BC105", "BC106", "BC107", "BC108"
	IR101, IR102, IR103, IR104                                    Code = "IR101", "IR102", "IR103", "IR104"
	PF101, PF102                                                  Code = "PF101", "PF102"
)

func tables(s *schema.Schema) map[string]*schema.Table {
	m := map[string]*schema.Table{}
	if s != nil {
		for _, t := range s.Tables {
			m[t.Name] = t
		}
	}
	return m
}

// add records a flag of the current top-level change.
func (a *analyzer) add(code Code, sev Severity, part schema.Change, table, column, text string) *Flag {
	a.flags = append(a.flags, Flag{Code: code, Severity: sev, Table: table, Column: column, Text: text,
		Change: a.top, Part: part, Down: a.down})
	return &a.flags[len(a.flags)-1]
}

func (a *analyzer) walk(changes []schema.Change) {
	a.list = changes
	for i, c := range changes {
		a.top, a.n = c, i
		switch c := c.(type) {
		case *schema.AddTable:
			a.addTable(c)
		case *schema.DropTable:
			a.dropTable(c)
		case *schema.ModifyTable:
			a.modifyTable(c)
		case *schema.RenameTable:
			a.add(BC102, Warning, c, c.To.Name, "", fmt.Sprintf("%s renamed to %s: the running application still uses the old name until it is deployed", c.From.Name, c.To.Name))
		case *schema.RenameObject:
			a.enumRebuild(c)
		case *schema.ModifyObject:
			a.enumAddValue(c)
		case *hint.AlterSequence:
			a.alterSequence(c)
		}
	}
}

func (a *analyzer) modifyTable(m *schema.ModifyTable) {
	t := m.T.Name
	for _, p := range m.Changes {
		switch p := p.(type) {
		case *schema.AddColumn:
			a.addColumn(t, p)
		case *schema.DropColumn:
			a.dropColumn(t, p)
		case *schema.ModifyColumn:
			a.modifyColumn(t, p)
		case *schema.RenameColumn:
			a.add(BC102, Warning, p, t, p.To.Name, fmt.Sprintf("%s.%s renamed to %s: the running application still uses the old name until it is deployed", t, p.From.Name, p.To.Name))
		case *schema.AddIndex:
			a.addIndex(t, p, p.I, true)
		case *schema.ModifyIndex:
			if p.To.Unique && rekeyed(a.d, p.From, p.To) {
				a.addIndex(t, p, p.To, false)
			}
		case *schema.DropIndex:
			a.dropIndex(t, p)
		case *schema.AddPrimaryKey:
			a.primaryKey(t, p, p.P)
		case *schema.ModifyPrimaryKey:
			a.primaryKey(t, p, p.To)
		case *schema.AddForeignKey:
			a.foreignKey(t, p, p.F)
		case *schema.ModifyForeignKey:
			a.foreignKey(t, p, p.To)
		case *schema.DropForeignKey:
			a.dropForeignKey(t, p)
		case *schema.AddCheck:
			a.check(t, p, p.C)
		case *schema.ModifyCheck:
			a.check(t, p, p.To)
		}
	}
	if a.d == dburl.SQLite && !sqliteAlterable(m) && !a.down {
		a.rebuild(m)
	}
}

// sqliteAlterable mirrors Atlas's sqlite planner (sql/sqlite/migrate.go,
// alterable): other changes rebuild the table.
func sqliteAlterable(m *schema.ModifyTable) bool {
	for _, c := range m.Changes {
		switch c := c.(type) {
		case *schema.RenameColumn, *schema.RenameIndex, *schema.DropIndex, *schema.AddIndex:
		case *schema.AddColumn:
			if len(c.C.Indexes) > 0 || len(c.C.ForeignKeys) > 0 || nonConstantDefault(c.C) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func nonConstantDefault(c *schema.Column) bool {
	switch x := c.Default.(type) {
	case *schema.Literal:
		switch x.V {
		case "CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP":
			return true
		}
	case *schema.RawExpr:
		return true
	}
	return false
}
