package scenarios

import "gorm.io/gorm"

// app is one scenario: an application as a team would write it, in two
// versions. Its models live in apps/<dir>/v1 and apps/<dir>/v2; autogen
// reads those folders, GORM gets the same types through v1Models/v2Models.
type app struct {
	name string
	// dir is the app's folder under apps/, e.g. "shop".
	dir string
	// v1Models and v2Models are the structs each version migrates, in the
	// order the application passes them to AutoMigrate.
	v1Models, v2Models func() []any
	// seed fills a v1 database with rows (through GORM).
	seed func(db *gorm.DB) error
	// hazards lists the hazard codes the v1 -> v2 revision must flag on a
	// dialect ("postgres", "sqlite", "mysql"), sorted, each once.
	hazards func(dialect string) []string
	// keep are the rows that must survive: each check's v1 query, run on
	// v1 (before the upgrade and after the downgrade), and its v2 query,
	// run after the upgrade, must print the same rows.
	keep []check
	// large marks the big applications (70+ tables).
	large bool
}

// check is a pair of portable SELECTs over the same rows in v1 and v2;
// v2 empty means the v1 query also holds on v2.
type check struct{ v1, v2 string }

var apps []app

func register(a app) { apps = append(apps, a) }
