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
}
