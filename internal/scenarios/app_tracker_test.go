package scenarios

import (
	trackerv1 "github.com/autogen-dev/autogen/internal/scenarios/apps/tracker/v1"
	trackerv2 "github.com/autogen-dev/autogen/internal/scenarios/apps/tracker/v2"
)

func init() {
	register(app{
		name: "tracker", dir: "tracker",
		v1Models: trackerv1.Models, v2Models: trackerv2.Models, seed: trackerv1.Seed,
		hazards: trackerHazards,
		keep: []check{
			{v1: "SELECT p.name, u.login, u.email FROM users u CROSS JOIN projects p WHERE p.id = 1 ORDER BY u.login"},
			{v1: "SELECT p.key, i.number, i.title, i.state, i.priority, a.login, r.login, i.deleted_at IS NULL FROM issues i JOIN projects p ON p.id = i.project_id JOIN users r ON r.id = i.reporter_id LEFT JOIN users a ON a.id = i.assignee_id ORDER BY p.key, i.number"},
			{v1: "SELECT i.number, l.name FROM issue_labels il JOIN issues i ON i.id = il.issue_id JOIN labels l ON l.id = il.label_id ORDER BY i.id, l.name"},
			{v1: "SELECT issue_id, author_id, body FROM comments ORDER BY id", v2: "SELECT issue_id, author_id, body FROM issue_comments ORDER BY id"},
			{v1: "SELECT issue_id, user_id FROM watchers ORDER BY issue_id, user_id"},
		},
	})
}

// trackerHazards: the dropped attachments (DL101), the comments table
// rename (BC102) whose foreign key and index GORM names after the new
// table (BC108, PF101, DF104), users.email made nullable (BC104), the
// narrowed title (DF106), unique label names per project (DF101), the
// wider state check (DF105), new defaults (BC106).
func trackerHazards(d string) []string {
	switch d {
	case "postgres":
		return codes("BC101 BC102 BC104 BC105 BC106 BC108 DF101 DF105 DF106 DL101 IR101 IR102 IR103 LK101 LK102 LK105 PF101 PF102 RW101 TX103 TX104")
	case "mysql":
		return codes("BC101 BC102 BC104 BC105 BC106 BC108 DF101 DF104 DF105 DF106 DL101 IR101 IR102 IR103 IR104 LK104 LK105 PF101 PF102 RW101 TX102 TX103")
	default:
		return codes("BC101 BC102 BC104 BC106 DF101 DF105 DL101 DL104 IR101 IR102 IR103 PF101 PF102 RW105")
	}
}
