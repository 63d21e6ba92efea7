package roundtrip

import "github.com/autogen-dev/autogen/dburl"

// probeCases are cases added with the independent dump (catalogdump) to
// look where autogen's own comparison may be blind: attributes its diff
// reads loosely (sizes, collations on SQLite, defaults spelled as
// expressions, constraints SQLite keeps only in its CREATE statement).
var probeCases = []change{
	withItem("add char column", "", ", code CHAR(3)"),
	withItem("char length", ", code CHAR(3)", ", code CHAR(5)"),
	only(withItem("widen varchar (sqlite)", ", note VARCHAR(20)", ", note VARCHAR(50)"), sqlite),
	{name: "unique constraint in create table", byDialect: map[dburl.Dialect][2]string{
		sqlite: both(item+", sku VARCHAR(20));\n", item+", sku VARCHAR(20), CONSTRAINT uni_item_sku UNIQUE (sku));\n"),
		my:     both(item+", sku VARCHAR(20));\n", item+", sku VARCHAR(20), CONSTRAINT uni_item_sku UNIQUE (sku));\n"),
	}, seed: itemSeed, rows: itemRows},
	only(withItem("collate nocase", ", note VARCHAR(20)", ", note VARCHAR(20) COLLATE NOCASE"), sqlite),
	withItem("boolean default", "", ", flag BOOLEAN DEFAULT false"),
	withItem("decimal default", ", price NUMERIC(10,2)", ", price NUMERIC(10,2) DEFAULT 1.50"),
	{name: "timestamp default", byDialect: map[dburl.Dialect][2]string{
		pg:     both(item+");\n", item+", created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP);\n"),
		my:     both(item+");\n", item+", created_at DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3));\n"),
		sqlite: both(item+");\n", item+", created_at DATETIME DEFAULT CURRENT_TIMESTAMP);\n"),
	}, seed: itemSeed, rows: itemRows},
	withItem("column check", ", qty INTEGER", ", qty INTEGER CHECK (qty >= 0)"),
	withItem("varchar to text", ", note VARCHAR(20)", ", note TEXT"),
	withItem("drop not null keeping default", ", qty INTEGER NOT NULL DEFAULT 1", ", qty INTEGER DEFAULT 1"),
	fk("foreign key on update set null", "CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES owner (id)",
		"CONSTRAINT fk_post_owner FOREIGN KEY (owner_id) REFERENCES owner (id) ON UPDATE SET NULL ON DELETE SET NULL"),
	{name: "unique constraint to unique index", byDialect: map[dburl.Dialect][2]string{
		pg: both(item+", sku VARCHAR(20), CONSTRAINT uni_item_sku UNIQUE (sku));\n", item+", sku VARCHAR(20));\nCREATE UNIQUE INDEX uni_item_sku ON item (sku);\n"),
	}, seed: itemSeed, rows: itemRows},
	{name: "default now", byDialect: map[dburl.Dialect][2]string{
		pg: both(item+", at TIMESTAMPTZ);\n", item+", at TIMESTAMPTZ DEFAULT now());\n"),
		my: both(item+", at TIMESTAMP NULL);\n", item+", at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);\n"),
	}, seed: itemSeed, rows: itemRows},
	{name: "datetime precision", byDialect: map[dburl.Dialect][2]string{
		pg: both(item+", at TIMESTAMP(0));\n", item+", at TIMESTAMP(3));\n"),
		my: both(item+", at DATETIME);\n", item+", at DATETIME(3));\n"),
	}, seed: itemSeed, rows: itemRows},
	{name: "unsigned", byDialect: map[dburl.Dialect][2]string{
		my: both(item+", qty INT);\n", item+", qty INT UNSIGNED);\n"),
	}, seed: itemSeed, rows: itemRows},
	{name: "boolean as tinyint", byDialect: map[dburl.Dialect][2]string{
		my: both(item+", flag TINYINT(1) NOT NULL DEFAULT 0);\n", item+", flag TINYINT(1) NOT NULL DEFAULT 1);\n"),
	}, seed: itemSeed, rows: itemRows},
	{name: "charset", byDialect: map[dburl.Dialect][2]string{
		my: both(item+", note VARCHAR(20));\n", item+", note VARCHAR(20) CHARACTER SET latin1);\n"),
	}, seed: itemSeed, rows: itemRows},
	{name: "enum change default", byDialect: map[dburl.Dialect][2]string{
		my: both("CREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood ENUM('sad', 'ok') DEFAULT 'ok');\n",
			"CREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, mood ENUM('sad', 'ok') DEFAULT 'sad');\n"),
	}},
	{name: "auto increment bigint unsigned", byDialect: map[dburl.Dialect][2]string{
		my: both("CREATE TABLE seq (id BIGINT UNSIGNED NOT NULL PRIMARY KEY, n INTEGER);\n", "CREATE TABLE seq (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, n INTEGER);\n"),
	}, seed: []string{"INSERT INTO seq (id, n) VALUES (1, 10)"}, rows: "SELECT id, n FROM seq"},
	only(withIndex("index comment", "CREATE INDEX idx_item_note ON item (note)", "CREATE INDEX idx_item_note ON item (note) COMMENT 'why'"), my),
	only(withItem("float precision", ", w REAL", ", w DOUBLE PRECISION"), pg),
	only(withItem("array column", "", ", tags TEXT[]"), pg),
	only(withItem("numeric without scale", ", price NUMERIC(10,2)", ", price NUMERIC"), pg, my),
}
