package migrate

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// Revision is one parsed migration file.
type Revision struct {
	ID string
	// Parents are the revisions this one revises: none for a base, two or
	// more for a merge point. They keep the file's order, which decides
	// the row updates at a merge (Alembic's rules use the last parent).
	Parents []string
	Message string
	Created string
	Path    string
	// Transactional is false when the header says
	// "-- autogen:transaction false": the statements then run one by one
	// outside a transaction (PostgreSQL's CREATE INDEX CONCURRENTLY).
	Transactional bool
	Up, Down      []Statement

	// revisesLine is the header line of "revises", for graph errors.
	revisesLine int
}

const (
	markerPrefix = "-- autogen:"
	upMarker     = "-- autogen:up"
	downMarker   = "-- autogen:down"
	// maxIDLen is the width of the version table's column.
	maxIDLen = 32
)

// validID is Alembic's rule loosened to what a version row and a file name
// can hold: Alembic forbids @ - + : (they are target syntax); we accept
// only word characters.
var validID = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

// reserved ids would be read as target keywords.
var reserved = map[string]bool{"head": true, "heads": true, "base": true, "current": true}

// header collects the "-- autogen:key value" lines before the up marker.
type header struct {
	path   string
	values map[string]string
	lines  map[string]int
}

// ParseFile parses a migration file in autogen's native format. path is
// used in error messages and must name the file: its base name has to
// start with the revision id.
func ParseFile(path string, content []byte) (*Revision, error) {
	lines := strings.Split(string(content), "\n")
	h := &header{path: path, values: map[string]string{}, lines: map[string]int{}}
	up, err := h.read(lines)
	if err != nil {
		return nil, err
	}
	rev, err := h.revision()
	if err != nil {
		return nil, err
	}
	if err := checkFileName(path, rev.ID); err != nil {
		return nil, err
	}
	if err := parseSections(rev, lines, up); err != nil {
		return nil, err
	}
	return rev, nil
}

// read consumes header lines and returns the index of the up marker.
func (h *header) read(lines []string) (int, error) {
	for i, raw := range lines {
		line := strings.TrimRight(raw, " \t\r")
		switch {
		case line == upMarker:
			return i, nil
		case strings.HasPrefix(line, markerPrefix):
			if err := h.add(line, i+1); err != nil {
				return 0, err
			}
		case line == "" || strings.HasPrefix(line, "--"):
			// Summaries and flags written by render; for people only.
		default:
			return 0, fmt.Errorf("%s:%d: SQL before the %q marker", h.path, i+1, upMarker)
		}
	}
	return 0, fmt.Errorf("%s: missing %q marker", h.path, upMarker)
}

func (h *header) add(line string, n int) error {
	key, value, _ := strings.Cut(strings.TrimPrefix(line, markerPrefix), " ")
	switch key {
	case "revision", "revises", "message", "created", "transaction":
	case "down":
		return fmt.Errorf("%s:%d: %q comes before %q", h.path, n, downMarker, upMarker)
	default:
		return fmt.Errorf("%s:%d: unknown header %q (want revision, revises, message, created or transaction)", h.path, n, markerPrefix+key)
	}
	if first, dup := h.lines[key]; dup {
		return fmt.Errorf("%s:%d: duplicate header %q (first on line %d)", h.path, n, markerPrefix+key, first)
	}
	h.values[key], h.lines[key] = strings.TrimSpace(value), n
	return nil
}

// revision checks the collected header and builds the Revision.
func (h *header) revision() (*Revision, error) {
	for _, key := range []string{"revision", "revises"} {
		if _, ok := h.lines[key]; !ok {
			return nil, fmt.Errorf("%s: missing header %q", h.path, markerPrefix+key)
		}
	}
	id := h.values["revision"]
	if err := checkID(id); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", h.path, h.lines["revision"], err)
	}
	parents, err := parseRevises(h.values["revises"], id)
	if err != nil {
		return nil, fmt.Errorf("%s:%d: %w", h.path, h.lines["revises"], err)
	}
	tx := true
	if line, ok := h.lines["transaction"]; ok {
		switch h.values["transaction"] {
		case "true":
		case "false":
			tx = false
		default:
			return nil, fmt.Errorf("%s:%d: transaction is %q, want true or false", h.path, line, h.values["transaction"])
		}
	}
	return &Revision{
		ID: id, Parents: parents, Message: h.values["message"], Created: h.values["created"],
		Path: h.path, Transactional: tx, revisesLine: h.lines["revises"],
	}, nil
}

func checkID(id string) error {
	switch {
	case id == "":
		return fmt.Errorf("empty revision id")
	case !validID.MatchString(id):
		return fmt.Errorf("revision id %q: only letters, digits and _ are allowed", id)
	case len(id) > maxIDLen:
		return fmt.Errorf("revision id %q is longer than %d characters", id, maxIDLen)
	case reserved[id]:
		return fmt.Errorf("revision id %q is a reserved word", id)
	}
	return nil
}

// parseRevises reads "<base>" or "id" or "id1, id2".
func parseRevises(v, self string) ([]string, error) {
	if v == "<base>" {
		return nil, nil
	}
	var parents []string
	seen := map[string]bool{}
	for _, p := range strings.Split(v, ",") {
		p = strings.TrimSpace(p)
		if err := checkID(p); err != nil {
			return nil, fmt.Errorf("revises: %w (write <base> for a first revision)", err)
		}
		if p == self {
			return nil, fmt.Errorf("Self-loop is detected in revisions (%s)", p)
		}
		if seen[p] {
			return nil, fmt.Errorf("revises %q twice", p)
		}
		seen[p] = true
		parents = append(parents, p)
	}
	return parents, nil
}

// checkFileName requires <id>_<slug>.sql or <id>.sql, so that ls sorts
// and finds files by revision.
func checkFileName(path, id string) error {
	base := filepath.Base(path)
	rest, ok := strings.CutPrefix(base, id)
	if !ok || !(strings.HasPrefix(rest, "_") || strings.HasPrefix(rest, ".")) {
		return fmt.Errorf("%s: file name does not start with its revision id %q (want %s_<slug>.sql)", path, id, id)
	}
	return nil
}

// parseSections splits the lines after the up marker into the Up and Down
// statements.
func parseSections(rev *Revision, lines []string, up int) error {
	down := -1
	for i := up + 1; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t\r")
		if !strings.HasPrefix(line, markerPrefix) {
			continue
		}
		if line != downMarker || down >= 0 {
			return fmt.Errorf("%s:%d: unexpected %q in the migration body", rev.Path, i+1, line)
		}
		down = i
	}
	if down < 0 {
		return fmt.Errorf("%s: missing %q marker (write it even when the down section is empty)", rev.Path, downMarker)
	}
	var err error
	rev.Up, err = splitStatements(rev.Path, strings.Join(lines[up+1:down], "\n"), up+2)
	if err != nil {
		return err
	}
	rev.Down, err = splitStatements(rev.Path, strings.Join(lines[down+1:], "\n"), down+2)
	return err
}
