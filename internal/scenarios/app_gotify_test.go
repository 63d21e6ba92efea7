package scenarios

import (
	gotifyv1 "github.com/autogen-dev/autogen/internal/scenarios/apps/gotify/v1"
	gotifyv2 "github.com/autogen-dev/autogen/internal/scenarios/apps/gotify/v2"
)

// gotify is gotify/server's model package (MIT; see apps/gotify/SOURCE.md)
// with a plausible next version: a webhook table, archived applications
// and retention, user emails, two renamed columns, a composite and a
// partial index, a text column narrowed to varchar, a changed default.
func init() {
	register(app{
		name:     "gotify",
		dir:      "gotify",
		v1Models: gotifyv1.Models,
		v2Models: gotifyv2.Models,
		seed:     gotifyv1.Seed,
		hazards:  gotifyHazards,
		keep: []check{
			{v1: "SELECT id, name, admin FROM users ORDER BY id"},
			{v1: "SELECT id, token, user_id, name, image FROM applications ORDER BY id", v2: "SELECT id, token, user_id, name, image_path FROM applications ORDER BY id"},
			{v1: "SELECT id, application_id, title, priority FROM messages ORDER BY id"},
			{v1: "SELECT id, token, name, expires_after_inactivity_seconds FROM clients ORDER BY id"},
			{v1: "SELECT id, token, storage FROM plugin_confs ORDER BY id", v2: "SELECT id, token, state FROM plugin_confs ORDER BY id"},
		},
	})
}

// gotifyHazards are the codes the revision's header counts. On PostgreSQL
// and MySQL the applications ALTER that follows the image rename carries
// no "-- hazard:" lines of its own (BC103, DF102, LK106, TX104; MySQL's
// downgrade also loses IR103, TX102), though the header counts them:
// reported with issue 10.
func gotifyHazards(dialect string) []string {
	switch dialect {
	case "postgres":
		return []string{"BC102", "BC103", "BC105", "BC106", "DF102", "DF106", "IR102", "LK101", "LK106", "PF102", "TX103", "TX104"}
	case "mysql":
		return []string{"BC102", "BC103", "BC105", "BC106", "DF102", "DF106", "IR102", "IR103", "IR104", "PF102", "RW101", "TX102", "TX103"}
	case "sqlite":
		return []string{"BC102", "BC103", "BC105", "BC106", "DF102", "DL104", "IR102", "PF102", "RW105"}
	}
	return nil
}
