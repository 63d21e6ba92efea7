package main

import (
	"encoding/json"
	"io"

	"ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	"github.com/autogen-dev/autogen/dburl"
	"github.com/autogen-dev/autogen/models"
)

// The JSON that `autogen models --json` prints; README documents it.
type (
	modelsJSON struct {
		Dialect string      `json:"dialect"`
		Models  []modelJSON `json:"models"`
		Tables  []tableJSON `json:"tables"`
	}
	modelJSON struct {
		Name    string `json:"name"`
		Package string `json:"package"`
		File    string `json:"file"`
		Line    int    `json:"line"`
		Table   string `json:"table"`
	}
	tableJSON struct {
		Name        string       `json:"name"`
		Columns     []columnJSON `json:"columns"`
		PrimaryKey  []string     `json:"primary_key,omitempty"`
		Indexes     []indexJSON  `json:"indexes,omitempty"`
		ForeignKeys []fkJSON     `json:"foreign_keys,omitempty"`
		Checks      []checkJSON  `json:"checks,omitempty"`
	}
	columnJSON struct {
		Name    string  `json:"name"`
		Type    string  `json:"type"`
		Null    bool    `json:"null"`
		Default *string `json:"default,omitempty"`
		File    string  `json:"file,omitempty"`
		Line    int     `json:"line,omitempty"`
	}
	indexJSON struct {
		Name    string   `json:"name"`
		Unique  bool     `json:"unique"`
		Columns []string `json:"columns"`
	}
	fkJSON struct {
		Name       string   `json:"name"`
		Columns    []string `json:"columns"`
		RefTable   string   `json:"ref_table"`
		RefColumns []string `json:"ref_columns"`
		OnUpdate   string   `json:"on_update,omitempty"`
		OnDelete   string   `json:"on_delete,omitempty"`
	}
	checkJSON struct {
		Name string `json:"name"`
		Expr string `json:"expr"`
	}
)

func writeModelsJSON(w io.Writer, res *models.Result, d dburl.Dialect) error {
	out := modelsJSON{Dialect: string(d), Models: []modelJSON{}, Tables: []tableJSON{}}
	for _, m := range res.Models {
		out.Models = append(out.Models, modelJSON{Name: m.Name, Package: m.Package, File: displayPath(m.Pos.Filename), Line: m.Pos.Line, Table: m.Table})
	}
	for _, t := range res.Schema.Tables {
		tj, err := tableToJSON(t, d)
		if err != nil {
			return err
		}
		out.Tables = append(out.Tables, tj)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func tableToJSON(t *schema.Table, d dburl.Dialect) (tableJSON, error) {
	tj := tableJSON{Name: t.Name}
	for _, c := range t.Columns {
		cj, err := columnToJSON(c, d)
		if err != nil {
			return tj, err
		}
		tj.Columns = append(tj.Columns, cj)
	}
	if t.PrimaryKey != nil {
		tj.PrimaryKey = partNames(t.PrimaryKey.Parts)
	}
	for _, idx := range t.Indexes {
		tj.Indexes = append(tj.Indexes, indexJSON{Name: idx.Name, Unique: idx.Unique, Columns: partNames(idx.Parts)})
	}
	for _, fk := range t.ForeignKeys {
		tj.ForeignKeys = append(tj.ForeignKeys, fkJSON{
			Name: fk.Symbol, Columns: columnNames(fk.Columns), RefTable: fk.RefTable.Name,
			RefColumns: columnNames(fk.RefColumns), OnUpdate: string(fk.OnUpdate), OnDelete: string(fk.OnDelete),
		})
	}
	for _, a := range t.Attrs {
		if ck, ok := a.(*schema.Check); ok {
			tj.Checks = append(tj.Checks, checkJSON{Name: ck.Name, Expr: ck.Expr})
		}
	}
	return tj, nil
}

func columnToJSON(c *schema.Column, d dburl.Dialect) (columnJSON, error) {
	typ, err := formatType(c.Type.Type, d)
	if err != nil {
		return columnJSON{}, err
	}
	cj := columnJSON{Name: c.Name, Type: typ, Null: c.Type.Null}
	switch x := c.Default.(type) {
	case *schema.Literal:
		cj.Default = &x.V
	case *schema.RawExpr:
		cj.Default = &x.X
	}
	if pos, ok := models.PosOf(c.Attrs); ok {
		cj.File, cj.Line = displayPath(pos.Filename), pos.Line
	}
	return cj, nil
}

func formatType(t schema.Type, d dburl.Dialect) (string, error) {
	switch d {
	case dburl.Postgres:
		return postgres.FormatType(t)
	case dburl.SQLite:
		return sqlite.FormatType(t)
	default:
		return mysql.FormatType(t)
	}
}

// partNames names an index's parts: the column, or the expression.
func partNames(parts []*schema.IndexPart) []string {
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		switch {
		case p.C != nil:
			out = append(out, p.C.Name)
		case p.X != nil:
			if x, ok := p.X.(*schema.RawExpr); ok {
				out = append(out, x.X)
			}
		}
	}
	return out
}

func columnNames(cols []*schema.Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Name
	}
	return out
}
