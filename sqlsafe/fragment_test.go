package sqlsafe

import (
	"strings"
	"testing"

	"github.com/autogen-dev/autogen/dburl"
)

func TestFragment(t *testing.T) {
	all := []dburl.Dialect{dburl.Postgres, dburl.SQLite, dburl.MySQL}
	tests := []struct {
		sql string
		ok  []dburl.Dialect // the dialects that accept it; the others refuse
		why string          // part of the refusal
	}{
		{sql: "n > 0", ok: all},
		{sql: "lower(name)", ok: all},
		{sql: "numeric(10,2)", ok: all},
		{sql: "enum('a','b')", ok: all},
		{sql: "'it''s'", ok: all},
		{sql: `'\d+'`, ok: all},
		{sql: `"weird"" col" > 0`, ok: all},
		{sql: "price > 0 AND (qty BETWEEN 1 AND 9)", ok: all},
		{sql: "n > 0); DROP TABLE x", why: `")" closes`},
		{sql: "n > 0; DROP TABLE x", why: `";"`},
		{sql: "n > 0 -- and", why: "comment"},
		{sql: "n /* x */ > 0", why: "comment"},
		{sql: "1, x int", why: `","`},
		{sql: "(n > 0", why: "left open"},
		{sql: "'abc", why: "quote left open"},
		{sql: "'a;b'", ok: all},
		{sql: "'a--b'", ok: all},
		// A backslash before the closing quote ends the literal on
		// PostgreSQL but escapes it on MySQL: whichever way the server
		// reads it, the rest must stay inside.
		{sql: `'a\'`, ok: []dburl.Dialect{dburl.SQLite}, why: "quote left open"},
		{sql: `nE'\' ) ; DROP TABLE y; --'`, why: ""},
		{sql: `'\'); DROP TABLE y; -- '`, ok: nil, why: ""},
		{sql: "n # comment", ok: []dburl.Dialect{dburl.Postgres, dburl.SQLite}, why: "comment"},
		{sql: "$$ x $$", ok: []dburl.Dialect{dburl.SQLite, dburl.MySQL}, why: "dollar"},
		{sql: "$1 + 1", ok: all},
		{sql: "a\x00b", why: "control character"},
		{sql: "`a``b` > 0", ok: all},
		{sql: "`a) ; x` > 0", ok: all},
	}
	for _, tc := range tests {
		for _, d := range all {
			err := Fragment(d, tc.sql)
			want := contains(tc.ok, d)
			if want && err != nil {
				t.Errorf("%s: Fragment(%q) = %v, want accepted", d, tc.sql, err)
			}
			if !want && err == nil {
				t.Errorf("%s: Fragment(%q) accepted, want refused", d, tc.sql)
			}
			if !want && err != nil && !strings.Contains(err.Error(), tc.why) {
				t.Errorf("%s: Fragment(%q) = %v, want it to say %q", d, tc.sql, err, tc.why)
			}
		}
	}
}

func contains(ds []dburl.Dialect, d dburl.Dialect) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

func TestQuote(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{Ident(dburl.Postgres, `a"b`), `"a""b"`},
		{Ident(dburl.MySQL, "a`b"), "`a``b`"},
		{Ident(dburl.SQLite, "a`b\"c"), "`a``b\"c`"},
		{Literal(dburl.Postgres, `it's\`), `'it''s\'`},
		{Literal(dburl.MySQL, `it's\`), `'it''s\\'`},
		{DollarTag("autogen", "x"), "$autogen$"},
		{DollarTag("autogen", "a $autogen$ b $autogen1$"), "$autogen2$"},
		{Display("a\nb\x00c"), `a\nb\x00c`},
		{Display(`plain "name"`), `plain "name"`},
	} {
		if tc.got != tc.want {
			t.Errorf("got %s, want %s", tc.got, tc.want)
		}
	}
}

func TestNextval(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{`nextval('users_id_seq'::regclass)`, "users_id_seq", true},
		{`nextval('public.users_id_seq'::regclass)`, "users_id_seq", true},
		{`nextval('"Users_id_seq"'::regclass)`, "Users_id_seq", true},
		{`nextval('"my schema"."a.b_id_seq"'::regclass)`, "a.b_id_seq", true},
		{`nextval('"n''x"" (id int)_id_seq"'::regclass)`, `n'x" (id int)_id_seq`, true},
		{`nextval('"日本_id_seq"')`, "日本_id_seq", true},
		{`nextval('a'::regclass) + 1`, "", false},
		{`lower('x')`, "", false},
		{`nextval('"open'::regclass)`, "", false},
	} {
		got, ok := Nextval(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Nextval(%s) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
