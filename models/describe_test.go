package models

import (
	"fmt"

	"ariga.io/atlas/sql/schema"
)

func changeString(c schema.Change) string {
	switch c := c.(type) {
	case *schema.AddTable:
		return "add table " + c.T.Name
	case *schema.DropTable:
		return "drop table " + c.T.Name
	case *schema.ModifyColumn:
		return fmt.Sprintf("modify column %s (kind %b): from %s to %s", c.From.Name, c.Change, colString(c.From), colString(c.To))
	case *schema.AddColumn:
		return "add column " + c.C.Name
	case *schema.DropColumn:
		return "drop column " + c.C.Name
	case *schema.AddIndex:
		return "add index " + c.I.Name
	case *schema.DropIndex:
		return "drop index " + c.I.Name
	case *schema.ModifyIndex:
		return fmt.Sprintf("modify index %s (kind %b)", c.From.Name, c.Change)
	case *schema.AddForeignKey:
		return "add foreign key " + c.F.Symbol
	case *schema.DropForeignKey:
		return "drop foreign key " + c.F.Symbol
	case *schema.ModifyForeignKey:
		return fmt.Sprintf("modify foreign key %s (kind %b)", c.From.Symbol, c.Change)
	case *schema.AddCheck:
		return "add check " + c.C.Name
	case *schema.DropCheck:
		return "drop check " + c.C.Name
	case *schema.ModifyCheck:
		return fmt.Sprintf("modify check %s: %q -> %q", c.From.Name, c.From.Expr, c.To.Expr)
	case *schema.ModifySchema:
		out := "modify schema " + c.S.Name + ":"
		for _, sub := range c.Changes {
			if m, ok := sub.(*schema.ModifyAttr); ok {
				out += fmt.Sprintf(" modify attr %T%+v -> %T%+v", m.From, m.From, m.To, m.To)
				continue
			}
			out += fmt.Sprintf(" %T%+v", sub, sub)
		}
		return out
	case *schema.ModifyPrimaryKey:
		return "modify primary key"
	case *schema.AddPrimaryKey:
		return "add primary key"
	case *schema.DropPrimaryKey:
		return "drop primary key"
	}
	return fmt.Sprintf("%T", c)
}

func colString(c *schema.Column) string {
	s := fmt.Sprintf("%T %+v null=%v", c.Type.Type, c.Type.Type, c.Type.Null)
	switch d := c.Default.(type) {
	case *schema.Literal:
		s += " default literal " + d.V
	case *schema.RawExpr:
		s += " default raw " + d.X
	}
	return s
}
