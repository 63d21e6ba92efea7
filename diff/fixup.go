package diff

import (
	"slices"

	"ariga.io/atlas/sql/schema"
)

// withoutTableCharset drops table-level charset and collation: models never
// declare them, and Atlas's MySQL differ, given them on one side only, fills
// in defaults of its own on the other and reports a change that is none.
func withoutTableCharset(s *schema.Schema) {
	for _, t := range s.Tables {
		t.Attrs = slices.DeleteFunc(t.Attrs, func(a schema.Attr) bool {
			switch a.(type) {
			case *schema.Charset, *schema.Collation:
				return true
			}
			return false
		})
	}
}

// restoreIndexDrops puts back the index drops that Atlas's MySQL differ
// leaves out. Its normalizer assumes the first schema was read from a
// catalog and removes any index there that could back a foreign key, to
// hide the index InnoDB makes by itself for a foreign key. Diffing the other
// way (the downgrade, from the models to the catalog) it thus forgets to
// drop an index the models added, and the next upgrade fails with
// "Duplicate key name". An index named like a foreign key of its table is
// InnoDB's own and stays hidden while the key stays, and is dropped with
// it; any other index missing from to is dropped.
//
// from is the input as given (the differ has since removed the index from
// its copy); to is the prepared copy the other changes refer to.
func restoreIndexDrops(from, to *schema.Schema, changes []schema.Change) []schema.Change {
	for _, p := range common(from, to) {
		ft, tt := p.from, p.to
		for _, idx := range ft.Indexes {
			if _, kept := tt.Index(idx.Name); kept || hasDrop(changes, tt.Name, idx.Name) {
				continue
			}
			if isFKName(ft, idx.Name) {
				// InnoDB's own index goes with its key: dropping the key
				// leaves the index behind.
				if !isFKName(tt, idx.Name) {
					drop := *idx
					drop.Table = tt
					changes = addToTable(changes, tt, &schema.DropIndex{I: &drop})
				}
				continue
			}
			// The index comes from the unnormalized input; it is dropped from
			// the prepared table that the other changes name.
			drop := *idx
			drop.Table = tt
			if fk := backedFK(tt, &drop); fk != nil && !touchesFK(changes, tt.Name, fk.Symbol) {
				changes = dropBackingIndex(changes, tt, &drop, fk)
				continue
			}
			changes = addToTable(changes, tt, &schema.DropIndex{I: &drop})
		}
	}
	return changes
}

// dropBackingIndex drops an index that the only foreign key on its columns
// needs. MySQL refuses to drop it while the key exists, and Atlas's way
// out, an explicit index named like the key, would outlive the next
// upgrade: InnoDB drops only the index it made itself. So the key goes,
// then the index, and the key is made again in a statement of its own, with
// an index of InnoDB's making.
func dropBackingIndex(changes []schema.Change, t *schema.Table, idx *schema.Index, fk *schema.ForeignKey) []schema.Change {
	changes = withoutAddIndex(changes, t.Name, fk.Symbol)
	changes = addToTable(changes, t, &schema.DropForeignKey{F: fk}, &schema.DropIndex{I: idx})
	return append(changes, &schema.ModifyTable{T: t, Changes: []schema.Change{&schema.AddForeignKey{F: fk}}})
}

// backedFK returns the foreign key of t (the wanted table) whose columns
// lead idx, if t has no other index to carry it.
func backedFK(t *schema.Table, idx *schema.Index) *schema.ForeignKey {
	for _, fk := range t.ForeignKeys {
		if !leads(fk.Columns, idx) {
			continue
		}
		for _, other := range t.Indexes {
			if other.Name != fk.Symbol && leads(fk.Columns, other) {
				return nil
			}
		}
		return fk
	}
	return nil
}

func leads(cols []*schema.Column, idx *schema.Index) bool {
	if len(cols) > len(idx.Parts) {
		return false
	}
	for i, c := range cols {
		if idx.Parts[i].C == nil || idx.Parts[i].C.Name != c.Name {
			return false
		}
	}
	return true
}

func isFKName(t *schema.Table, name string) bool {
	for _, fk := range t.ForeignKeys {
		if fk.Symbol == name {
			return true
		}
	}
	return false
}

// tableChanges returns the ModifyTable of the named table, or nil.
func tableChanges(changes []schema.Change, table string) *schema.ModifyTable {
	for _, c := range changes {
		if mt, ok := c.(*schema.ModifyTable); ok && mt.T.Name == table {
			return mt
		}
	}
	return nil
}

func hasDrop(changes []schema.Change, table, index string) bool {
	if mt := tableChanges(changes, table); mt != nil {
		for _, c := range mt.Changes {
			if d, ok := c.(*schema.DropIndex); ok && d.I.Name == index {
				return true
			}
		}
	}
	return false
}

func touchesFK(changes []schema.Change, table, symbol string) bool {
	if mt := tableChanges(changes, table); mt != nil {
		for _, c := range mt.Changes {
			switch c := c.(type) {
			case *schema.DropForeignKey:
				if c.F.Symbol == symbol {
					return true
				}
			case *schema.ModifyForeignKey:
				if c.From.Symbol == symbol {
					return true
				}
			}
		}
	}
	return false
}

func withoutAddIndex(changes []schema.Change, table, index string) []schema.Change {
	if mt := tableChanges(changes, table); mt != nil {
		mt.Changes = slices.DeleteFunc(mt.Changes, func(c schema.Change) bool {
			a, ok := c.(*schema.AddIndex)
			return ok && a.I.Name == index
		})
	}
	return changes
}

// addToTable adds changes to the table's ModifyTable, making one if the
// differ found nothing else in the table.
func addToTable(changes []schema.Change, t *schema.Table, add ...schema.Change) []schema.Change {
	if mt := tableChanges(changes, t.Name); mt != nil {
		mt.Changes = append(mt.Changes, add...)
		return changes
	}
	return append(changes, &schema.ModifyTable{T: t, Changes: add})
}
