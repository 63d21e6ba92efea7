package scenarios

import (
	forgev1 "github.com/autogen-dev/autogen/internal/scenarios/apps/forge/v1"
	forgev2 "github.com/autogen-dev/autogen/internal/scenarios/apps/forge/v2"
)

// forge is a multi-tenant git forge (73 tables, UUID keys made in Go, soft
// delete on the base model, composite primary keys, polymorphic comments
// and reactions, a self-referential many2many, datatypes.JSON, serializer
// fields, a MySQL ENUM by GormDBDataType). Its v2 is one release: tables
// added and dropped, two tables renamed (one by a comment hint, one by a
// TableName change), a column renamed that a foreign key and its has-many
// name follow, columns widened, narrowed, re-typed and made nullable or
// NOT NULL, defaults, checks added, changed and dropped, composite and
// partial unique indexes, foreign keys added, changed and dropped, a
// many2many added and one dropped, an embedded struct that grows a field,
// an ENUM value appended.
//
// Known failure, kept on purpose: autogen refuses the upper-case ENUM(...)
// GormDBDataType returns on MySQL (see knownLoadErrors).
func init() {
	register(app{
		name:     "forge",
		dir:      "forge",
		v1Models: forgev1.Models,
		v2Models: forgev2.Models,
		seed:     forgev1.Seed,
		hazards:  forgeHazards,
		large:    true,
		keep: []check{
			{v1: "SELECT id, login, full_name FROM users ORDER BY login", v2: "SELECT id, login, display_name FROM users ORDER BY login"},
			{v1: "SELECT id, slug, title FROM wiki_pages ORDER BY id", v2: "SELECT id, slug, title FROM wiki_documents ORDER BY id"},
			{v1: "SELECT id, wiki_page_id, content FROM wiki_revisions ORDER BY id", v2: "SELECT id, wiki_document_id, content FROM wiki_revisions ORDER BY id"},
			{v1: "SELECT id, pipeline_id, name, exit_code FROM ci_jobs ORDER BY id", v2: "SELECT id, pipeline_id, name, exit_code FROM ci_pipeline_jobs ORDER BY id"},
			{v1: "SELECT id, key_id FROM gpg_keys ORDER BY id", v2: "SELECT id, long_key_id FROM gpg_keys ORDER BY id"},
			{v1: "SELECT id, organization_id, name, visibility, default_branch FROM repositories ORDER BY id"},
			{v1: "SELECT id, repository_id, number, title, state FROM issues ORDER BY id"},
			{v1: "SELECT issue_id, label_id FROM issue_labels ORDER BY issue_id, label_id"},
			{v1: "SELECT id, commentable_id, commentable_type, body FROM comments ORDER BY id"},
			{v1: "SELECT id, fingerprint FROM ssh_keys ORDER BY id"},
			{v1: "SELECT user_id, repository_id FROM stars ORDER BY user_id, repository_id"},
			{v1: "SELECT id, sha256 FROM package_files ORDER BY id"},
			{v1: "SELECT id, tag_name, download_count FROM releases ORDER BY id"},
			{v1: "SELECT id, name, color FROM labels ORDER BY id"},
			{v1: "SELECT user_id, following_id FROM user_follows ORDER BY user_id, following_id"},
			{v1: "SELECT id, slug FROM organizations ORDER BY id"},
		},
	})
}

// forgeHazards are the codes the revision flags over the seeded rows, as
// autogen flagged them when the app was written, less SD105 on SQLite
// (protected_branches' rebuild "loses" chk_protected_reviews, which v2
// drops on purpose; see erpHazards). MySQL has none: autogen cannot load
// the models there (knownLoadErrors).
//
// Known failure on PostgreSQL, kept: the DF104 guard of
// fk_ci_pipeline_jobs_steps (re-made because ci_jobs is renamed) tests
// only "job_id IS NOT NULL", so every seeded step counts as an orphan and
// the upgrade stops.
func forgeHazards(dialect string) []string {
	switch dialect {
	case "postgres":
		return []string{"BC101", "BC102", "BC103", "BC104", "BC105", "BC106", "BC108",
			"DF101", "DF102", "DF104", "DF105", "DF106", "DL101", "DL102",
			"IR101", "IR102", "IR103", "LK101", "LK102", "LK104", "LK105", "LK106",
			"PF101", "PF102", "RW101", "TX103", "TX104"}
	case "sqlite":
		return []string{"BC101", "BC102", "BC103", "BC104", "BC105", "BC106", "BC108",
			"DF101", "DF102", "DF105", "DL101", "DL102", "DL103", "DL104",
			"IR101", "IR102", "IR103", "PF101", "PF102", "RW105"}
	}
	return nil
}
