package diff

import (
	"fmt"
	"reflect"
	"strings"

	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/hint"
)

// Describe returns one line of text for each change, for people to read in
// a terminal: `add column "users"."bio"`.
func Describe(changes []schema.Change) []string {
	var out []string
	for _, c := range changes {
		out = append(out, describe(c, "")...)
	}
	return out
}

func describe(c schema.Change, table string) []string {
	switch c := c.(type) {
	case *schema.AddTable:
		return []string{fmt.Sprintf("add table %q", c.T.Name)}
	case *schema.DropTable:
		return []string{fmt.Sprintf("drop table %q", c.T.Name)}
	case *schema.RenameTable:
		return []string{fmt.Sprintf("rename table %q to %q", c.From.Name, c.To.Name)}
	case *hint.AlterSequence:
		return []string{fmt.Sprintf("alter sequence %q of %q.%q: type %s -> %s", c.Seq.Name, c.Table, c.Column, c.Seq.Type, c.To)}
	case *schema.ModifyTable:
		var out []string
		for _, sub := range c.Changes {
			out = append(out, describe(sub, c.T.Name)...)
		}
		return out
	}
	return []string{describeInTable(c, table)}
}

func describeInTable(c schema.Change, t string) string {
	switch c := c.(type) {
	case *schema.AddColumn:
		return fmt.Sprintf("add column %q.%q", t, c.C.Name)
	case *schema.DropColumn:
		return fmt.Sprintf("drop column %q.%q", t, c.C.Name)
	case *schema.RenameColumn:
		return fmt.Sprintf("rename column %q.%q to %q", t, c.From.Name, c.To.Name)
	case *schema.ModifyColumn:
		return fmt.Sprintf("modify column %q.%q: %s", t, c.To.Name, columnChanges(c))
	case *schema.AddIndex:
		return fmt.Sprintf("add %s %q on %q", indexKind(c.I), c.I.Name, t)
	case *schema.DropIndex:
		return fmt.Sprintf("drop %s %q on %q", indexKind(c.I), c.I.Name, t)
	case *schema.ModifyIndex:
		return fmt.Sprintf("modify %s %q on %q", indexKind(c.To), c.To.Name, t)
	case *schema.RenameIndex:
		return fmt.Sprintf("rename index %q on %q to %q", c.From.Name, t, c.To.Name)
	case *schema.AddPrimaryKey:
		return fmt.Sprintf("add primary key on %q", t)
	case *schema.DropPrimaryKey:
		return fmt.Sprintf("drop primary key on %q", t)
	case *schema.ModifyPrimaryKey:
		return fmt.Sprintf("modify primary key on %q", t)
	case *schema.AddForeignKey:
		return fmt.Sprintf("add foreign key %q on %q", c.F.Symbol, t)
	case *schema.DropForeignKey:
		return fmt.Sprintf("drop foreign key %q on %q", c.F.Symbol, t)
	case *schema.ModifyForeignKey:
		return fmt.Sprintf("modify foreign key %q on %q", c.To.Symbol, t)
	case *schema.AddCheck:
		return fmt.Sprintf("add check %q on %q", c.C.Name, t)
	case *schema.DropCheck:
		return fmt.Sprintf("drop check %q on %q", c.C.Name, t)
	case *schema.ModifyCheck:
		return fmt.Sprintf("modify check %q on %q", c.To.Name, t)
	case *schema.AddAttr, *schema.DropAttr, *schema.ModifyAttr:
		return fmt.Sprintf("change an attribute (comment, charset) of %q", t)
	}
	return fmt.Sprintf("%T on %q", c, t)
}

func indexKind(i *schema.Index) string {
	if IsSQLiteConstraint(i) {
		return "unique constraint"
	}
	if i.Unique {
		return "unique index"
	}
	return "index"
}

// columnChanges names what changed in a column, with from and to values.
func columnChanges(c *schema.ModifyColumn) string {
	var parts []string
	if c.Change.Is(schema.ChangeType) {
		parts = append(parts, fmt.Sprintf("type %s -> %s", typeText(c.From), typeText(c.To)))
	}
	if c.Change.Is(schema.ChangeNull) {
		parts = append(parts, fmt.Sprintf("null %v -> %v", c.From.Type.Null, c.To.Type.Null))
	}
	if c.Change.Is(schema.ChangeDefault) {
		parts = append(parts, fmt.Sprintf("default %s -> %s", defaultText(c.From.Default), defaultText(c.To.Default)))
	}
	if c.Change.Is(schema.ChangeComment) {
		parts = append(parts, "comment")
	}
	if c.Change.Is(schema.ChangeCollate) || c.Change.Is(schema.ChangeCharset) {
		parts = append(parts, "collation")
	}
	if c.Change.Is(schema.ChangeGenerated) {
		parts = append(parts, "generated expression")
	}
	if c.Change.Is(schema.ChangeAttr) {
		parts = append(parts, "attributes (identity, auto increment)")
	}
	if len(parts) == 0 {
		return "changed"
	}
	return strings.Join(parts, ", ")
}

func typeText(c *schema.Column) string {
	if c.Type == nil || c.Type.Type == nil {
		return "?"
	}
	switch t := c.Type.Type.(type) {
	case *schema.StringType:
		if t.Size > 0 {
			return fmt.Sprintf("%s(%d)", t.T, t.Size)
		}
		return t.T
	case *schema.DecimalType:
		return fmt.Sprintf("%s(%d,%d)", t.T, t.Precision, t.Scale)
	case *schema.UnsupportedType:
		return t.T
	}
	// Most Atlas types carry their SQL name in a field T.
	if v := reflect.Indirect(reflect.ValueOf(c.Type.Type)); v.Kind() == reflect.Struct {
		if f := v.FieldByName("T"); f.IsValid() && f.Kind() == reflect.String && f.String() != "" {
			return f.String()
		}
	}
	if c.Type.Raw != "" {
		return c.Type.Raw
	}
	return fmt.Sprintf("%T", c.Type.Type)
}

func defaultText(x schema.Expr) string {
	switch x := x.(type) {
	case nil:
		return "none"
	case *schema.Literal:
		return x.V
	case *schema.RawExpr:
		return x.X
	}
	return fmt.Sprintf("%T", x)
}
