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
//
// Nine child tables (review_votes, wishlist_items, stock_counts, ...) were
// first written the way most of the code base writes them, with no gorm
// tag at all; autogen takes only tagged or gorm.Model structs as models
// (README, "Which structs are models") and planned to drop them, so each
// now tags its ID primaryKey, which GORM reads the same. That is the
// issue-11 class (model discovery); see the report of issue 10.
//
// Known failure, kept on purpose (a shape teams write): on MySQL the
// revision drops idx_pli_list_variant before re-creating it with the
// columns swapped, and MySQL refuses (error 1553) because the index backs
// fk_price_list_items_price_list.
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
// rows, per dialect: what autogen flagged when the app was written, less
// one false positive and plus one miss, both reported with issue 10:
//   - SD105 on SQLite: the coupons rebuild "loses" chk_coupons_percent,
//     which v2 drops on purpose (the downgrade puts it back, IR103), so
//     nothing the models carry is lost;
//   - RW103 everywhere: countries.id becomes auto-increment (a sequence on
//     PostgreSQL, AUTO_INCREMENT on MySQL, AUTOINCREMENT by a rebuild on
//     SQLite), which README's hazard table files under RW103; autogen
//     flags only RW101 "bigint -> bigserial" on PostgreSQL.
func erpHazards(dialect string) []string {
	switch dialect {
	case "postgres":
		return []string{"BC101", "BC102", "BC103", "BC104", "BC105", "BC106", "BC108",
			"DF101", "DF102", "DF104", "DF105", "DF106", "DL101", "DL102",
			"IR101", "IR102", "IR103", "LK101", "LK102", "LK104", "LK105", "LK106",
			"PF101", "PF102", "RW101", "RW103", "TX103", "TX104"}
	case "mysql":
		return []string{"BC101", "BC102", "BC103", "BC104", "BC105", "BC106", "BC108",
			"DF101", "DF102", "DF104", "DF105", "DF106", "DL101", "DL102",
			"IR101", "IR102", "IR103", "IR104", "LK104", "LK105",
			"PF101", "PF102", "RW101", "RW103", "SD102", "TX102", "TX103"}
	case "sqlite":
		return []string{"BC101", "BC102", "BC103", "BC104", "BC106", "BC108",
			"DF101", "DF102", "DF104", "DF105", "DL101", "DL103", "DL104",
			"IR101", "IR102", "IR103", "PF101", "PF102", "RW103", "RW105"}
	}
	return nil
}
