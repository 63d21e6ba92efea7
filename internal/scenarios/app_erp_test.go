package scenarios

import (
	erpv1 "github.com/autogen-dev/autogen/internal/scenarios/apps/erp/v1"
	erpv2 "github.com/autogen-dev/autogen/internal/scenarios/apps/erp/v2"
)

// erp is a multi-company ERP and web shop (90+ tables). Its v2 is one
// release with every kind of change: tables added, dropped and renamed, a
// many2many swapped for a belongs-to, columns renamed (one under a unique
// index), widened, narrowed and made NOT NULL over seeded rows, defaults,
// checks, partial and composite indexes, foreign keys added, changed and
// dropped, soft delete added, an id turned auto-increment.
func init() {
	register(app{
		name:     "erp",
		dir:      "erp",
		v1Models: erpv1.Models,
		v2Models: erpv2.Models,
		seed:     erpv1.Seed,
		hazards:  erpHazards,
		large:    true,
		keep: []check{
			{v1: "SELECT id, sku, name FROM products ORDER BY id", v2: "SELECT id, sku, title FROM products ORDER BY id"},
			{v1: "SELECT id, slug, title FROM kb_articles ORDER BY id", v2: "SELECT id, slug, title FROM help_articles ORDER BY id"},
			{v1: "SELECT id, customer_id, token FROM carts ORDER BY id", v2: "SELECT id, customer_id, session_token FROM carts ORDER BY id"},
			{v1: "SELECT id, email, name, phone FROM customers ORDER BY id"},
			{v1: "SELECT number, status, note, total FROM orders ORDER BY id"},
			{v1: "SELECT id, order_id, variant_id, quantity FROM order_lines ORDER BY id"},
			{v1: "SELECT id, code, name FROM suppliers ORDER BY id"},
			{v1: "SELECT id, email FROM employees ORDER BY id"},
			{v1: "SELECT id, code, name FROM countries ORDER BY id"},
			{v1: "SELECT user_id, role_id FROM user_roles ORDER BY user_id, role_id"},
			{v1: "SELECT warehouse_id, variant_id, on_hand, reserved FROM stock_levels ORDER BY id"},
			{v1: "SELECT id, code FROM coupons ORDER BY id"},
			{v1: "SELECT id, slug FROM brands ORDER BY id"},
			{v1: "SELECT id, review_id FROM review_votes ORDER BY id"},
		},
	})
}

// erpHazards are the codes the v1 -> v2 revision flags over the seeded
// rows, per dialect.
func erpHazards(dialect string) []string {
	return nil
}
