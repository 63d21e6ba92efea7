package v1

import (
	"time"

	"gorm.io/datatypes"
)

// WikiPage is a page of a repository wiki.
type WikiPage struct {
	ID           uint
	RepositoryID UUID   `gorm:"uniqueIndex:idx_wiki_repo_slug"`
	Slug         string `gorm:"size:120;uniqueIndex:idx_wiki_repo_slug"`
	Title        string `gorm:"size:200"`
	Revisions    []WikiRevision
}

// WikiRevision is a version of a wiki page.
type WikiRevision struct {
	ID         uint
	WikiPageID uint
	AuthorID   UUID
	Content    string `gorm:"size:4000"`
	CreatedAt  time.Time
}

// PagesSite serves a repository as a static site.
type PagesSite struct {
	ID           uint
	RepositoryID UUID `gorm:"uniqueIndex"`
	Repository   Repository
	Branch       string `gorm:"size:100;default:'gh-pages'"`
	HTTPSOnly    bool
}

// Domain is a custom domain of a pages site.
type Domain struct {
	ID          uint
	PagesSiteID uint
	PagesSite   PagesSite
	Host        string `gorm:"size:253;uniqueIndex"`
	VerifiedAt  *time.Time
}

// Notification is an inbox entry of a user.
type Notification struct {
	ID           uint64
	UserID       UUID `gorm:"index"`
	RepositoryID UUID
	Reason       string `gorm:"size:32"`
	Subject      string `gorm:"size:255"`
	ReadAt       *time.Time
	CreatedAt    time.Time
}

// ThreadSubscription mutes or follows one thread.
type ThreadSubscription struct {
	ID        uint
	UserID    UUID `gorm:"uniqueIndex:idx_thread_user_subject"`
	SubjectID UUID `gorm:"uniqueIndex:idx_thread_user_subject"`
	Ignored   bool
}

// EmailQueue holds outgoing mail until the mailer sends it.
type EmailQueue struct {
	ID      uint
	To      string `gorm:"size:160"`
	Subject string `gorm:"size:255"`
	Body    string `gorm:"size:4000"`
	SentAt  *time.Time
}

// AuditEvent is the organization audit log.
type AuditEvent struct {
	ID             uint64
	OrganizationID UUID `gorm:"index"`
	ActorID        UUID
	Action         string `gorm:"size:64"`
	Data           datatypes.JSON
	At             time.Time `gorm:"index"`
}
