package diff

import (
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/hint"
)

// Renames declared by the models (hint.RenamedFrom) are applied to the
// prepared current schema before Atlas compares it: the table or column
// takes its new name there, so the differ sees the renamed object as kept
// and reports only what else changed about it. The renames themselves come
// first in the result, each table rename a RenameTable and the column
// renames of a table a ModifyTable of RenameColumns only; render.Plan
// plans them before everything else (Atlas's PostgreSQL planner puts a
// RENAME COLUMN after the other changes of its table).
//
// A hint may sit on either side: on the desired side it is the upgrade
// (old name in the database, new name wanted); on the current side it is
// the downgrade, diffing the models back to the database, which renames
// back. A hint is followed only when it is unambiguous: the old name exists
// on the one side only and the new name on the other side only.

// applyRenames renames tables and columns of from (the prepared current
// schema) as the hints of either side say, and returns the rename changes.
func applyRenames(from, to *schema.Schema) []schema.Change {
	var changes []schema.Change
	fromNames, toNames := tableNames(from), tableNames(to)
	for _, ft := range from.Tables {
		if newName, ok := tableRename(ft, fromNames, toNames, to); ok {
			old := *ft
			delete(fromNames, ft.Name)
			ft.Name = newName
			fromNames[newName] = true
			changes = append(changes, &schema.RenameTable{From: &old, To: ft})
		}
	}
	for _, p := range common(from, to) {
		ft, tt := p.from, p.to
		var cols []schema.Change
		for _, fc := range ft.Columns {
			if newName, ok := columnRename(fc, ft, tt); ok {
				old := *fc
				fc.Name = newName
				cols = append(cols, &schema.RenameColumn{From: &old, To: fc})
			}
		}
		if len(cols) > 0 {
			changes = append(changes, &schema.ModifyTable{T: ft, Changes: cols})
		}
	}
	return changes
}

// tableRename returns the name that table ft of from takes: that of the
// table of to renamed from it (upgrade), or the old name of its own hint
// (downgrade). fromNames and toNames hold the two sides' table names.
func tableRename(ft *schema.Table, fromNames, toNames map[string]bool, to *schema.Schema) (string, bool) {
	if toNames[ft.Name] {
		return "", false
	}
	for _, tt := range to.Tables {
		if old, ok := hint.RenamedFromOf(tt.Attrs); ok && old == ft.Name && !fromNames[tt.Name] {
			return tt.Name, true
		}
	}
	if old, ok := hint.RenamedFromOf(ft.Attrs); ok && toNames[old] && !fromNames[old] {
		return old, true
	}
	return "", false
}

// tableNames is the set of a schema's table names.
func tableNames(s *schema.Schema) map[string]bool {
	names := make(map[string]bool, len(s.Tables))
	for _, t := range s.Tables {
		names[t.Name] = true
	}
	return names
}

// columnRename is tableRename for a column fc of table ft, compared with
// table tt.
func columnRename(fc *schema.Column, ft, tt *schema.Table) (string, bool) {
	if _, kept := tt.Column(fc.Name); kept {
		return "", false
	}
	for _, tc := range tt.Columns {
		if old, ok := hint.RenamedFromOf(tc.Attrs); ok && old == fc.Name {
			if _, taken := ft.Column(tc.Name); !taken {
				return tc.Name, true
			}
		}
	}
	if old, ok := hint.RenamedFromOf(fc.Attrs); ok {
		_, there := tt.Column(old)
		_, taken := ft.Column(old)
		if there && !taken {
			return old, true
		}
	}
	return "", false
}
