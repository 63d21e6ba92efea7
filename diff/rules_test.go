package diff

import (
	"testing"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
)

func raw(s string) schema.Expr { return &schema.RawExpr{X: s} }
func lit(s string) schema.Expr { return &schema.Literal{V: s} }

func TestIsNullDefault(t *testing.T) {
	for _, tt := range []struct {
		x    schema.Expr
		want bool
	}{
		{raw("NULL::character varying"), true},
		{raw("NULL"), true},
		{lit("null"), true},
		{raw("'NULL'::text"), false},
		{lit("0"), false},
		{nil, false},
	} {
		if got := isNullDefault(tt.x); got != tt.want {
			t.Errorf("isNullDefault(%v) = %v, want %v", exprText(tt.x), got, tt.want)
		}
	}
}

func TestSameDefault(t *testing.T) {
	text := &schema.ColumnType{Type: &schema.StringType{T: "text"}}
	tstz := &schema.ColumnType{Type: &schema.TimeType{T: postgres.TypeTimestampWTZ}}
	for _, tt := range []struct {
		name     string
		d        dburl.Dialect
		typ      *schema.ColumnType
		db, want schema.Expr
		same     bool
	}{
		{"pg casts a function argument", dburl.Postgres, text, raw("upper('x'::text)"), raw("upper('x')"), true},
		{"pg casts a string", dburl.Postgres, text, raw("'member'::character varying"), lit("'member'"), true},
		{"pg keeps a different string", dburl.Postgres, text, raw("'member'::character varying"), lit("'admin'"), false},
		{"quoted text is compared exactly", dburl.Postgres, text, raw("'A'::text"), lit("'a'"), false},
		{"numeric spelling", dburl.Postgres, text, raw("0.00"), lit("0"), true},
		{"numeric cast", dburl.Postgres, text, raw("'1.5'::numeric"), lit("1.50"), true},
		{"different numbers", dburl.Postgres, text, raw("1.5"), lit("1.6"), false},
		{"keyword case", dburl.Postgres, text, raw("CURRENT_TIMESTAMP"), raw("current_timestamp"), true},
		{"extra parentheses", dburl.Postgres, text, raw("(1 + 2)"), raw("1 + 2"), true},
		{"timestamptz wall clock", dburl.Postgres, tstz, raw("'2020-01-02 00:00:00+00'::timestamp with time zone"), lit("'2020-01-02 00:00:00'"), true},
		{"timestamptz other day", dburl.Postgres, tstz, raw("'2020-01-03 00:00:00+00'"), lit("'2020-01-02 00:00:00'"), false},
		{"wall clock only on timestamptz", dburl.Postgres, text, raw("'2020-01-02 00:00:00+00'"), lit("'2020-01-02 00:00:00'"), false},
		{"mysql current_timestamp(3)", dburl.MySQL, text, raw("(current_timestamp(3))"), raw("CURRENT_TIMESTAMP"), true},
		{"mysql now()", dburl.MySQL, text, raw("current_timestamp()"), raw("now()"), true},
		{"pg keeps now vs a literal", dburl.Postgres, text, raw("now()"), lit("'x'"), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			from := &schema.Column{Name: "c", Type: tt.typ, Default: tt.db}
			to := &schema.Column{Name: "c", Type: tt.typ, Default: tt.want}
			if got := sameDefault(from, to, tt.d); got != tt.same {
				t.Errorf("sameDefault(%s, %s) = %v, want %v", exprText(tt.db), exprText(tt.want), got, tt.same)
			}
		})
	}
}

func TestSameSQL(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"(w <> ''::text)", "w <> ''", true},
		{"((age > 18) AND (deleted_at IS NULL))", "age > 18 and deleted_at is null", true},
		{"lower((email)::text)", "lower(email)", true},
		{"((y + 1))", "(y + 1)", true},
		{"(w <> 'a'::text)", "w <> 'b'", false},
		{"x > 1", "x >= 1", false},
	} {
		if got := sameSQL(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSQL(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// table builds t(c text, n int) with the given indexes.
func table(name string, idx ...func(t *schema.Table) *schema.Index) *schema.Table {
	c := schema.NewStringColumn("c", "text")
	n := schema.NewIntColumn("n", "integer")
	tb := schema.NewTable(name).AddColumns(c, n)
	for _, f := range idx {
		tb.AddIndexes(f(tb))
	}
	return tb
}

func uniqueOn(name string, attrs ...schema.Attr) func(t *schema.Table) *schema.Index {
	return func(t *schema.Table) *schema.Index {
		return schema.NewUniqueIndex(name).AddColumns(t.Columns[0]).AddAttrs(attrs...)
	}
}

// TestPairRules runs each rule through Schemas: a database spelling of the
// models' schema diffs empty; a real difference still shows, with the
// models' own text.
func TestPairRules(t *testing.T) {
	tests := []struct {
		name     string
		d        dburl.Dialect
		from, to *schema.Table
		want     []string
	}{
		{"sqlite autoindex takes the models' name", dburl.SQLite,
			table("t", uniqueOn("sqlite_autoindex_t_1", &sqlite.IndexOrigin{O: "u"})),
			table("t", uniqueOn("uni_t_c", &sqlite.IndexOrigin{O: "u"})), nil},
		// A unique tag made uniqueIndex: the constraint becomes an index,
		// which only a rebuild does on SQLite.
		{"sqlite unique constraint to unique index", dburl.SQLite,
			table("t", uniqueOn("sqlite_autoindex_t_1", &sqlite.IndexOrigin{O: "u"})),
			table("t", uniqueOn("uni_t_c")), []string{`modify unique index "uni_t_c" on "t"`}},
		{"sqlite unique index to unique constraint", dburl.SQLite,
			table("t", uniqueOn("uni_t_c", &sqlite.IndexOrigin{O: "c"})),
			table("t", uniqueOn("uni_t_c", &sqlite.IndexOrigin{O: "u"})), []string{`modify unique constraint "uni_t_c" on "t"`}},
		{"sqlite autoindex on other columns stays", dburl.SQLite,
			table("t", uniqueOn("sqlite_autoindex_t_1", &sqlite.IndexOrigin{O: "u"})),
			table("t", func(t *schema.Table) *schema.Index {
				return schema.NewUniqueIndex("uni_t_n").AddColumns(t.Columns[1])
			}),
			[]string{`drop unique constraint "sqlite_autoindex_t_1" on "t"`, `add unique index "uni_t_n" on "t"`}},
		{"mariadb long unique", dburl.MySQL,
			table("t", uniqueOn("uq", &mysql.IndexType{T: "HASH"})),
			table("t", uniqueOn("uq")), nil},
		{"pg predicate spelling", dburl.Postgres,
			table("t", uniqueOn("uq", &postgres.IndexPredicate{P: "(c <> ''::text)"})),
			table("t", uniqueOn("uq", &postgres.IndexPredicate{P: "c <> ''"})), nil},
		{"pg predicate change", dburl.Postgres,
			table("t", uniqueOn("uq", &postgres.IndexPredicate{P: "(c <> ''::text)"})),
			table("t", uniqueOn("uq", &postgres.IndexPredicate{P: "c <> 'x'"})),
			[]string{`modify unique index "uq" on "t"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to := schema.New("a").AddTables(tt.from), schema.New("b").AddTables(tt.to)
			name, attrs := tt.from.Indexes[0].Name, len(tt.from.Indexes[0].Attrs)
			changes, err := Schemas(from, to, tt.d)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, Describe(changes)); d != "" {
				t.Errorf("changes (-want +got):\n%s", d)
			}
			if tt.from.Indexes[0].Name != name || len(tt.from.Indexes[0].Attrs) != attrs {
				t.Error("Schemas modified its input")
			}
		})
	}
}

// TestPairDefaults: defaults through Schemas; the change that remains
// carries the models' text.
func TestPairDefaults(t *testing.T) {
	col := func(def schema.Expr) *schema.Table {
		c := schema.NewStringColumn("c", "varchar").SetDefault(def)
		c.Type.Type = &schema.StringType{T: "character varying", Size: 20}
		return schema.NewTable("t").AddColumns(c)
	}
	same, err := Schemas(schema.New("").AddTables(col(raw("NULL::character varying"))), schema.New("").AddTables(col(nil)), dburl.Postgres)
	if err != nil || len(same) != 0 {
		t.Errorf("NULL default: %v %v", Describe(same), err)
	}
	changed, err := Schemas(schema.New("").AddTables(col(raw("'a'::character varying"))), schema.New("").AddTables(col(lit("'b'"))), dburl.Postgres)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`modify column "t"."c": default 'a'::character varying -> 'b'`}
	if d := cmp.Diff(want, Describe(changed)); d != "" {
		t.Errorf("changes (-want +got):\n%s", d)
	}
}
