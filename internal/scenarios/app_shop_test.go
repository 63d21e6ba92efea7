package scenarios

import (
	shopv1 "github.com/autogen-dev/autogen/internal/scenarios/apps/shop/v1"
	shopv2 "github.com/autogen-dev/autogen/internal/scenarios/apps/shop/v2"
)

func init() {
	register(app{
		name: "shop", dir: "shop",
		v1Models: shopv1.Models, v2Models: shopv2.Models, seed: shopv1.Seed,
		hazards: shopHazards,
		keep: []check{
			{v1: "SELECT email, name, loyalty_points FROM customers ORDER BY email"},
			{v1: "SELECT line1, zip FROM addresses ORDER BY line1", v2: "SELECT line1, postal_code FROM customer_addresses ORDER BY line1"},
			{v1: "SELECT sku, title, stock, status FROM products ORDER BY sku"},
			{v1: "SELECT p.sku, t.name FROM product_tags pt JOIN products p ON p.id = pt.product_id JOIN tags t ON t.id = pt.tag_id ORDER BY p.sku, t.name"},
			{v1: "SELECT o.note, o.coupon_code, l.line, l.qty FROM shop_orders o JOIN order_lines l ON l.order_id = o.id ORDER BY o.note, l.line"},
			{v1: "SELECT name, slug FROM categories ORDER BY name"},
		},
	})
}

// shopHazards are what a reviewer expects of the v1 -> v2 file: drops
// (DL101 coupons, DL102 nickname), renames (BC102), the new NOT NULL on
// line1 (BC103, DF102), guarded unique indexes over NULLs and distinct
// slugs (DF101), the narrowed name (DF106), the widened check (DF105), the
// new default (BC106) and what each dialect adds for locks and rewrites.
func shopHazards(d string) []string {
	switch d {
	case "postgres":
		return []string{"BC101", "BC102", "BC103", "BC105", "BC106", "DF101", "DF102", "DF105", "DF106", "DL101", "DL102", "IR101", "IR102", "IR103", "LK101", "LK102", "LK105", "LK106", "PF101", "PF102", "RW101", "TX103", "TX104"}
	case "mysql":
		return []string{"BC101", "BC102", "BC103", "BC105", "BC106", "DF101", "DF102", "DF105", "DF106", "DL101", "DL102", "IR101", "IR102", "IR103", "IR104", "LK105", "PF101", "PF102", "RW101", "TX102", "TX103"}
	default:
		return []string{"BC101", "BC102", "BC103", "BC106", "DF101", "DF102", "DF105", "DF108", "DL101", "DL102", "DL104", "IR101", "IR102", "IR103", "PF101", "PF102", "RW105"}
	}
}
