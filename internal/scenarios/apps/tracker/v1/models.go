// Package v1 is the issue tracker as first self-hosted: projects, users,
// issues with labels, comments, watchers and attachments.
package v1

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

// Project owns issues; its key prefixes issue numbers (ABC-12).
type Project struct {
	ID       uint
	Key      string `gorm:"size:10;not null;uniqueIndex"`
	Name     string `gorm:"size:100;not null"`
	Archived bool   `gorm:"default:false"`
}

// User works on issues.
type User struct {
	gorm.Model
	Login string `gorm:"size:40;not null;uniqueIndex"`
	Email string `gorm:"size:120;not null"`
}

// Issue is a ticket, numbered per project.
type Issue struct {
	Record
	ProjectID  uint `gorm:"not null;uniqueIndex:idx_issues_project_number"`
	Project    Project
	Number     int    `gorm:"not null;uniqueIndex:idx_issues_project_number"`
	Title      string `gorm:"size:200;not null"`
	State      string `gorm:"size:12;default:'open';check:chk_issues_state,state IN ('open','closed')"`
	Priority   int8   `gorm:"default:3"`
	AssigneeID *uint
	Assignee   *User
	ReporterID uint `gorm:"index"`
	Reporter   User
	Estimate   float32
	Labels     []Label `gorm:"many2many:issue_labels"`
}

// Label tags issues within a project.
type Label struct {
	ID        uint
	ProjectID uint
	Name      string `gorm:"size:40;not null"`
	Color     string `gorm:"size:7"`
}

// Comment is a discussion entry on an issue.
type Comment struct {
	ID        uint
	IssueID   uint `gorm:"not null;index"`
	Issue     Issue
	AuthorID  uint
	Body      string `gorm:"type:text"`
	CreatedAt time.Time
}

// Watcher is a user notified of an issue's changes.
type Watcher struct {
	IssueID uint `gorm:"primaryKey;autoIncrement:false"`
	UserID  uint `gorm:"primaryKey;autoIncrement:false"`
}

// Attachment was stored in the database before the object store.
type Attachment struct {
	ID      uint
	IssueID uint
	Name    string `gorm:"size:200"`
	Data    []byte
}

// Models are the structs the tracker migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Project{}, &User{}, &Label{}, &Issue{}, &Comment{}, &Watcher{}, &Attachment{}}
}
