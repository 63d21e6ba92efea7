package hazard_test

import (
	"testing"

	"github.com/autogen-dev/autogen/dburl"
)

const (
	addrDDL = "CREATE TABLE addresses ({{id}}, user_id {{ref}}, is_default boolean)"
	pairDDL = "CREATE TABLE pairs ({{id}}, a integer, b integer)"
	// guardFails is the error of a guard that stops the upgrade, on every
	// dialect: the message is the guard statement's text or its RAISE.
	guardFails = `autogen guard DF101|Subquery returns more than 1 row|integer overflow`
)

// TestIndexCoverage: the DF101 check and guard of a new unique index
// count what the index compares, over the rows it covers: its predicate,
// its expressions, its tuple, MySQL prefixes and collations, and the
// dialect's NULL rule. Each case also runs the rendered upgrade: the
// guard lets valid data through and stops the upgrade before a statement
// that would fail.
func TestIndexCoverage(t *testing.T) {
	forDialects(t, []hcase{{
		name: "partial unique over rows unique under the predicate",
		only: pgLite,
		cur:  addrDDL,
		data: "INSERT INTO addresses (user_id, is_default) VALUES (1, true), (1, false), (1, false), (2, true), (2, NULL), (3, false), (3, false)",
		want: addrDDL + ";\nCREATE UNIQUE INDEX idx_addr_default ON addresses (user_id) WHERE is_default = true",
		expect: []string{
			`DF101 ^addresses.user_id \(where .*is_default = true.*\): 0 duplicate values now; the guard stops the migration if some arrive before it runs$`,
		},
		apply: "ok",
	}, {
		name: "partial unique over a duplicate under the predicate",
		only: pgLite,
		cur:  addrDDL,
		data: "INSERT INTO addresses (user_id, is_default) VALUES (1, true), (1, true), (1, false), (2, true), (2, false), (3, false), (3, false)",
		want: addrDDL + ";\nCREATE UNIQUE INDEX idx_addr_default ON addresses (user_id) WHERE is_default = true",
		expect: []string{
			`DF101 ^addresses.user_id \(where .*is_default = true.*\): 1 duplicate value; CREATE UNIQUE INDEX will fail$`,
		},
		apply: guardFails,
	}, {
		name: "unique made wider than its predicate",
		only: pgLite,
		cur:  addrDDL + ";\nCREATE UNIQUE INDEX idx_addr_default ON addresses (user_id) WHERE is_default = true",
		data: "INSERT INTO addresses (user_id, is_default) VALUES (1, true), (1, false), (2, true)",
		want: addrDDL + ";\nCREATE UNIQUE INDEX idx_addr_default ON addresses (user_id)",
		expect: []string{
			`DF101 ^addresses.user_id: 1 duplicate value; CREATE UNIQUE INDEX will fail$`,
		},
		apply: guardFails,
	}, {
		name: "partial unique whose predicate reads a new column",
		only: pgLite,
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x'), ('b@x')",
		want: "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), deleted_at integer);\nCREATE UNIQUE INDEX idx_users_live ON users (email) WHERE deleted_at IS NULL",
		expect: []string{
			`DF101 ^users.email \(where .*deleted_at IS NULL.*\): CREATE UNIQUE INDEX fails if two rows it covers have the same key \(not checked: the index reads users.deleted_at, which this migration adds\)$`,
		},
		apply: "ok",
	}, {
		name: "unique expression over values equal under it",
		only: pgLite,
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('A@x'), ('a@x'), ('b@x'), (NULL), (NULL)",
		want: usersDDL + ";\nCREATE UNIQUE INDEX idx_users_lower ON users (lower(email))",
		expect: []string{
			`DF101 ^users.lower\(.*email.*\): 1 duplicate value; CREATE UNIQUE INDEX will fail$`,
		},
		apply: guardFails,
	}, {
		name: "unique expression over values distinct under it",
		only: pgLite,
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x'), ('b@x'), (NULL), (NULL)",
		want: usersDDL + ";\nCREATE UNIQUE INDEX idx_users_lower ON users (lower(email))",
		expect: []string{
			`DF101 ^users.lower\(.*email.*\): 0 duplicate values now`,
		},
		apply: "ok",
	}, {
		// A column index compares the values as the column's collation
		// does: case-sensitive on PostgreSQL and SQLite, not under a MySQL
		// _ci collation.
		name: "unique column over values that differ in case",
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('A@x'), ('a@x'), ('b@x')",
		want: usersDDL + ";\nCREATE UNIQUE INDEX idx_users_email ON users (email)",
		expect: []string{
			`DF101 ^users.email: 0 duplicate values now`,
		},
		apply: "ok",
		perDialect: map[dburl.Dialect]hcase{dburl.MySQL: {
			cur:    "CREATE TABLE users ({{id}}, email varchar(255) COLLATE utf8mb4_general_ci, bio varchar(100))",
			want:   "CREATE TABLE users ({{id}}, email varchar(255) COLLATE utf8mb4_general_ci, bio varchar(100));\nCREATE UNIQUE INDEX idx_users_email ON users (email)",
			expect: []string{`DF101 ^users.email: 1 duplicate value; CREATE UNIQUE INDEX will fail$`},
			apply:  guardFails,
		}},
	}, {
		// The index compares in the collation the column gets, not the
		// one it has.
		name: "unique over a column made case-insensitive",
		only: my,
		cur:  "CREATE TABLE users ({{id}}, email varchar(255) COLLATE utf8mb4_bin, bio varchar(100))",
		data: "INSERT INTO users (email) VALUES ('A@x'), ('a@x'), ('b@x')",
		want: "CREATE TABLE users ({{id}}, email varchar(255) COLLATE utf8mb4_general_ci, bio varchar(100));\nCREATE UNIQUE INDEX idx_users_email ON users (email)",
		expect: []string{
			`DF101 ^users.email: 1 duplicate value; CREATE UNIQUE INDEX will fail$`,
		},
		apply: guardFails,
	}, {
		name: "unique over a column made case-sensitive",
		only: my,
		cur:  "CREATE TABLE users ({{id}}, email varchar(255) COLLATE utf8mb4_general_ci, bio varchar(100))",
		data: "INSERT INTO users (email) VALUES ('A@x'), ('a@x'), ('b@x')",
		want: "CREATE TABLE users ({{id}}, email varchar(255) COLLATE utf8mb4_bin, bio varchar(100));\nCREATE UNIQUE INDEX idx_users_email ON users (email)",
		expect: []string{
			`DF101 ^users.email: 0 duplicate values now`,
		},
		apply: "ok",
	}, {
		name: "prefix unique over values equal in the prefix",
		only: my,
		cur:  "CREATE TABLE items ({{id}}, code varchar(20))",
		data: "INSERT INTO items (code) VALUES ('abcd'), ('abce'), ('abd'), (NULL), (NULL)",
		want: "CREATE TABLE items ({{id}}, code varchar(20));\nCREATE UNIQUE INDEX idx_items_code ON items (code(3))",
		expect: []string{
			`DF101 ^items.code\(3\): 1 duplicate value; CREATE UNIQUE INDEX will fail$`,
		},
		apply: guardFails,
	}, {
		name: "composite unique over a column that repeats",
		cur:  pairDDL,
		data: "INSERT INTO pairs (a, b) VALUES (1, 1), (1, 2), (2, 1), (1, NULL), (1, NULL)",
		want: pairDDL + ";\nCREATE UNIQUE INDEX idx_pairs_ab ON pairs (a, b)",
		expect: []string{
			`DF101 ^pairs.a,b: 0 duplicate values now`,
		},
		apply: "ok",
	}, {
		name: "composite unique over a repeated tuple",
		cur:  pairDDL,
		data: "INSERT INTO pairs (a, b) VALUES (1, 1), (1, 1), (1, 2), (2, 2), (2, 2)",
		want: pairDDL + ";\nCREATE UNIQUE INDEX idx_pairs_ab ON pairs (a, b)",
		expect: []string{
			`DF101 ^pairs.a,b: 2 duplicate values; CREATE UNIQUE INDEX will fail$`,
		},
		apply: guardFails,
	}, {
		name: "unique over NULLs",
		cur:  pairDDL,
		data: "INSERT INTO pairs (a, b) VALUES (NULL, 1), (NULL, 1), (3, 1)",
		want: pairDDL + ";\nCREATE UNIQUE INDEX idx_pairs_a ON pairs (a)",
		expect: []string{
			`DF101 ^pairs.a: 0 duplicate values now`,
		},
		apply: "ok",
	}, {
		// A new column holds its default in every row: two rows conflict.
		name: "unique over a new column with a default",
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x'), ('b@x')",
		want: "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), code varchar(10) NOT NULL DEFAULT 'x');\nCREATE UNIQUE INDEX idx_users_code ON users (code)",
		expect: []string{
			`DF101 ^users.code: 1 duplicate value; CREATE UNIQUE INDEX will fail$`,
		},
		apply: guardFails,
	}, {
		// ... and groups nothing apart: the existing parts decide.
		name: "composite unique over a new column with a default",
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x'), ('b@x'), (NULL), (NULL)",
		want: "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), tenant integer NOT NULL DEFAULT 1);\nCREATE UNIQUE INDEX idx_users_tenant_email ON users (tenant, email)",
		expect: []string{
			`DF101 ^users.tenant,email: 0 duplicate values now`,
		},
		apply: "ok",
	}, {
		name: "composite unique over a new column with a default and a repeated value",
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x'), ('a@x'), ('b@x')",
		want: "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), tenant integer NOT NULL DEFAULT 1);\nCREATE UNIQUE INDEX idx_users_tenant_email ON users (tenant, email)",
		expect: []string{
			`DF101 ^users.tenant,email: 1 duplicate value; CREATE UNIQUE INDEX will fail$`,
		},
		apply: guardFails,
	}, {
		// A default computed per row: autogen does not guess its values.
		name: "unique over a new column computed per row",
		only: pgMy,
		cur:  usersDDL,
		data: "INSERT INTO users (email) VALUES ('a@x'), ('b@x')",
		want: "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), token uuid DEFAULT gen_random_uuid());\nCREATE UNIQUE INDEX idx_users_token ON users (token)",
		perDialect: map[dburl.Dialect]hcase{dburl.MySQL: {
			want: "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), token varchar(36) DEFAULT (uuid()));\nCREATE UNIQUE INDEX idx_users_token ON users (token)",
		}},
		expect: []string{
			`DF101 ^users.token: CREATE UNIQUE INDEX fails if the column holds duplicate values \(not checked: users.token, which this migration adds, is computed per row\)$`,
		},
		apply: "ok",
	}, {
		// A new nullable column is NULL in every row: nothing conflicts.
		name:  "unique over a new nullable column",
		cur:   usersDDL,
		data:  "INSERT INTO users (email) VALUES ('a@x'), ('a@x')",
		want:  "CREATE TABLE users ({{id}}, email varchar(255), bio varchar(100), code varchar(10));\nCREATE UNIQUE INDEX idx_users_email_code ON users (email, code)",
		apply: "ok",
	}, {
		// PostgreSQL 15's NULLS NOT DISTINCT makes NULL keys conflict.
		name: "unique nulls not distinct over NULLs",
		only: pg,
		cur:  pairDDL,
		data: "INSERT INTO pairs (a, b) VALUES (1, NULL), (1, NULL), (2, 1)",
		want: pairDDL + ";\nCREATE UNIQUE INDEX idx_pairs_ab ON pairs (a, b) NULLS NOT DISTINCT",
		expect: []string{
			`DF101 ^pairs.a,b: 1 duplicate value; CREATE UNIQUE INDEX will fail$`,
		},
		apply: guardFails,
	}})
}

// TestKeyCoverage: primary keys and foreign keys added over existing rows
// count what the key compares: the tuple, NULLs per the dialect's rule
// (a NULL part makes a child row no orphan, MATCH SIMPLE).
func TestKeyCoverage(t *testing.T) {
	const parent = "CREATE TABLE regions ({{id}}, x integer, y integer);\nCREATE UNIQUE INDEX uq_regions_xy ON regions (x, y)"
	const child = "CREATE TABLE shops ({{id}}, x integer, y integer)"
	const fk = "CREATE TABLE shops ({{id}}, x integer, y integer, CONSTRAINT fk_shops_region FOREIGN KEY (x, y) REFERENCES regions (x, y))"
	forDialects(t, []hcase{{
		name: "composite primary key over a column that repeats",
		cur:  "CREATE TABLE grants (a integer NOT NULL, b integer NOT NULL)",
		data: "INSERT INTO grants (a, b) VALUES (1, 1), (1, 2), (2, 1)",
		want: "CREATE TABLE grants (a integer NOT NULL, b integer NOT NULL, PRIMARY KEY (a, b))",
		expect: []string{
			`DF101 ^grants.a,b: 0 duplicate values now`,
		},
		apply: "ok",
	}, {
		name: "composite primary key over a repeated tuple",
		cur:  "CREATE TABLE grants (a integer NOT NULL, b integer NOT NULL)",
		data: "INSERT INTO grants (a, b) VALUES (1, 1), (1, 1), (2, 1)",
		want: "CREATE TABLE grants (a integer NOT NULL, b integer NOT NULL, PRIMARY KEY (a, b))",
		expect: []string{
			`DF101 ^grants.a,b: 1 duplicate value; the primary key will fail$`,
		},
		apply: `autogen guard DF101|Subquery returns more than 1 row|integer overflow`,
	}, {
		// PostgreSQL and MySQL make a key column NOT NULL (DF102 guards
		// it); SQLite lets a key that is not an INTEGER PRIMARY KEY hold
		// NULLs, each distinct.
		name: "primary key over NULLs",
		cur:  "CREATE TABLE logs (code varchar(10), msg varchar(10))",
		data: "INSERT INTO logs (code) VALUES ('a'), (NULL), (NULL)",
		want: "CREATE TABLE logs (code varchar(10) PRIMARY KEY, msg varchar(10))",
		expect: []string{
			`DF101 ^logs.code: 0 duplicate values now`,
			`DF102 ^logs.code: 2 rows are NULL`,
		},
		apply: `autogen guard DF102|Subquery returns more than 1 row`,
		perDialect: map[dburl.Dialect]hcase{dburl.SQLite: {
			expect: []string{`DF101 ^logs.code: 0 duplicate values now`},
			apply:  "ok",
		}},
	}, {
		name: "composite foreign key over rows with a NULL part",
		cur:  parent + ";\n" + child,
		data: "INSERT INTO regions (x, y) VALUES (1, 1), (2, 2);\nINSERT INTO shops (x, y) VALUES (1, 1), (1, NULL), (NULL, 9), (2, 2)",
		want: parent + ";\n" + fk,
		expect: []string{
			`DF104 ^shops.x,y -> regions: 0 orphan rows now`,
		},
		apply: "ok",
	}, {
		// (1, 2) matches no region although x = 1 and y = 2 each do.
		name: "composite foreign key over a tuple with no parent",
		cur:  parent + ";\n" + child,
		data: "INSERT INTO regions (x, y) VALUES (1, 1), (2, 2);\nINSERT INTO shops (x, y) VALUES (1, 1), (1, 2), (1, NULL)",
		want: parent + ";\n" + fk,
		expect: []string{
			`DF104 ^shops.x,y -> regions: 1 row points at no regions row; the foreign key will fail$`,
		},
		apply: `autogen guard DF104|Subquery returns more than 1 row|integer overflow`,
	}, {
		// The check runs before the column exists: it cannot be the guard.
		name: "check over a column the migration adds",
		cur:  "CREATE TABLE items ({{id}}, name varchar(10))",
		data: "INSERT INTO items (name) VALUES ('a'), ('b')",
		want: "CREATE TABLE items ({{id}}, name varchar(10), qty integer DEFAULT 0, CONSTRAINT chk_qty CHECK (qty >= 0))",
		expect: []string{
			`DF105 ^items check chk_qty \(.*qty.* >= 0.*\): adding it fails if a row violates it \(not checked: it reads items.qty, which this migration adds\)$`,
		},
		apply: "ok",
	}, {
		name: "foreign key to a column the migration adds",
		only: pgMy,
		cur:  "CREATE TABLE regions ({{id}});\nCREATE TABLE shops ({{id}}, region_code varchar(10))",
		data: "INSERT INTO regions (id) VALUES (1), (2);\nINSERT INTO shops (region_code) VALUES (NULL), (NULL)",
		want: "CREATE TABLE regions ({{id}}, code varchar(10), CONSTRAINT uq_regions_code UNIQUE (code));\nCREATE TABLE shops ({{id}}, region_code varchar(10), CONSTRAINT fk_shops_region FOREIGN KEY (region_code) REFERENCES regions (code))",
		expect: []string{
			`DF104 ^shops.region_code -> regions: 0 orphan rows now`,
		},
		apply: "ok",
	}})
}
