package models

import (
	"context"
	"strings"
	"testing"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
	"github.com/google/go-cmp/cmp"

	"github.com/autogen-dev/autogen/dburl"
)

// tagCase is one model whose tags GORM rejects, ignores or reads against
// what they say. fields are the struct's fields after "ID uint" on line 4,
// so the first of them is on line 5; "~" stands for a backquote. Each
// expected problem is "file:line:col: message".
type tagCase struct {
	name    string
	d       dburl.Dialect
	extra   string // more declarations after the Item struct
	fields  string
	errs    []string
	warns   []string
	checkDB func(t *testing.T, s *schema.Schema)
}

var tagCases = []tagCase{
	// Numbers: size falls back to -1, precision and scale to 0, and
	// GORM drops the strconv error (field.go:206-218).
	{name: "size not a number", d: dburl.Postgres,
		fields: "Name string ~gorm:\"size:abc\"~\nN int ~gorm:\"size:abc\"~\nM int ~gorm:\"size:-5\"~\nPadded string ~gorm:\"size:12 \"~",
		warns: []string{
			`models.go:5:2: field Name: size "abc" is not a number; GORM reads it as -1 and writes text`,
			`models.go:6:2: field N: size "abc" is not a number; GORM reads it as -1 and writes smallint`,
			`models.go:7:2: field M: size "-5" is negative; GORM reads it as -5 and writes smallint`,
			`models.go:8:2: field Padded: size "12 " is not a number; GORM reads it as -1 and writes text`,
		}},
	{name: "size on mysql", d: dburl.MySQL,
		fields: "Name string ~gorm:\"size:abc\"~\nN int ~gorm:\"size:abc\"~",
		warns: []string{
			`models.go:5:2: field Name: size "abc" is not a number; GORM reads it as -1 and writes longtext`,
			`models.go:6:2: field N: size "abc" is not a number; GORM reads it as -1 and writes tinyint`,
		}},
	{name: "precision", d: dburl.Postgres,
		fields: "F float64 ~gorm:\"precision:-5\"~\nG float64 ~gorm:\"precision:x;scale:2\"~\nH float64 ~gorm:\"precision:99999999999999999999\"~",
		errs:   []string{`models.go:7:2: field H: precision "99999999999999999999" is out of range`},
		warns: []string{
			`models.go:5:2: field F: precision "-5" is negative; GORM reads it as -5 and writes decimal`,
			`models.go:6:2: field G: GORM ignores scale without a precision and writes decimal`,
			`models.go:6:2: field G: precision "x" is not a number; GORM reads it as 0 and writes decimal`,
		}},
	// MySQL's datetime gets GORM's default precision 3 only while the
	// precision: setting is empty (mysql.go:410-413).
	{name: "time precision on mysql", d: dburl.MySQL, extra: "import \"time\"\n",
		fields: "A time.Time ~gorm:\"precision:abc\"~\nB time.Time ~gorm:\"precision:\"~\nC time.Time ~gorm:\"precision:-1\"~",
		warns: []string{
			`models.go:7:2: field A: precision "abc" is not a number; GORM reads it as 0 and writes datetime`,
			`models.go:8:2: field B: precision "" is not a number; GORM reads it as 0 and writes datetime(3)`,
			`models.go:9:2: field C: precision "-1" is negative; GORM reads it as -1 and writes datetime`,
		}},
	{name: "scale on mysql", d: dburl.MySQL,
		fields: "F float64 ~gorm:\"precision:10;scale:-2\"~\nG float64 ~gorm:\"precision:5;scale:10\"~\nH float64 ~gorm:\"precision:5;scale:x\"~",
		errs: []string{
			`models.go:5:2: field F: scale -2 does not fit precision 10; GORM writes decimal(10, -2), which MySQL rejects`,
			`models.go:6:2: field G: scale 10 does not fit precision 5; GORM writes decimal(5, 10), which MySQL rejects`,
		},
		warns: []string{`models.go:7:2: field H: scale "x" is not a number; GORM reads it as 0 and writes decimal(5, 0)`}},
	{name: "scale on postgres", d: dburl.Postgres,
		fields: "F float64 ~gorm:\"precision:10;scale:-2\"~\nG float64 ~gorm:\"precision:5;scale:10\"~",
		warns:  []string{`models.go:5:2: field F: scale "-2" is negative; GORM reads it as -2 and writes numeric(10)`}},
	{name: "autoIncrementIncrement", d: dburl.SQLite,
		fields: "A int ~gorm:\"autoIncrementIncrement:abc\"~\nB int ~gorm:\"autoIncrementIncrement:0\"~\nC int ~gorm:\"autoIncrementIncrement:10\"~",
		warns: []string{
			`models.go:5:2: field A: autoIncrementIncrement "abc" is not a positive number; GORM reads it as 0, so the keys it fills in after a batch insert are wrong`,
			`models.go:6:2: field B: autoIncrementIncrement "0" is not a positive number; GORM reads it as 0, so the keys it fills in after a batch insert are wrong`,
		}},
	{name: "index priority and length", d: dburl.MySQL,
		fields: "A string ~gorm:\"size:20;index:idx_a,priority:x\"~\nB string ~gorm:\"size:20;index:idx_a,priority:-1\"~\nC string ~gorm:\"size:20;index:,length:-3\"~\nD string ~gorm:\"size:20;index:,length:ten\"~",
		warns: []string{
			`models.go:5:2: field A: index "idx_a": priority "x" is not a number; GORM uses the default, 10`,
			`models.go:7:2: field C: index "idx_items_c": length "-3" is negative; GORM ignores it`,
			`models.go:8:2: field D: index "idx_items_d": length "ten" is not a number; GORM ignores it`,
		},
		checkDB: func(t *testing.T, s *schema.Schema) {
			tb := table(t, s, "items")
			// A negative priority sorts first.
			idx, _ := tb.Index("idx_a")
			if got := partNames(idx); got != "b a" {
				t.Errorf("idx_a parts = %q, want %q", got, "b a")
			}
		}},
	// A repeated key: ParseTagSetting keeps the last (utils.go:16-43).
	{name: "duplicate keys", d: dburl.Postgres,
		fields: "T string ~gorm:\"type:int;type:varchar(5)\"~\nS string ~gorm:\"size:10;SIZE:20\"~\nSame string ~gorm:\"size:10;size:10\"~\nU string ~gorm:\"unique;unique:false\"~\nI string ~gorm:\"index:a;index:b\"~",
		warns: []string{
			`models.go:5:2: field T: the gorm tag sets type more than once; GORM keeps the last, "varchar(5)"`,
			`models.go:6:2: field S: the gorm tag sets SIZE more than once; GORM keeps the last, "20"`,
			`models.go:8:2: field U: the gorm tag sets unique more than once; GORM keeps the last, "false"`,
		},
		checkDB: func(t *testing.T, s *schema.Schema) {
			tb := table(t, s, "items")
			if c, _ := tb.Column("t"); c.Type.Raw != "varchar(5)" {
				t.Errorf("t is %s", c.Type.Raw)
			}
			if c, _ := tb.Column("s"); c.Type.Raw != "varchar(20)" {
				t.Errorf("s is %s", c.Type.Raw)
			}
		}},
	// The same field twice in one index: GORM keeps both entries
	// (index.go:30-78), PostgreSQL and SQLite take the index as written.
	{name: "column twice in an index on postgres", d: dburl.Postgres,
		fields: "Age int ~gorm:\"unique;uniqueIndex:x;index:x\"~",
		warns:  []string{`models.go:5:2: field Age: index "x" lists column "age" twice; GORM creates it over (age, age), which MySQL would refuse`},
		checkDB: func(t *testing.T, s *schema.Schema) {
			tb := table(t, s, "items")
			idx, _ := tb.Index("x")
			if got := partNames(idx); !idx.Unique || got != "age age" {
				t.Errorf("x: unique=%v parts %q, want GORM's (age, age)", idx.Unique, got)
			}
		}},
	{name: "column twice in an index on mysql", d: dburl.MySQL,
		fields: "Age int ~gorm:\"unique;uniqueIndex:x;index:x\"~",
		errs:   []string{`models.go:5:2: field Age: index "x" lists column "age" twice; MySQL rejects GORM's CREATE TABLE (duplicate column name)`},
		checkDB: func(t *testing.T, s *schema.Schema) {
			tb := table(t, s, "items")
			if idx, _ := tb.Index("x"); partNames(idx) != "age" {
				t.Errorf("x parts %q, want the column once", partNames(idx))
			}
		}},
	// GORM shortens a derived name of more than 63 characters by cutting
	// bytes: here in the middle of a character, which PostgreSQL rejects.
	{name: "derived name cut inside a character", d: dburl.Postgres,
		extra:  "func (Item) TableName() string { return \"t" + strings.Repeat("日本", 30) + "\" }",
		fields: "N int ~gorm:\"check:n > 0\"~\nM int ~gorm:\"check:named,m > 0\"~",
		errs:   []string{"models.go:5:2: field N: GORM names the check \"chk_t" + strings.Repeat("日本", 8) + "\uFFFD889d6649\" by cutting it in the middle of a character, which postgres rejects; give it a name in the tag"},
	},
	{name: "empty index values", d: dburl.SQLite,
		fields: "A string ~gorm:\"index:\"~\nB string ~gorm:\"index:b_idx;index:\"~\nC string ~gorm:\"uniqueIndex:\"~\nD string ~gorm:\"index:d_idx;uniqueIndex:\"~",
		warns: []string{
			`models.go:5:2: field A: GORM creates none of this field's indexes: its last index: entry is empty (write index alone for a generated name)`,
			`models.go:6:2: field B: GORM creates none of this field's indexes: its last index: entry is empty (write index alone for a generated name)`,
			`models.go:7:2: field C: GORM creates none of this field's indexes: its last uniqueIndex: entry is empty (write uniqueIndex alone for a generated name)`,
		},
		checkDB: func(t *testing.T, s *schema.Schema) {
			tb := table(t, s, "items")
			var names []string
			for _, idx := range tb.Indexes {
				names = append(names, idx.Name)
			}
			// D's gate passes on index:d_idx; its empty uniqueIndex: is
			// idx_items_d.
			if got := strings.Join(names, " "); got != "d_idx idx_items_d" {
				t.Errorf("indexes %q", got)
			}
		}},
	// Two fields, one column: GORM keeps the first (schema.go:230-268).
	{name: "same column", d: dburl.Postgres,
		fields: "A string ~gorm:\"column:same;index\"~\nB string ~gorm:\"column:same;size:10\"~\nName string\nTitle string ~gorm:\"column:name\"~",
		errs: []string{
			`models.go:6:2: field B: column "same" is also the column of field A (models.go:5:2); GORM keeps that one and ignores this field`,
			`models.go:8:2: field Title: column "name" is also the column of field Name (models.go:7:2); GORM keeps that one and ignores this field`,
		}},
	{name: "same column from two embedded structs", d: dburl.SQLite,
		extra:  "type Left struct{ Name string }\n\ntype Right struct {\n\tName string ~gorm:\"size:10\"~\n}\n",
		fields: "Left\nRight\nX int ~gorm:\"not null\"~",
		errs:   []string{`models.go:13:2: field Name: column "name" is also the column of field Name (models.go:10:19); GORM keeps that one and ignores this field`}},
	// A shallower field replacing an embedded one is GORM's override.
	{name: "override of an embedded field", d: dburl.SQLite,
		extra:  "type Base struct {\n\tID   uint\n\tName string\n}\n",
		fields: "Base\nName string ~gorm:\"size:5\"~"},
	{name: "primary key that is not a column", d: dburl.Postgres,
		fields: "Key string ~gorm:\"primaryKey;-\"~\nAll string ~gorm:\"primaryKey;-:all\"~",
		warns: []string{
			`models.go:5:2: field Key: GORM ignores primaryKey on a field that is not a column`,
			`models.go:6:2: field All: GORM ignores primaryKey on a field that is not a column`,
		},
		checkDB: func(t *testing.T, s *schema.Schema) {
			tb := table(t, s, "items")
			if got := partNames(tb.PrimaryKey); got != "id" {
				t.Errorf("primary key %q", got)
			}
		}},
	{name: "primary key never migrated", d: dburl.SQLite,
		fields: "Key string ~gorm:\"primaryKey;-:migration\"~",
		errs:   []string{`models.go:5:2: field Key: the primary key is a -:migration field; GORM's CREATE TABLE names it in PRIMARY KEY but never creates the column`}},
	{name: "unique without a column", d: dburl.MySQL,
		fields: "Key string ~gorm:\"-;unique\"~\nSkip string ~gorm:\"-:migration;unique\"~",
		errs: []string{
			`models.go:5:2: field Key: unique needs a column, and GORM creates none for this field; its CREATE TABLE fails on the UNIQUE constraint`,
			`models.go:6:2: field Skip: unique needs a column, and GORM creates none for this field; its CREATE TABLE fails on the UNIQUE constraint`,
		}},
	// autoIncrement reaches the DDL only on integer types (dialect.serial).
	{name: "autoIncrement on a string on mysql", d: dburl.MySQL,
		fields: "Code string ~gorm:\"autoIncrement\"~\nF float64 ~gorm:\"autoIncrement\"~\nV string ~gorm:\"type:varchar(20);autoIncrement\"~",
		errs:   []string{`models.go:7:2: field V: autoIncrement needs an integer field; on this string field GORM writes varchar(20) AUTO_INCREMENT, which MySQL rejects`},
		warns: []string{
			`models.go:5:2: field Code: GORM ignores autoIncrement on a string column`,
			`models.go:6:2: field F: GORM ignores autoIncrement on a float column`,
		},
		checkDB: func(t *testing.T, s *schema.Schema) {
			tb := table(t, s, "items")
			c, _ := tb.Column("code")
			if c.Type.Raw != "varchar(191)" || !c.Type.Null || hasAttr[*mysql.AutoIncrement](c.Attrs) {
				t.Errorf("code: %s null=%v attrs %v, want GORM's nullable varchar(191)", c.Type.Raw, c.Type.Null, c.Attrs)
			}
		}},
	{name: "autoIncrement on a string on postgres", d: dburl.Postgres,
		fields: "Code string ~gorm:\"autoIncrement\"~\nV string ~gorm:\"type:varchar(20);autoIncrement\"~",
		errs:   []string{`models.go:6:2: field V: autoIncrement needs an integer field; on this string field GORM replaces type:varchar(20) by smallserial`},
		warns:  []string{`models.go:5:2: field Code: GORM ignores autoIncrement on a string column`}},
	{name: "autoIncrement on a string on sqlite", d: dburl.SQLite,
		fields: "V string ~gorm:\"type:varchar(20);autoIncrement\"~",
		warns:  []string{`models.go:5:2: field V: GORM's SQLite dialect ignores autoIncrement on type:varchar(20)`}},
	// GORM writes a custom-typed key without AUTOINCREMENT on SQLite.
	{name: "custom key type on sqlite", d: dburl.SQLite, fields: "",
		extra: "type Other struct {\n\tID   uint ~gorm:\"type:bigint\"~\n\tName string\n}\n",
		checkDB: func(t *testing.T, s *schema.Schema) {
			other := table(t, s, "others")
			if c, _ := other.Column("id"); c.Type.Raw != "bigint" || hasAttr[*sqlite.AutoIncrement](c.Attrs) {
				t.Errorf("others.id: %s attrs %v, want a plain bigint key", c.Type.Raw, c.Attrs)
			}
		}},
	{name: "autoIncrement with a default on postgres", d: dburl.Postgres,
		extra:  "type Other struct {\n\tID   uint ~gorm:\"default:null\"~\n}\n",
		fields: "Seq int ~gorm:\"autoIncrement;default:5\"~",
		errs: []string{
			`models.go:5:2: field Seq: an auto-increment column cannot take default:5; PostgreSQL rejects GORM's DDL (a serial column has its own default)`,
			`models.go:9:2: field ID: an auto-increment column cannot take default:null; PostgreSQL rejects GORM's DDL (a serial column has its own default)`,
		}},
	{name: "autoIncrement with a default on mysql", d: dburl.MySQL,
		extra:  "type Other struct {\n\tID   uint ~gorm:\"default:null\"~\n}\n",
		fields: "Seq int ~gorm:\"autoIncrement;default:5\"~",
		errs:   []string{`models.go:5:2: field Seq: an auto-increment column cannot take default:5; MySQL rejects GORM's DDL`},
		warns:  []string{`models.go:9:2: field ID: default:null has no effect on an auto-increment column`}},
	{name: "autoIncrement with a default on sqlite", d: dburl.SQLite, fields: "",
		extra: "type Other struct {\n\tID   uint ~gorm:\"default:5\"~\n}\n",
		warns: []string{`models.go:8:2: field ID: default:5 has no effect on an auto-increment column`},
		checkDB: func(t *testing.T, s *schema.Schema) {
			other := table(t, s, "others")
			if c, _ := other.Column("id"); c.Default == nil {
				t.Errorf("others.id has no default; GORM writes DEFAULT 5")
			}
		}},
	{name: "not null and default null on mysql", d: dburl.MySQL,
		fields: "Name string ~gorm:\"not null;default:null\"~\nCode string ~gorm:\"primaryKey;default:null\"~",
		errs:   []string{`models.go:5:2: field Name: not null contradicts default:null; MySQL rejects GORM's NOT NULL DEFAULT null`}},
	{name: "not null and default null on postgres", d: dburl.Postgres,
		fields: "Name string ~gorm:\"notnull;default:NULL\"~",
		warns:  []string{`models.go:5:2: field Name: not null contradicts default:null; GORM writes NOT NULL DEFAULT null, so the column has no default`}},
	{name: "ignored settings", d: dburl.Postgres,
		extra:  "type Contact struct{ Email string }\n",
		fields: "A string ~gorm:\"type:\"~\nHome string ~gorm:\"embeddedPrefix:home_\"~\nWork Contact ~gorm:\"embedded;embeddedPrefix:work_\"~",
		checkDB: func(t *testing.T, s *schema.Schema) {
			tb := table(t, s, "items")
			if _, ok := tb.Column("a"); ok {
				t.Errorf("column a exists; GORM makes none")
			}
			if _, ok := tb.Column("work_email"); !ok {
				t.Errorf("no column work_email")
			}
		},
		warns: []string{
			`models.go:5:2: field A: the type: tag is empty, so GORM gives the field no column`,
			`models.go:6:2: field Home: GORM ignores embeddedPrefix on a field it does not embed (add embedded)`,
		}},
}

func TestTagChecks(t *testing.T) {
	for _, tc := range tagCases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := "package m\n\ntype Item struct {\n\tID uint\n"
			for _, l := range strings.Split(tc.fields, "\n") {
				if l != "" {
					src += "\t" + l + "\n"
				}
			}
			src += "}\n"
			if tc.extra != "" {
				src += "\n" + tc.extra
			}
			src = strings.ReplaceAll(src, "~", "`")
			if strings.Contains(tc.extra, "import") {
				// An import goes before the declarations: move it.
				src = strings.Replace(src, "\n"+tc.extra, "\n", 1)
				src = strings.Replace(src, "package m\n", "package m\n\n"+tc.extra, 1)
			}
			writeModule(t, dir, src)
			s, errs, warns := loadAll(t, dir, tc.d)
			if d := cmp.Diff(tc.errs, positioned(errs, dir)); d != "" {
				t.Errorf("errors (-want +got):\n%s\nsource:\n%s", d, src)
			}
			if d := cmp.Diff(tc.warns, positioned(warns, dir)); d != "" {
				t.Errorf("warnings (-want +got):\n%s\nsource:\n%s", d, src)
			}
			if tc.checkDB != nil {
				tc.checkDB(t, s)
			}
		})
	}
}

// loadAll runs Load's steps and returns the schema even when the models
// have errors, so that a test can look at what was built beside them.
func loadAll(t *testing.T, dir string, d dburl.Dialect) (*schema.Schema, ErrorList, ErrorList) {
	t.Helper()
	dl, err := newDialect(d)
	if err != nil {
		t.Fatal(err)
	}
	roots, fset, err := loadPackages(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	p := newParser(dl, Naming{}, roots, fset)
	if errs := p.typeErrors(); len(errs) > 0 {
		t.Fatalf("type errors: %v", errs)
	}
	s := p.build(p.parseAll(p.selectModels(nil)))
	p.errs.sort()
	p.warns.sort()
	// Whatever Load returns must agree.
	if _, err := Load(context.Background(), Config{Dirs: []string{dir}, Dialect: d}); (err != nil) != (len(p.errs) > 0) {
		t.Errorf("Load error %v, steps found %d errors", err, len(p.errs))
	}
	return s, p.errs, p.warns
}

// positioned prints each problem with its position relative to dir.
func positioned(l ErrorList, dir string) []string {
	var out []string
	for _, e := range l {
		out = append(out, strings.ReplaceAll(e.Error(), dir+"/", ""))
	}
	return out
}

func table(t *testing.T, s *schema.Schema, name string) *schema.Table {
	t.Helper()
	tb, ok := s.Table(name)
	if !ok {
		t.Fatalf("no table %s", name)
	}
	return tb
}

func partNames(idx *schema.Index) string {
	if idx == nil {
		return "<no index>"
	}
	var names []string
	for _, p := range idx.Parts {
		if p.C != nil {
			names = append(names, p.C.Name)
		}
	}
	return strings.Join(names, " ")
}

func hasAttr[T schema.Attr](attrs []schema.Attr) bool {
	for _, a := range attrs {
		if _, ok := a.(T); ok {
			return true
		}
	}
	return false
}
