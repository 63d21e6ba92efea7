package diff

import (
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
)

// fixSQLiteUniques reports a unique index that is to become a UNIQUE
// constraint, or the reverse, as a ModifyIndex: on SQLite GORM's unique
// tag is a constraint inside CREATE TABLE and uniqueIndex a CREATE UNIQUE
// INDEX, and only a table rebuild turns one into the other (DROP INDEX
// refuses a constraint's autoindex). Atlas's differ compares neither the
// index's origin nor any attribute but the predicate, so it sees no
// change; its planner rebuilds the table for a ModifyIndex.
func fixSQLiteUniques(from, to *schema.Schema, changes []schema.Change) []schema.Change {
	for _, p := range common(from, to) {
		for _, fi := range p.from.Indexes {
			ti, ok := p.to.Index(fi.Name)
			if !ok || IsSQLiteConstraint(fi) == IsSQLiteConstraint(ti) || touchesIndex(changes, p.to.Name, fi.Name) {
				continue
			}
			changes = addToTable(changes, p.to, &schema.ModifyIndex{From: fi, To: ti, Change: schema.ChangeAttr})
		}
	}
	return changes
}

// IsSQLiteConstraint reports whether idx is a UNIQUE constraint of its
// table's CREATE TABLE rather than an index of its own: the origin "u"
// that PRAGMA index_list reports and the models set for a unique tag.
func IsSQLiteConstraint(idx *schema.Index) bool {
	for _, a := range idx.Attrs {
		if o, ok := a.(*sqlite.IndexOrigin); ok {
			return o.O == "u"
		}
	}
	return false
}

// touchesIndex reports whether changes already drop, add or modify the
// table's index named name.
func touchesIndex(changes []schema.Change, table, name string) bool {
	mt := tableChanges(changes, table)
	if mt == nil {
		return false
	}
	for _, c := range mt.Changes {
		switch c := c.(type) {
		case *schema.AddIndex:
			if c.I.Name == name {
				return true
			}
		case *schema.DropIndex:
			if c.I.Name == name {
				return true
			}
		case *schema.ModifyIndex:
			if c.To.Name == name || c.From.Name == name {
				return true
			}
		}
	}
	return false
}
