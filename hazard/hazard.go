package hazard

import (
	"fmt"
	"slices"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/dburl"
)

// Severity grades a flag. The zero value is Info.
type Severity int

// The severities, from least to most serious.
const (
	// Info is for the reader: the live checks found nothing to fear, or
	// the change is harmless on this data.
	Info Severity = iota
	// Warning may hurt: it depends on data autogen did not or could not
	// check, on traffic, or on the application.
	Warning
	// Error will fail or lose data, as far as autogen can tell.
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, bool) {
	switch strings.ToLower(s) {
	case "error":
		return Error, true
	case "warning":
		return Warning, true
	case "info":
		return Info, true
	}
	return 0, false
}

// Code names a hazard, such as DF101. The first two letters are its
// family.
type Code string

// Family returns the two-letter family of the code: DL, DF, SD, RW, LK,
// TX, BC, IR or PF.
func (c Code) Family() string {
	if len(c) < 2 {
		return string(c)
	}
	return string(c[:2])
}

// Flag is one hazard of one change.
type Flag struct {
	Code     Code
	Severity Severity
	// Table and Column say where; Column is empty for a table-wide flag,
	// both for a flag on a PostgreSQL enum type (DF107, TX105), whose text
	// names the columns.
	Table, Column string
	// Text is one line for the reader, with the live numbers when they
	// were checked: `users.email: 3 duplicate values; CREATE UNIQUE INDEX will fail`.
	Text string
	// Change is the top-level change of the Up or Down list the flag
	// belongs to; Part is the sub-change of a ModifyTable it is about (or
	// Change itself).
	Change, Part schema.Change
	// Down is set for flags of the downgrade.
	Down bool
	// Guard, when set, is a check the migration can run before its first
	// statement so that it fails early, with a clear message, if the data
	// no longer allows the change.
	Guard *Guard
	// Evidence is what the live check found; nil when none ran.
	Evidence *Evidence

	probe   *probe
	cleared bool
}

// Guard is an apply-time check: Violations is a SELECT that returns at
// least one row exactly when the change would fail; Message says why.
type Guard struct {
	Violations string
	Message    string
}

// Evidence is the outcome of a live check.
type Evidence struct {
	// Query is the SQL that ran.
	Query string
	// Checked is set when the query answered; Count is then its number
	// and Estimate says whether it came from statistics.
	Checked  bool
	Count    int64
	Estimate bool
	// Skipped says why the check did not answer: live checks off, a
	// timeout, an error.
	Skipped string
}

// Cleared reports whether the live check found the data clear of what
// the flag fears (0 rows). Such a flag stays in the report as info.
func (f Flag) Cleared() bool {
	return f.cleared
}

// Report is the outcome of Analyze and Live for one migration.
type Report struct {
	Dialect dburl.Dialect
	// Flags are the up flags in change order, then the down flags.
	Flags []Flag
	// NotCompared lists what autogen could not see: objects of the
	// database outside the models (filled by Live) and what the models
	// cannot express.
	NotCompared []string
	// Live says whether the live checks ran: "", "off" or a description
	// such as "ran with a 5s statement timeout".
	Live string
}

// Up returns the flags of the upgrade.
func (r *Report) Up() []Flag { return r.section(false) }

// Down returns the flags of the downgrade.
func (r *Report) Down() []Flag { return r.section(true) }

func (r *Report) section(down bool) []Flag {
	if r == nil {
		return nil
	}
	var out []Flag
	for _, f := range r.Flags {
		if f.Down == down {
			out = append(out, f)
		}
	}
	return out
}

// Count returns how many flags have severity s.
func (r *Report) Count(s Severity) int {
	n := 0
	if r != nil {
		for _, f := range r.Flags {
			if f.Severity == s {
				n++
			}
		}
	}
	return n
}

// Summary is one line: "2 errors (DF101, DL102), 1 warning (BC101), 0 info".
func (r *Report) Summary() string {
	var parts []string
	for _, s := range []Severity{Error, Warning, Info} {
		var codes []string
		for _, f := range r.Flags {
			if f.Severity == s && !slices.Contains(codes, string(f.Code)) {
				codes = append(codes, string(f.Code))
			}
		}
		slices.Sort(codes)
		n := r.Count(s)
		p := fmt.Sprintf("%d %s", n, s)
		if n != 1 && s != Info {
			p += "s"
		}
		if len(codes) > 0 {
			p += " (" + strings.Join(codes, ", ") + ")"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// Matcher selects flags for --fail-on: codes (DF101), families (DF) and a
// lowest severity (warning means warning and error).
type Matcher struct {
	codes    []string
	severity Severity
	bySev    bool
}

// ParseMatcher reads a comma-separated list of codes, families and at
// most one severity.
func ParseMatcher(s string) (*Matcher, error) {
	m := &Matcher{}
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if sev, ok := ParseSeverity(item); ok {
			if m.bySev {
				return nil, fmt.Errorf("fail-on %q: more than one severity", s)
			}
			m.severity, m.bySev = sev, true
			continue
		}
		up := strings.ToUpper(item)
		if _, ok := catalog[Code(up)]; !ok && !isFamily(up) {
			return nil, fmt.Errorf("fail-on %q: %q is not a hazard code, family or severity (error, warning, info)", s, item)
		}
		m.codes = append(m.codes, up)
	}
	if len(m.codes) == 0 && !m.bySev {
		return nil, fmt.Errorf("fail-on %q: empty", s)
	}
	return m, nil
}

func isFamily(s string) bool {
	for c := range catalog {
		if c.Family() == s {
			return true
		}
	}
	return false
}

// Match returns the flags m selects. A code or family matches every flag
// of it except those the live checks cleared; a severity matches flags
// at or above it.
func (m *Matcher) Match(flags []Flag) []Flag {
	var out []Flag
	for _, f := range flags {
		byCode := (slices.Contains(m.codes, string(f.Code)) || slices.Contains(m.codes, f.Code.Family())) && !f.Cleared()
		bySev := m.bySev && f.Severity >= m.severity
		if byCode || bySev {
			out = append(out, f)
		}
	}
	return out
}
