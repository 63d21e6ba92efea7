package v1

import (
	"time"

	"gorm.io/datatypes"
)

// Repository is a git repository owned by an organization.
type Repository struct {
	Model
	OrganizationID UUID `gorm:"uniqueIndex:idx_repo_org_name"`
	Organization   Organization
	Name           string     `gorm:"size:100;uniqueIndex:idx_repo_org_name;not null"`
	Description    string     `gorm:"size:500"`
	Visibility     Visibility `gorm:"default:'private'"`
	DefaultBranch  string     `gorm:"size:100;not null;default:'master'"`
	SizeKB         int64
	MirrorInterval int
	Topics         []Topic `gorm:"many2many:repository_topics"`
	Issues         []Issue
	Audit          Audit `gorm:"embedded"`
}

// Branch is a git ref the forge tracks.
type Branch struct {
	ID           uint
	RepositoryID UUID   `gorm:"uniqueIndex:idx_branch_repo_name"`
	Name         string `gorm:"size:100;uniqueIndex:idx_branch_repo_name"`
	HeadSHA      string `gorm:"size:40"`
}

// ProtectedBranch is a branch rule.
type ProtectedBranch struct {
	ID              uint
	RepositoryID    UUID `gorm:"index"`
	Repository      Repository
	Pattern         string `gorm:"size:100"`
	RequiredReviews int    `gorm:"default:1;check:chk_protected_reviews,required_reviews >= 0"`
}

// RepoTag is a git tag.
type RepoTag struct {
	ID           uint
	RepositoryID UUID   `gorm:"index"`
	Name         string `gorm:"size:100"`
	SHA          string `gorm:"size:40"`
}

// Release is a published tag with notes and assets.
type Release struct {
	Model
	RepositoryID  UUID `gorm:"index"`
	Repository    Repository
	AuthorID      UUID
	Author        User
	TagName       string `gorm:"size:100"`
	Title         string `gorm:"size:200"`
	Body          string `gorm:"size:2000"`
	Draft         bool
	DownloadCount int32
	Assets        []ReleaseAsset
}

// ReleaseAsset is a file attached to a release.
type ReleaseAsset struct {
	ID        uint
	ReleaseID UUID
	Name      string `gorm:"size:200"`
	Size      int64
}

// Commit is an indexed commit.
type Commit struct {
	ID           uint
	RepositoryID UUID   `gorm:"uniqueIndex:idx_commit_repo_sha"`
	SHA          string `gorm:"size:40;uniqueIndex:idx_commit_repo_sha"`
	AuthorEmail  string `gorm:"size:160;index"`
	Message      string `gorm:"size:1000"`
	CommittedAt  time.Time
}

// CommitStatus is a CI result reported on a commit.
type CommitStatus struct {
	ID       uint
	CommitID uint
	Commit   Commit
	Context  string `gorm:"size:100"`
	State    string `gorm:"size:16;check:chk_commit_status_state,state IN ('pending','success','failure','error')"`
}

// Collaborator has direct access to a repository; the pair is the key.
type Collaborator struct {
	RepositoryID UUID   `gorm:"primaryKey"`
	UserID       UUID   `gorm:"primaryKey"`
	Permission   string `gorm:"size:16;default:'read'"`
}

// Star is a user starring a repository.
type Star struct {
	UserID       UUID `gorm:"primaryKey"`
	RepositoryID UUID `gorm:"primaryKey"`
	CreatedAt    time.Time
}

// Watch subscribes a user to a repository's notifications.
type Watch struct {
	UserID       UUID `gorm:"primaryKey"`
	RepositoryID UUID `gorm:"primaryKey"`
	Mode         int  `gorm:"default:1"`
}

// DeployKey is a repository-scoped SSH key.
type DeployKey struct {
	ID           uint
	RepositoryID UUID `gorm:"index"`
	Repository   Repository
	Title        string `gorm:"size:80"`
	Fingerprint  string `gorm:"size:128"`
	ReadOnly     bool   `gorm:"default:true"`
}

// Webhook calls a URL on repository events.
type Webhook struct {
	Model
	RepositoryID UUID `gorm:"index"`
	Repository   Repository
	URL          string   `gorm:"size:300;not null"`
	Events       []string `gorm:"serializer:json"`
	Active       bool
}

// HookDelivery is one call of a webhook.
type HookDelivery struct {
	ID          uint64
	WebhookID   UUID `gorm:"index"`
	Webhook     Webhook
	StatusCode  int
	Request     datatypes.JSON
	DeliveredAt time.Time
}

// Topic labels repositories for discovery.
type Topic struct {
	ID   uint
	Name string `gorm:"size:50;uniqueIndex"`
}

// LFSObject is a large file stored outside git.
type LFSObject struct {
	ID           uint
	RepositoryID UUID   `gorm:"index"`
	OID          string `gorm:"size:64"`
	Size         int64
}

// Mirror pulls a repository from an upstream URL.
type Mirror struct {
	ID           uint
	RepositoryID UUID `gorm:"uniqueIndex"`
	Repository   Repository
	RemoteURL    string `gorm:"size:300"`
	LastSyncAt   *time.Time
}
