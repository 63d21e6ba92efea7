package models

import (
	"go/token"
	"reflect"
	"sort"
	"strings"
)

// knownKeys are the gorm tag keys GORM v1.31.2 and its postgres, mysql
// and sqlite drivers read (every TagSettings["…"] in their sources), plus
// COMPOSITE, read by index parsing. Any other key is ignored by GORM, so
// autogen warns: it is most often a typo or a GORM v1 spelling.
var knownKeys = map[string]bool{
	"-": true, "->": true, "<-": true,
	"AUTOCREATETIME": true, "AUTOINCREMENT": true, "AUTOINCREMENTINCREMENT": true, "AUTOUPDATETIME": true,
	"BELONGSTO": true, "CHECK": true, "COLUMN": true, "COMMENT": true, "CONSTRAINT": true, "DEFAULT": true,
	"EMBEDDED": true, "EMBEDDEDPREFIX": true, "FOREIGNKEY": true, "GENERATED": true, "INDEX": true,
	"JOINFOREIGNKEY": true, "JOINREFERENCES": true, "JSON": true, "MANY2MANY": true, "NOT NULL": true,
	"NOTNULL": true, "POLYMORPHIC": true, "POLYMORPHICID": true, "POLYMORPHICTYPE": true,
	"POLYMORPHICVALUE": true, "PRECISION": true, "PRIMARYKEY": true, "PRIMARY_KEY": true,
	"REFERENCES": true, "SCALE": true, "SERIALIZER": true, "SIZE": true, "TYPE": true, "UNIQUE": true,
	"UNIQUEINDEX": true, "ZEROVALUE": true,
}

// v1Keys are GORM v1 spellings that v2 ignores, with what to write instead.
var v1Keys = map[string]string{
	"AUTO_INCREMENT":         "autoIncrement",
	"UNIQUE_INDEX":           "uniqueIndex",
	"NOT_NULL":               "not null",
	"ASSOCIATION_FOREIGNKEY": "references",
	"ASSOCIATION_AUTOUPDATE": "constraint: or Omit",
	"FOREIGN_KEY":            "foreignKey",
	"EMBEDDED_PREFIX":        "embeddedPrefix",
}

// checkTagKeys warns about keys GORM ignores, at the field.
func (p *parser) checkTagKeys(pos token.Position, name, tag string) {
	st := tagSettings(tag)
	keys := make([]string, 0, len(st))
	for k := range st {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if knownKeys[k] {
			continue
		}
		p.warns.add(pos, "field %s: GORM ignores the gorm tag key %q%s", name, k, suggestKey(k))
	}
	p.checkDuplicateKeys(pos, name, reflect.StructTag(tag).Get("gorm"))
	if _, ok := st["GENERATED"]; ok {
		p.warns.add(pos, "field %s: autogen does not read generated: yet; the column's identity or expression is not compared", name)
	}
	if _, ok := reflect.StructTag(tag).Lookup("sql"); ok {
		p.warns.add(pos, "field %s: GORM v2 ignores the v1 sql:\"…\" tag; move its settings into gorm:\"…\"", name)
	}
}

// suggestKey names the key the user probably meant.
func suggestKey(k string) string {
	if s, ok := v1Keys[k]; ok {
		return " (a GORM v1 spelling; write " + s + ")"
	}
	squash := func(s string) string {
		return strings.NewReplacer("_", "", " ", "", "-", "").Replace(strings.ToUpper(s))
	}
	for _, known := range spellings {
		if squash(known) == squash(k) {
			return " (did you mean " + known + "?)"
		}
	}
	return ""
}

// spellings are the documented forms of the keys, for suggestions.
var spellings = []string{
	"autoCreateTime", "autoIncrement", "autoIncrementIncrement", "autoUpdateTime", "belongsTo", "check",
	"column", "comment", "constraint", "default", "embedded", "embeddedPrefix", "foreignKey", "index",
	"joinForeignKey", "joinReferences", "many2many", "not null", "polymorphic", "polymorphicId",
	"polymorphicType", "polymorphicValue", "precision", "primaryKey", "references", "scale", "serializer",
	"size", "type", "unique", "uniqueIndex",
}
