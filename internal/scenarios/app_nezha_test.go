package scenarios

import (
	nezhav1 "github.com/autogen-dev/autogen/internal/scenarios/apps/nezha/v1"
	nezhav2 "github.com/autogen-dev/autogen/internal/scenarios/apps/nezha/v2"
)

// nezha is nezhahq/nezha's dashboard models (Apache-2.0; see
// apps/nezha/SOURCE.md for what was adapted) with a plausible next
// version: a tags table, a renamed table and column, archived servers,
// alert severity, user emails, wider varchars, a partial index, a unique
// constraint turned unique index, two columns retired.
//
// nezha runs on SQLite (its models say type:longtext and binary(16), which
// PostgreSQL rejects); see knownAutoMigrateErrors.
func init() {
	register(app{
		name:     "nezha",
		dir:      "nezha",
		v1Models: nezhav1.Models,
		v2Models: nezhav2.Models,
		seed:     nezhav1.Seed,
		hazards:  func(string) []string { return nil },
		keep: []check{
			{v1: "SELECT id, name, uuid, note FROM servers ORDER BY id", v2: "SELECT id, name, uuid, admin_note FROM servers ORDER BY id"},
			{v1: "SELECT id, username, role FROM users ORDER BY id"},
			{v1: "SELECT id, user_id, provider, open_id FROM oauth2_binds ORDER BY id", v2: "SELECT id, user_id, provider, open_id FROM oauth_bindings ORDER BY id"},
			{v1: "SELECT id, service_id, server_id, up, down FROM service_histories ORDER BY id"},
			{v1: "SELECT id, server_id FROM transfers ORDER BY id"},
			{v1: "SELECT id, domain FROM nats ORDER BY id"},
			{v1: "SELECT id, name FROM api_tokens ORDER BY id"},
		},
	})
}
