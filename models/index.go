package models

import (
	"sort"
	"strconv"
	"strings"

	gormschema "gorm.io/gorm/schema"
)

// gormIndex is one index as GORM's ParseIndexes builds it.
type gormIndex struct {
	Name, Class, Type, Where, Comment, Option string
	Fields                                    []indexField
}

type indexField struct {
	f                         *field
	Expression, Sort, Collate string
	Length, Priority          int
}

// parseIndexes follows gorm@v1.31.2/schema/index.go:30-78: every field
// whose settings hold a non-empty INDEX or UNIQUEINDEX contributes one
// entry per index/uniqueIndex element of its raw tag; entries merge by
// name, and each index's fields are ordered by priority (default 10).
func (p *parser) parseIndexes(s *structSchema) []*gormIndex {
	byName := map[string]*gormIndex{}
	var out []*gormIndex
	for _, f := range s.Fields {
		if f.Settings["INDEX"] == "" && f.Settings["UNIQUEINDEX"] == "" {
			p.checkIndexGate(f)
			continue
		}
		for _, e := range p.fieldIndexes(s, f) {
			idx := byName[e.Name]
			if idx == nil {
				idx = &gormIndex{Name: e.Name}
				byName[e.Name] = idx
				out = append(out, idx)
			}
			idx.Class = firstNonEmpty(idx.Class, e.Class)
			idx.Type = firstNonEmpty(idx.Type, e.Type)
			idx.Where = firstNonEmpty(idx.Where, e.Where)
			idx.Comment = firstNonEmpty(idx.Comment, e.Comment)
			idx.Option = firstNonEmpty(idx.Option, e.Option)
			idx.Fields = append(idx.Fields, e.Fields...)
			// GORM's sort.Slice is an insertion sort at this size, so
			// equal priorities keep struct order: a stable sort matches.
			sort.SliceStable(idx.Fields, func(i, j int) bool { return idx.Fields[i].Priority < idx.Fields[j].Priority })
		}
	}
	return out
}

// fieldIndexes is parseFieldIndexes (index.go:99-167). The raw tag is split
// again on ";" without escapes, as GORM does.
func (p *parser) fieldIndexes(s *structSchema, f *field) []gormIndex {
	var out []gormIndex
	for _, value := range strings.Split(f.Tag, ";") {
		if value == "" {
			continue
		}
		v := strings.Split(value, ":")
		k := strings.TrimSpace(strings.ToUpper(v[0]))
		if k != "INDEX" && k != "UNIQUEINDEX" {
			continue
		}
		tag := strings.Join(v[1:], ":")
		settings := gormschema.ParseTagSetting(strings.Join(strings.Split(tag, ",")[1:], ","), ",")
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			sub := f.Name // the Go field name, never the column (§6.2)
			if c, ok := settings["COMPOSITE"]; ok {
				if c == "" || c == "COMPOSITE" {
					p.errs.add(f.Pos, "field %s: the composite: index option needs a name", f.Name)
					continue
				}
				sub = c
			}
			name = p.naming.IndexName(s.Table, sub)
			if !p.wholeName(f.Pos, f.Name, "index", name) {
				continue
			}
		}
		if k == "UNIQUEINDEX" || settings["UNIQUE"] != "" {
			settings["CLASS"] = "UNIQUE"
		}
		prio, err := strconv.Atoi(settings["PRIORITY"])
		if err != nil {
			prio = 10
		}
		if v, ok := settings["PRIORITY"]; ok && err != nil {
			p.warns.add(f.Pos, "field %s: index %q: priority %q is not a number; GORM uses the default, 10", f.Name, name, v)
		}
		length, err := strconv.Atoi(settings["LENGTH"])
		if v, ok := settings["LENGTH"]; ok {
			if bad := badNumber(int64(length), err); bad != "" {
				p.warns.add(f.Pos, "field %s: index %q: length %q %s; GORM ignores it", f.Name, name, v, bad)
			}
		}
		out = append(out, gormIndex{
			Name: name, Class: settings["CLASS"], Type: settings["TYPE"], Where: settings["WHERE"],
			Comment: settings["COMMENT"], Option: settings["OPTION"],
			Fields: []indexField{{
				f: f, Expression: settings["EXPRESSION"], Sort: settings["SORT"],
				Collate: settings["COLLATE"], Length: length, Priority: prio,
			}},
		})
	}
	return out
}

// checkIndexGate warns about index entries GORM never reads: it looks at a
// field's indexes only when the last index: or uniqueIndex: value is
// non-empty (index.go:35), so a trailing empty entry hides the others.
func (p *parser) checkIndexGate(f *field) {
	last := ""
	for _, value := range strings.Split(f.Tag, ";") {
		k, _, _ := strings.Cut(value, ":")
		if u := strings.TrimSpace(strings.ToUpper(k)); u == "INDEX" || u == "UNIQUEINDEX" {
			last = strings.TrimSpace(k)
		}
	}
	if last != "" {
		p.warns.add(f.Pos, "field %s: GORM creates none of this field's indexes: its last %s: entry is empty (write %s alone for a generated name)", f.Name, last, last)
	}
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
