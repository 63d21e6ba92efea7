package v1

import (
	"fmt"

	"gorm.io/gorm"
)

// Seed writes 3 projects, 10 users, labels, 60 issues (some unassigned,
// some soft-deleted), comments, watchers and attachments. Label names
// repeat across projects but not within one: v2's (project_id, name)
// unique index must hold, and a unique index on name alone would not.
func Seed(db *gorm.DB) error {
	projects := []Project{{Key: "CORE", Name: "Core"}, {Key: "WEB", Name: "Web"}, {Key: "OPS", Name: "Ops", Archived: true}}
	if err := db.Create(&projects).Error; err != nil {
		return fmt.Errorf("projects: %w", err)
	}
	var users []User
	for i := 0; i < 10; i++ {
		users = append(users, User{Login: fmt.Sprintf("user%d", i), Email: fmt.Sprintf("u%d@tracker.test", i)})
	}
	if err := db.Create(&users).Error; err != nil {
		return fmt.Errorf("users: %w", err)
	}
	var labels []Label
	for _, p := range projects {
		for _, n := range []string{"bug", "feature", "chore"} {
			labels = append(labels, Label{ProjectID: p.ID, Name: n, Color: "#ff0000"})
		}
	}
	if err := db.Create(&labels).Error; err != nil {
		return fmt.Errorf("labels: %w", err)
	}
	for i := 0; i < 60; i++ {
		p := projects[i%3]
		is := Issue{ProjectID: p.ID, Number: i/3 + 1, Title: fmt.Sprintf("%s issue %d", p.Key, i/3+1),
			State: []string{"open", "closed"}[i%2], Priority: int8(1 + i%5), ReporterID: users[i%10].ID, Estimate: float32(i%8) / 2,
			Labels: []Label{labels[(i%3)*3+i%2]}}
		if i%4 != 0 {
			is.AssigneeID = &users[(i+3)%10].ID
		}
		if err := db.Create(&is).Error; err != nil {
			return fmt.Errorf("issue %d: %w", i, err)
		}
		for c := 0; c < i%3; c++ {
			if err := db.Create(&Comment{IssueID: is.ID, AuthorID: users[c].ID, Body: fmt.Sprintf("comment %d", c)}).Error; err != nil {
				return fmt.Errorf("comment: %w", err)
			}
		}
		if err := db.Create(&Watcher{IssueID: is.ID, UserID: users[i%10].ID}).Error; err != nil {
			return fmt.Errorf("watcher: %w", err)
		}
		if i%10 == 0 {
			if err := db.Create(&Attachment{IssueID: is.ID, Name: "log.txt", Data: []byte("trace")}).Error; err != nil {
				return fmt.Errorf("attachment: %w", err)
			}
		}
		if i%15 == 14 {
			if err := db.Delete(&is).Error; err != nil {
				return fmt.Errorf("delete issue: %w", err)
			}
		}
	}
	return nil
}
