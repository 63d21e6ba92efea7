package v2

import (
	"time"

	"gorm.io/gorm"
)

// Issue is a tracked problem or task.
type Issue struct {
	Model
	RepositoryID UUID       `gorm:"index;uniqueIndex:idx_issue_repo_number"`
	Repository   Repository `gorm:"constraint:OnDelete:CASCADE"`
	Number       int        `gorm:"not null;uniqueIndex:idx_issue_repo_number;comment:per-repository issue number"`
	Title        string     `gorm:"size:255;not null"`
	Body         string     `gorm:"size:4000"`
	AuthorID     UUID
	MilestoneID  *uint
	Milestone    *Milestone
	State        string `gorm:"size:8;default:'open'"`
	ClosedAt     *time.Time
	Locked       bool       `gorm:"not null;default:false"`
	Assignees    []User     `gorm:"many2many:issue_assignees"`
	Labels       []Label    `gorm:"many2many:issue_labels"`
	Comments     []Comment  `gorm:"polymorphic:Commentable"`
	Reactions    []Reaction `gorm:"polymorphic:Subject"`
}

// Label colors issues.
type Label struct {
	ID           uint
	DeletedAt    gorm.DeletedAt `gorm:"index"`
	RepositoryID UUID           `gorm:"index"`
	Name         string         `gorm:"size:50"`
	Color        string         `gorm:"size:7;not null;default:'#cccccc'"`
}

// Milestone groups issues toward a date.
type Milestone struct {
	ID           uint
	RepositoryID UUID   `gorm:"index"`
	Title        string `gorm:"size:120"`
	DueOn        *time.Time
}

// Comment is a comment on an issue or a pull request.
type Comment struct {
	ID              uint
	CommentableID   UUID   `gorm:"index:idx_comment_target"`
	CommentableType string `gorm:"size:32;index:idx_comment_target"`
	AuthorID        UUID
	Body            string `gorm:"size:4000"`
	CreatedAt       time.Time
}

// Reaction is an emoji on an issue or a pull request.
type Reaction struct {
	ID          uint
	SubjectID   UUID   `gorm:"index:idx_reaction_subject"`
	SubjectType string `gorm:"size:32;index:idx_reaction_subject"`
	UserID      UUID
	Emoji       string `gorm:"size:16"`
}

// IssueEvent is a timeline entry (labeled, closed, ...).
type IssueEvent struct {
	ID      uint
	IssueID UUID `gorm:"index"`
	Issue   Issue
	Kind    string `gorm:"size:24"`
	ActorID UUID
	At      time.Time
}

// Attachment is a file uploaded to an issue.
type Attachment struct {
	ID          uint
	IssueID     UUID
	Issue       Issue
	FileName    string `gorm:"size:200"`
	ContentType string `gorm:"size:100"`
	Size        int64
}

// Project is a board across repositories.
type Project struct {
	Model
	OrganizationID UUID   `gorm:"index"`
	Name           string `gorm:"size:120"`
	Columns        []ProjectColumn
}

// ProjectColumn is a column of a board.
type ProjectColumn struct {
	ID        uint
	ProjectID UUID
	Name      string `gorm:"size:60"`
	Position  int
	Cards     []ProjectCard
}

// ProjectCard places an issue on a board.
type ProjectCard struct {
	ID              uint
	ProjectColumnID uint
	IssueID         *UUID
	Note            string `gorm:"size:500"`
	Position        int
}
