package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"time"

	"ariga.io/atlas/sql/schema"
	"github.com/spf13/pflag"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hazard"
)

// hazardFlags are the flags of revision, diff and check that drive the
// hazard analysis (README, Hazards).
type hazardFlags struct {
	noLive  bool
	timeout time.Duration
	failOn  string
	matcher *hazard.Matcher
}

func (h *hazardFlags) register(fs *pflag.FlagSet) {
	fs.BoolVar(&h.noLive, "no-live-checks", false, "do not query the database's rows and statistics for the hazard flags")
	h.timeout = hazard.DefaultTimeout
	fs.Var((*positiveDuration)(&h.timeout), "check-timeout", "bound on each live check query")
	fs.StringVar(&h.failOn, "fail-on", "", "exit 1 when a hazard matches: codes (DF101), families (DL) or a lowest severity (error, warning, info), comma-separated")
}

// positiveDuration is a duration flag that refuses zero and negative
// values while the flags are parsed, so that they get pflag's message and
// a usage error (exit 2): a bound of 0s would fail every live check.
type positiveDuration time.Duration

func (d *positiveDuration) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	if v <= 0 {
		return fmt.Errorf("must be more than 0")
	}
	*d = positiveDuration(v)
	return nil
}

func (d *positiveDuration) String() string { return time.Duration(*d).String() }
func (d *positiveDuration) Type() string   { return "duration" }

// parse checks --fail-on once the flags are parsed.
func (h *hazardFlags) parse() error {
	if h.failOn == "" {
		return nil
	}
	m, err := hazard.ParseMatcher(h.failOn)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	h.matcher = m
	return nil
}

// assess analyzes the changes and, unless turned off, checks them against
// the live database they were diffed from.
func (h *hazardFlags) assess(ctx context.Context, db *sql.DB, current, desired *schema.Schema, up, down []schema.Change, d dburl.Dialect) (*hazard.Report, error) {
	rep := hazard.Analyze(hazard.Input{Up: up, Down: down, Current: current, Desired: desired, Dialect: d})
	if len(up) == 0 {
		return rep, nil
	}
	if h.noLive {
		hazard.Skip(rep, "--no-live-checks")
		return rep, nil
	}
	if err := hazard.Live(ctx, db, rep, hazard.Options{Timeout: h.timeout}); err != nil {
		return nil, err
	}
	return rep, nil
}

// printHazards writes the flags by severity, most serious first, except
// those of listed (indices into rep.Flags) that were printed already.
func printHazards(w io.Writer, rep *hazard.Report, listed ...int) {
	if rep == nil || len(rep.Flags) == 0 {
		return
	}
	fmt.Fprintf(w, "Hazards: %s\n", rep.Summary())
	for _, s := range []hazard.Severity{hazard.Error, hazard.Warning, hazard.Info} {
		for i, f := range rep.Flags {
			if f.Severity != s || slices.Contains(listed, i) {
				continue
			}
			where := "up"
			if f.Down {
				where = "down"
			}
			fmt.Fprintf(w, "  %-7s %s %-4s %s\n", s, f.Code, where, f.Text)
		}
	}
}

// gate returns an exit-1 error when --fail-on matches a flag.
func (h *hazardFlags) gate(rep *hazard.Report) error {
	if h.matcher == nil || rep == nil {
		return nil
	}
	hit := h.matcher.Match(rep.Flags)
	if len(hit) == 0 {
		return nil
	}
	codes := ""
	for i, f := range hit {
		if i > 0 {
			codes += ", "
		}
		codes += string(f.Code)
	}
	return &exitError{code: 1, err: fmt.Errorf("%d hazards match --fail-on %s: %s", len(hit), h.failOn, codes)}
}
