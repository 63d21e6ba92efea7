package hazard

import "slices"

// CodeInfo describes a code: its title and the dialects where it can fire
// (pg, mysql, sqlite).
type CodeInfo struct {
	Code     Code
	Title    string
	Dialects []string
}

var all = []string{"pg", "mysql", "sqlite"}

// catalog is the taxonomy of research/hazards.md §3, as far as autogen
// implements it. README lists the same table.
var catalog = func() map[Code]CodeInfo {
	m := map[Code]CodeInfo{}
	for _, c := range []CodeInfo{
		{"DL101", "drop table: its rows are lost", all},
		{"DL102", "drop column: its values are lost", all},
		{"DL103", "possible rename written as drop and add", all},
		{"DL104", "sequence or auto-increment counter lost or reset", all},
		{"DF101", "unique index or primary key over duplicate values", all},
		{"DF102", "NOT NULL over NULL values", all},
		{"DF103", "NOT NULL column without a default added to a non-empty table", []string{"pg", "sqlite"}},
		{"DF104", "foreign key over orphan rows", all},
		{"DF105", "CHECK over rows that violate it", all},
		{"DF106", "type change over values that do not convert", []string{"pg", "mysql"}},
		{"DF107", "enum values removed while rows use them", []string{"pg", "mysql"}},
		{"DF108", "non-constant default added to a non-empty SQLite table", []string{"sqlite"}},
		{"DF109", "sequence narrowed below its last value or bounds", []string{"pg"}},
		{"SD101", "MySQL fills a new NOT NULL column with zero values", []string{"mysql"}},
		{"SD102", "lossy conversion that succeeds: truncation, rounding, time zone", []string{"pg", "mysql"}},
		{"SD103", "MySQL NOT NULL without strict mode turns NULLs into zero values", []string{"mysql"}},
		{"SD104", "MySQL MODIFY COLUMN drops attributes the models do not carry", []string{"mysql"}},
		{"SD105", "SQLite table rebuild loses triggers and unnamed CHECKs", []string{"sqlite"}},
		{"SD106", "identifier longer than the database keeps", []string{"pg", "mysql"}},
		{"RW101", "type change rewrites the table", []string{"pg", "mysql"}},
		{"RW102", "column added with a volatile or expression default rewrites the table", []string{"pg", "mysql"}},
		{"RW103", "serial, identity or AUTO_INCREMENT column added rewrites the table", []string{"pg", "mysql"}},
		{"RW104", "MySQL ENUM change other than appending copies the table", []string{"mysql"}},
		{"RW105", "SQLite table rebuild (create, copy, drop, rename)", []string{"sqlite"}},
		{"LK101", "CREATE INDEX without CONCURRENTLY blocks writes", []string{"pg"}},
		{"LK102", "DROP INDEX without CONCURRENTLY blocks reads and writes", []string{"pg"}},
		{"LK103", "primary key added under an ACCESS EXCLUSIVE lock", []string{"pg"}},
		{"LK104", "foreign key validated under a lock on both tables", []string{"pg", "mysql"}},
		{"LK105", "CHECK validated under a lock", []string{"pg", "mysql"}},
		{"LK106", "SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock", []string{"pg"}},
		{"TX101", "CONCURRENTLY inside a transaction", []string{"pg"}},
		{"TX102", "non-transactional DDL: a failure leaves earlier statements applied", []string{"mysql"}},
		{"TX103", "no lock timeout: a blocked ALTER queues every query behind it", []string{"pg", "mysql"}},
		{"TX104", "long scan inside the migration's transaction holds earlier locks", []string{"pg"}},
		{"TX105", "ALTER TYPE … ADD VALUE in a transaction: the value is unusable until commit (before PostgreSQL 12: fails)", []string{"pg"}},
		{"BC101", "drop of a table or column the running application may use", all},
		{"BC102", "rename the running application does not know", all},
		{"BC103", "new required column or NOT NULL the running application may not fill", all},
		{"BC104", "DROP NOT NULL: readers may meet NULLs", all},
		{"BC105", "type change visible to clients", all},
		{"BC106", "default change: GORM skips zero values of fields with a default", all},
		{"BC107", "primary key change on a published (replicated) table", []string{"pg"}},
		{"BC108", "foreign key dropped: referential integrity no longer enforced", all},
		{"IR101", "downgrade cannot restore data the upgrade drops or converts", all},
		{"IR102", "downgrade drops data written since the upgrade", all},
		{"IR103", "downgrade re-tightens and may fail on data written since the upgrade", all},
		{"IR104", "MySQL downgrade cannot be rolled back: a failed step leaves earlier steps applied", []string{"mysql"}},
		{"PF101", "dropped index may still serve queries", all},
		{"PF102", "index build on an existing table", all},
	} {
		m[c.Code] = c
	}
	return m
}()

// Codes returns the catalog in code order.
func Codes() []CodeInfo {
	var out []CodeInfo
	for _, c := range catalog {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b CodeInfo) int {
		if a.Code < b.Code {
			return -1
		}
		if a.Code > b.Code {
			return 1
		}
		return 0
	})
	return out
}
