// Package v2 is the issue tracker with milestones, due dates and display
// names; attachments moved to the object store.
package v2

import (
	"time"

	"gorm.io/gorm"
)

// Record is the tracker's own base: soft-deleted rows stay for history.
type Record struct {
	ID        uint `gorm:"primaryKey"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt gorm.DeletedAt `gorm:"index"`
}

// Project owns issues; keys may be longer now.
type Project struct {
	ID          uint
	Key         string `gorm:"size:16;not null;uniqueIndex"`
	Name        string `gorm:"size:100;not null"`
	Description string `gorm:"type:text"`
	Archived    bool   `gorm:"default:false"`
}

// User works on issues; e-mail is optional for bot accounts.
type User struct {
	gorm.Model
	Login       string  `gorm:"size:40;not null;uniqueIndex"`
	Email       *string `gorm:"size:120"`
	DisplayName string  `gorm:"size:80;not null;default:''"`
}

// Milestone groups issues of a project toward a date.
type Milestone struct {
	ID        uint
	ProjectID uint `gorm:"not null"`
	Project   Project
	Title     string `gorm:"size:100;not null"`
	DueOn     *time.Time
}

// Issue is a ticket, numbered per project.
type Issue struct {
	Record
	ProjectID   uint `gorm:"not null;uniqueIndex:idx_issues_project_number"`
	Project     Project
	Number      int    `gorm:"not null;uniqueIndex:idx_issues_project_number"`
	Title       string `gorm:"size:150;not null"`
	State       string `gorm:"size:12;default:'open';index;check:chk_issues_state,state IN ('open','blocked','closed')"`
	Priority    int32  `gorm:"default:3"`
	AssigneeID  *uint
	Assignee    *User
	ReporterID  uint
	Reporter    User
	MilestoneID *uint
	Milestone   *Milestone
	DueDate     *time.Time
	Estimate    float64
	Labels      []Label `gorm:"many2many:issue_labels"`
}

// Label tags issues; a name is unique within its project.
type Label struct {
	ID        uint
	ProjectID uint   `gorm:"uniqueIndex:idx_labels_project_name"`
	Name      string `gorm:"size:40;not null;uniqueIndex:idx_labels_project_name"`
	Color     string `gorm:"size:7;default:'#888888'"`
}

// IssueComment is a discussion entry on an issue; the table followed the
// type's new name.
//
//autogen:renamed_from comments
type IssueComment struct {
	ID        uint
	IssueID   uint `gorm:"not null;index"`
	Issue     Issue
	AuthorID  uint
	Body      string `gorm:"type:text"`
	CreatedAt time.Time
}

// Watcher is a user notified of an issue's changes, unless muted.
type Watcher struct {
	IssueID uint `gorm:"primaryKey;autoIncrement:false"`
	UserID  uint `gorm:"primaryKey;autoIncrement:false"`
	Muted   bool `gorm:"default:false"`
}

// Models are the structs the tracker migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Project{}, &User{}, &Milestone{}, &Label{}, &Issue{}, &IssueComment{}, &Watcher{}}
}
