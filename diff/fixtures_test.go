package diff

import (
	"math/rand/v2"
	"slices"
	"testing"

	"ariga.io/atlas/sql/schema"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hint"
)

// fixtures are every schema value the diff tests build, by name.
func fixtures() map[string]func() *schema.Schema {
	return map[string]func() *schema.Schema{
		"blog":   func() *schema.Schema { return blog(nil) },
		"check":  func() *schema.Schema { return withCheck("age > 0") },
		"enum":   func() *schema.Schema { return enumSchema("sad", "ok") },
		"people": func() *schema.Schema { return people("users", "name") },
		"hinted": func() *schema.Schema {
			return people("people", "full_name", &hint.RenamedFrom{Name: "users"}, &hint.RenamedFrom{Name: "name"})
		},
		"mysqlPosts": func() *schema.Schema { return mysqlPosts("idx_posts_author_id", "idx_posts_note") },
	}
}

// Every fixture diffs empty with itself and with a shuffled copy of
// itself, on every dialect; and the diff of each pair of fixtures is the
// same whatever the order of their tables, columns, indexes and checks.
func TestFixturesSelfAndShuffled(t *testing.T) {
	fx := fixtures()
	names := make([]string, 0, len(fx))
	for n := range fx {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, d := range []dburl.Dialect{dburl.Postgres, dburl.MySQL, dburl.SQLite} {
		names := slices.DeleteFunc(slices.Clone(names), func(n string) bool {
			return d != dburl.Postgres && (n == "blog" || n == "enum") // PostgreSQL types
		})
		for _, n := range names {
			for seed := range 5 {
				got, err := Schemas(fx[n](), shuffled(fx[n](), uint64(seed)), d)
				if err != nil || len(got) != 0 {
					t.Errorf("%s %s shuffle %d: %v, %v", d, n, seed, Describe(got), err)
				}
			}
		}
		for _, a := range names {
			for _, b := range names {
				want, err := Schemas(fx[a](), fx[b](), d)
				if err != nil {
					t.Fatalf("%s %s -> %s: %v", d, a, b, err)
				}
				for seed := range 3 {
					got, err := Schemas(shuffled(fx[a](), uint64(seed)), shuffled(fx[b](), uint64(seed+7)), d)
					if err != nil {
						t.Fatal(err)
					}
					if diff := cmp.Diff(sortedLines(want), sortedLines(got)); diff != "" {
						t.Errorf("%s %s -> %s shuffle %d (-want +got):\n%s", d, a, b, seed, diff)
					}
				}
			}
		}
	}
}

// sortedLines compares two diffs as sets of described changes: the order
// of changes follows the order of the input tables by design.
func sortedLines(changes []schema.Change) []string {
	lines := Describe(changes)
	slices.Sort(lines)
	return lines
}

func shuffled(s *schema.Schema, seed uint64) *schema.Schema {
	r := rand.New(rand.NewPCG(seed, 1))
	shuffle(r, s.Tables)
	for _, t := range s.Tables {
		shuffle(r, t.Columns)
		shuffle(r, t.Indexes)
		shuffle(r, t.ForeignKeys)
		shuffle(r, t.Attrs)
	}
	return s
}
