package render

import (
	"encoding/json"
	"fmt"
	"io"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/hint"
)

// ChangeJSON is one change as `autogen diff --json` prints it; README
// documents the shape. Kind is a SQL verb and an object: add_table,
// drop_table, rename_table, add_column, drop_column, modify_column,
// rename_column, add_index, drop_index, modify_index, rename_index,
// add_primary_key, drop_primary_key, modify_primary_key, add_foreign_key,
// drop_foreign_key, modify_foreign_key, add_check, drop_check,
// modify_check, modify_table_attr; and possible_rename, which is no change
// but a note on a drop and an add (see PossibleRename).
type ChangeJSON struct {
	Kind   string `json:"kind"`
	Table  string `json:"table"`
	Name   string `json:"name,omitempty"`   // the column, index, key or check
	From   string `json:"from,omitempty"`   // old name or definition
	To     string `json:"to,omitempty"`     // new name or definition
	Detail string `json:"detail,omitempty"` // what a modify changed, e.g. "type,null"
	Hint   string `json:"hint,omitempty"`   // how to declare a possible rename
}

// PossibleRename is a drop and an add among the changes that may be one
// rename (package diff finds them: PossibleRenames). The changes still
// drop and add; Hint says how to declare the rename in the models.
type PossibleRename struct {
	// Table is the column's table, or for a table rename the new table.
	Table string
	// Column is true for a column rename.
	Column   bool
	From, To string
	Hint     string
}

// ChangesJSON writes changes as a JSON array, one object per change of a
// table (a modified table gives one object per part that changed), then
// one object of kind possible_rename per possible rename: detail "column"
// (name is the added column) or "table", from and to the old and new
// names, hint how to declare it.
func ChangesJSON(w io.Writer, changes []schema.Change, d dburl.Dialect, renames ...PossibleRename) error {
	out := []ChangeJSON{}
	for _, c := range changes {
		out = append(out, changeJSON(c, "", d)...)
	}
	for _, r := range renames {
		j := ChangeJSON{Kind: "possible_rename", Table: r.Table, From: r.From, To: r.To, Detail: "table", Hint: r.Hint}
		if r.Column {
			j.Name, j.Detail = r.To, "column"
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func changeJSON(c schema.Change, table string, d dburl.Dialect) []ChangeJSON {
	switch c := c.(type) {
	case *schema.AddTable:
		return []ChangeJSON{{Kind: "add_table", Table: c.T.Name}}
	case *schema.DropTable:
		return []ChangeJSON{{Kind: "drop_table", Table: c.T.Name}}
	case *schema.RenameTable:
		return []ChangeJSON{{Kind: "rename_table", Table: c.To.Name, From: c.From.Name, To: c.To.Name}}
	case *hint.AlterSequence:
		return []ChangeJSON{{Kind: "alter_sequence", Table: c.Table, Name: c.Column, From: c.Seq.Type, To: c.To, Detail: "sequence " + c.Seq.Name}}
	case *schema.ModifyTable:
		var out []ChangeJSON
		for _, sub := range c.Changes {
			out = append(out, changeJSON(sub, c.T.Name, d)...)
		}
		return out
	}
	return []ChangeJSON{partJSON(c, table, d)}
}

func partJSON(c schema.Change, t string, d dburl.Dialect) ChangeJSON {
	switch c := c.(type) {
	case *schema.AddColumn:
		return ChangeJSON{Kind: "add_column", Table: t, Name: c.C.Name, To: columnText(c.C, d)}
	case *schema.DropColumn:
		return ChangeJSON{Kind: "drop_column", Table: t, Name: c.C.Name, From: columnText(c.C, d)}
	case *schema.ModifyColumn:
		return ChangeJSON{Kind: "modify_column", Table: t, Name: c.To.Name, From: columnText(c.From, d), To: columnText(c.To, d), Detail: changeKinds(c.Change)}
	case *schema.RenameColumn:
		return ChangeJSON{Kind: "rename_column", Table: t, Name: c.To.Name, From: c.From.Name, To: c.To.Name}
	case *schema.AddIndex:
		return ChangeJSON{Kind: "add_index", Table: t, Name: c.I.Name, To: indexText(c.I)}
	case *schema.DropIndex:
		return ChangeJSON{Kind: "drop_index", Table: t, Name: c.I.Name, From: indexText(c.I)}
	case *schema.ModifyIndex:
		return ChangeJSON{Kind: "modify_index", Table: t, Name: c.To.Name, From: indexText(c.From), To: indexText(c.To), Detail: changeKinds(c.Change)}
	case *schema.RenameIndex:
		return ChangeJSON{Kind: "rename_index", Table: t, Name: c.To.Name, From: c.From.Name, To: c.To.Name}
	case *schema.AddPrimaryKey:
		return ChangeJSON{Kind: "add_primary_key", Table: t, To: indexText(c.P)}
	case *schema.DropPrimaryKey:
		return ChangeJSON{Kind: "drop_primary_key", Table: t, From: indexText(c.P)}
	case *schema.ModifyPrimaryKey:
		return ChangeJSON{Kind: "modify_primary_key", Table: t, From: indexText(c.From), To: indexText(c.To)}
	case *schema.AddForeignKey:
		return ChangeJSON{Kind: "add_foreign_key", Table: t, Name: c.F.Symbol, To: fkText(c.F)}
	case *schema.DropForeignKey:
		return ChangeJSON{Kind: "drop_foreign_key", Table: t, Name: c.F.Symbol, From: fkText(c.F)}
	case *schema.ModifyForeignKey:
		return ChangeJSON{Kind: "modify_foreign_key", Table: t, Name: c.To.Symbol, From: fkText(c.From), To: fkText(c.To), Detail: changeKinds(c.Change)}
	case *schema.AddCheck:
		return ChangeJSON{Kind: "add_check", Table: t, Name: c.C.Name, To: c.C.Expr}
	case *schema.DropCheck:
		return ChangeJSON{Kind: "drop_check", Table: t, Name: c.C.Name, From: c.C.Expr}
	case *schema.ModifyCheck:
		return ChangeJSON{Kind: "modify_check", Table: t, Name: c.To.Name, From: c.From.Expr, To: c.To.Expr}
	}
	return ChangeJSON{Kind: "modify_table_attr", Table: t, Detail: fmt.Sprintf("%T", c)}
}

func columnText(c *schema.Column, d dburl.Dialect) string {
	typ, err := formatType(c.Type.Type, d)
	if err != nil {
		typ = c.Type.Raw
	}
	s := typ
	if c.Type.Null {
		s += " NULL"
	} else {
		s += " NOT NULL"
	}
	switch x := c.Default.(type) {
	case *schema.Literal:
		s += " DEFAULT " + x.V
	case *schema.RawExpr:
		s += " DEFAULT " + x.X
	}
	return s
}

func formatType(t schema.Type, d dburl.Dialect) (string, error) {
	switch d {
	case dburl.Postgres:
		return postgres.FormatType(t)
	case dburl.SQLite:
		return sqlite.FormatType(t)
	case dburl.MySQL:
		return mysql.FormatType(t)
	}
	return "", fmt.Errorf("unknown dialect %q", d)
}

func indexText(i *schema.Index) string {
	s := "("
	for n, p := range i.Parts {
		if n > 0 {
			s += ", "
		}
		switch {
		case p.C != nil:
			s += p.C.Name
		case p.X != nil:
			if x, ok := p.X.(*schema.RawExpr); ok {
				s += x.X
			}
		}
		if p.Desc {
			s += " DESC"
		}
	}
	s += ")"
	if i.Unique {
		s = "UNIQUE " + s
	}
	return s
}

func fkText(f *schema.ForeignKey) string {
	cols := func(cs []*schema.Column) string {
		s := ""
		for i, c := range cs {
			if i > 0 {
				s += ", "
			}
			s += c.Name
		}
		return s
	}
	s := fmt.Sprintf("(%s) REFERENCES %s (%s)", cols(f.Columns), f.RefTable.Name, cols(f.RefColumns))
	if f.OnUpdate != "" {
		s += " ON UPDATE " + string(f.OnUpdate)
	}
	if f.OnDelete != "" {
		s += " ON DELETE " + string(f.OnDelete)
	}
	return s
}

// changeKinds names the bits of a ChangeKind, comma-separated, in a fixed
// order.
func changeKinds(k schema.ChangeKind) string {
	names := []struct {
		k schema.ChangeKind
		n string
	}{
		{schema.ChangeType, "type"}, {schema.ChangeNull, "null"}, {schema.ChangeDefault, "default"},
		{schema.ChangeComment, "comment"}, {schema.ChangeCollate, "collation"}, {schema.ChangeCharset, "charset"},
		{schema.ChangeGenerated, "generated"}, {schema.ChangeAttr, "attributes"}, {schema.ChangeUnique, "unique"},
		{schema.ChangeParts, "parts"}, {schema.ChangeColumn, "columns"}, {schema.ChangeRefColumn, "ref_columns"},
		{schema.ChangeRefTable, "ref_table"}, {schema.ChangeUpdateAction, "on_update"}, {schema.ChangeDeleteAction, "on_delete"},
	}
	s := ""
	for _, n := range names {
		if k.Is(n.k) {
			if s != "" {
				s += ","
			}
			s += n.n
		}
	}
	return s
}
