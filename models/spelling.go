package models

import (
	"errors"
	"fmt"
	"strings"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
)

// colType is a type: text read for one dialect: the type Atlas compares,
// and what the spelling says about the column beside its type.
type colType struct {
	typ   schema.Type
	attrs []schema.Attr // a charset or collation the spelling names
	// autoIncrement: the spelling makes the column AUTO_INCREMENT, which
	// MySQL makes NOT NULL ("int auto_increment"; GORM then appends no
	// second AUTO_INCREMENT).
	autoIncrement bool
}

// typeWords is a type spelling cut into its parts: the words of its name,
// its parenthesised arguments and the words after them. Words are lower
// case; quoted text (enum and set values) keeps its case.
type typeWords struct {
	name    []string
	args    string // without the parentheses or the spaces between arguments
	hasArgs bool
	mods    []string
}

// splitType cuts s into name words, one argument list and modifier words,
// honouring quotes inside the arguments.
func splitType(s string) (typeWords, error) {
	var tw typeWords
	rest := strings.TrimSpace(s)
	for rest != "" {
		if rest[0] == '(' {
			if tw.hasArgs {
				return tw, fmt.Errorf("a second argument list")
			}
			args, n, err := argList(rest)
			if err != nil {
				return tw, err
			}
			tw.args, tw.hasArgs, rest = args, true, strings.TrimSpace(rest[n:])
			continue
		}
		n := strings.IndexAny(rest, " \t\n(")
		if n < 0 {
			n = len(rest)
		}
		w := strings.ToLower(rest[:n])
		if tw.hasArgs || len(tw.mods) > 0 || len(tw.name) > 0 && !extendsName(tw.name, w) {
			tw.mods = append(tw.mods, w)
		} else {
			tw.name = append(tw.name, w)
		}
		rest = strings.TrimSpace(rest[n:])
	}
	if len(tw.name) == 0 {
		return tw, fmt.Errorf("no type name")
	}
	return tw, nil
}

// argList reads the parenthesised list that s starts with; it returns the
// list without its parentheses and the spaces outside quotes (Atlas's
// parser splits enum values on "','"), and the length it took.
func argList(s string) (string, int, error) {
	var b strings.Builder
	var quote byte
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			b.WriteByte(c)
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
			b.WriteByte(c)
		case c == ')':
			return b.String(), i + 1, nil
		case c == ' ' || c == '\t' || c == '\n':
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, fmt.Errorf("unclosed parenthesis")
}

// mysqlMultiWord are the type names of more than one word MySQL and
// MariaDB accept (sql/sql_yacc.yy), longest first within a prefix.
var mysqlMultiWord = []string{
	"double precision",
	"character varying", "char varying",
	"national character varying", "national char varying", "national varchar",
	"national character", "national char",
	"nchar varchar", "nchar varying",
	"long varchar", "long varbinary",
}

func extendsName(name []string, w string) bool {
	prefix := strings.Join(append(append([]string(nil), name...), w), " ")
	for _, n := range mysqlMultiWord {
		if n == prefix || strings.HasPrefix(n, prefix+" ") {
			return true
		}
	}
	return false
}

// mysqlSynonym is the type the server stores for a synonym.
type mysqlSynonym struct {
	name    string
	charset string // NATIONAL and NCHAR pick the server's national charset
}

// mysqlSynonyms are the names MySQL and MariaDB accept for a type of
// their own and report as that type (information_schema COLUMN_TYPE, as
// checked on MariaDB 10.11). Atlas's mysql.ParseType knows only the
// reported names: it fails on "double precision" and calls the others
// unsupported, so autogen renames them before Atlas reads them.
var mysqlSynonyms = map[string]mysqlSynonym{
	"double precision": {name: "double"},
	"float8":           {name: "double"},
	// REAL is DOUBLE unless the sql_mode has REAL_AS_FLOAT, which GORM
	// does not set.
	"real":                       {name: "double"},
	"float4":                     {name: "float"},
	"integer":                    {name: "int"},
	"int4":                       {name: "int"},
	"int1":                       {name: "tinyint"},
	"int2":                       {name: "smallint"},
	"int3":                       {name: "mediumint"},
	"middleint":                  {name: "mediumint"},
	"int8":                       {name: "bigint"},
	"dec":                        {name: "decimal"},
	"fixed":                      {name: "decimal"},
	"numeric":                    {name: "decimal"},
	"character varying":          {name: "varchar"},
	"char varying":               {name: "varchar"},
	"character":                  {name: "char"},
	"national varchar":           {name: "varchar", charset: "utf8mb3"},
	"national character varying": {name: "varchar", charset: "utf8mb3"},
	"national char varying":      {name: "varchar", charset: "utf8mb3"},
	"nvarchar":                   {name: "varchar", charset: "utf8mb3"},
	"nchar varchar":              {name: "varchar", charset: "utf8mb3"},
	"nchar varying":              {name: "varchar", charset: "utf8mb3"},
	"national char":              {name: "char", charset: "utf8mb3"},
	"national character":         {name: "char", charset: "utf8mb3"},
	"nchar":                      {name: "char", charset: "utf8mb3"},
	"long":                       {name: "mediumtext"},
	"long varchar":               {name: "mediumtext"},
	"long varbinary":             {name: "mediumblob"},
}

// parseMySQLType reads a MySQL type spelling: the synonyms above become
// the server's names, names and modifiers are folded to lower case (the
// server ignores their case; Atlas compares them as written), and the
// CHARACTER SET and COLLATE clauses become the column's attributes, which
// Atlas's parser would drop.
func parseMySQLType(s string) (colType, error) {
	tw, err := splitType(s)
	if err != nil {
		return colType{}, err
	}
	var ct colType
	name := strings.Join(tw.name, " ")
	if name == "serial" {
		return colType{}, errSerial
	}
	syn, ok := mysqlSynonyms[name]
	if ok {
		name = syn.name
	}
	mods, err := ct.mysqlModifiers(tw.mods, syn.charset)
	if err != nil {
		return colType{}, err
	}
	text := name
	switch {
	case tw.hasArgs:
		text += "(" + tw.args + ")"
	case name == "char":
		// CHAR is CHAR(1); Atlas formats a CHAR without size as "char".
		text += "(1)"
	}
	if len(mods) > 0 {
		text += " " + strings.Join(mods, " ")
	}
	ct.typ, err = mysql.ParseType(text)
	if err != nil {
		return colType{}, err
	}
	if u, ok := ct.typ.(*schema.UnsupportedType); ok {
		// Atlas cannot compare or format an unsupported type, so a
		// difference in it would go unseen.
		return colType{}, fmt.Errorf("autogen does not know the MySQL type %q", u.T)
	}
	return ct, nil
}

// errSerial refuses MySQL's SERIAL (bigint unsigned NOT NULL
// AUTO_INCREMENT UNIQUE): the server reports it as bigint, so every later
// AutoMigrate runs MODIFY COLUMN ... serial, which adds another unique key
// (seq_2), then drops both as the field is not unique, and fails with
// Error 1075 (the auto column must be a key), as measured on MariaDB 10.11.
var errSerial = errors.New("GORM's AutoMigrate cannot keep a SERIAL column on MySQL (the next run drops its unique key and fails with Error 1075); write type:bigint unsigned with GORM's autoIncrement and uniqueIndex tags")

// mysqlModifiers reads the words after a MySQL type's name and arguments:
// it returns the sign and zerofill words, for Atlas's parser, and keeps
// the charset, collation and AUTO_INCREMENT on ct. national is the
// charset the type name implies.
func (ct *colType) mysqlModifiers(words []string, national string) ([]string, error) {
	var out []string
	charset, collate, binary := national, "", false
	for i := 0; i < len(words); i++ {
		switch w := words[i]; {
		case w == "unsigned" || w == "zerofill":
			out = append(out, w)
		case w == "signed":
		case w == "auto_increment":
			ct.autoIncrement = true
		case w == "binary":
			binary = true
		case (w == "character" || w == "char") && i+2 < len(words) && words[i+1] == "set":
			charset, i = words[i+2], i+2
		case w == "charset" && i+1 < len(words):
			charset, i = words[i+1], i+1
		case w == "collate" && i+1 < len(words):
			collate, i = words[i+1], i+1
		default:
			return nil, fmt.Errorf("%q is not part of a MySQL type autogen reads; write the type alone and use GORM's own tags (not null, default, autoIncrement, comment)", strings.Join(words[i:], " "))
		}
	}
	if binary && collate == "" {
		// BINARY picks the _bin collation of the column's charset, which
		// without a CHARACTER SET is the table's, unknown here.
		if charset == "" {
			return nil, fmt.Errorf("BINARY picks the _bin collation of the table's charset, which autogen cannot know; write COLLATE <charset>_bin")
		}
		collate = charset + "_bin"
	}
	if charset != "" {
		ct.attrs = append(ct.attrs, &schema.Charset{V: charset})
	}
	if collate != "" {
		ct.attrs = append(ct.attrs, &schema.Collation{V: collate})
	}
	return out, nil
}

// pgSynonyms are the type names PostgreSQL's grammar (gram.y) rewrites to
// one of its own, which Atlas's postgres.ParseType misreads: it parses
// "char varying(5)" as char of size "varying" and calls varbit a
// user-defined type, and bpchar(n) a user-defined type too (a bare bpchar
// is unbounded, unlike character, and stays). Longer names come before
// their prefixes.
var pgSynonyms = []struct{ from, to string }{
	{"bpchar(", "character("},
	{"national character varying", "character varying"},
	{"national char varying", "character varying"},
	{"nchar varying", "character varying"},
	{"char varying", "character varying"},
	{"national character", "character"},
	{"national char", "character"},
	{"nchar", "character"},
	{"varbit", "bit varying"},
}

// pgSpelling renames a leading synonym of s (already folded to lower
// case) and collapses its runs of blanks, as the server reads them.
func pgSpelling(s string) string {
	if strings.ContainsAny(s, "\"`'") {
		return s // a quoted name is the user's own type
	}
	s = strings.Join(strings.Fields(s), " ")
	for _, syn := range pgSynonyms {
		rest, ok := strings.CutPrefix(s, syn.from)
		if ok && (rest == "" || strings.HasSuffix(syn.from, "(") || strings.ContainsRune(" ([", rune(rest[0]))) {
			return syn.to + rest
		}
	}
	return s
}

// spelledSerial refuses a PostgreSQL serial type GORM's next AutoMigrate
// cannot keep. Its migrator sees the serial spelling differ from the
// catalog's integer type and alters the column (postgres@v1.6.3
// migrator.go:360-395): on a field that is not auto-increment it drops the
// sequence with ALTER COLUMN ... TYPE serial, which fails (type "serial"
// does not exist); serial2, serial4 and serial8 have no entry in
// getSerialDatabaseType, so even an auto-increment field gets
// ALTER SEQUENCE ... AS with no type, a syntax error.
func (p *parser) spelledSerial(f *field, raw string, ct colType) bool {
	st, ok := ct.typ.(*postgres.SerialType)
	if !ok {
		return true
	}
	switch {
	case st.T != "smallserial" && st.T != "serial" && st.T != "bigserial":
		p.errs.add(f.Pos, "field %s: GORM's AutoMigrate cannot keep type:%s (its next run fails on ALTER SEQUENCE ... AS with no type); write type:%s with autoIncrement", f.Name, raw, pgSerialName(st.T))
	case !p.d.serial(f):
		p.errs.add(f.Pos, "field %s: GORM's AutoMigrate cannot keep type:%s on a field that is not auto-increment (its next run drops the sequence with ALTER COLUMN ... TYPE %s, which PostgreSQL rejects); add autoIncrement or write the integer type", f.Name, raw, st.T)
	default:
		return true
	}
	return false
}

// pgSerialName is the serial name GORM knows for serial2/4/8.
func pgSerialName(t string) string {
	switch t {
	case "serial2":
		return "smallserial"
	case "serial8":
		return "bigserial"
	}
	return "serial"
}
