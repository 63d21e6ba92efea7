package v1

import "time"

// PullRequest proposes merging a head branch into a base branch.
type PullRequest struct {
	Model
	RepositoryID UUID `gorm:"index"`
	Repository   Repository
	Number       int    `gorm:"not null"`
	Title        string `gorm:"size:255"`
	HeadBranch   string `gorm:"size:100"`
	BaseBranch   string `gorm:"size:100"`
	MergedAt     *time.Time
	Comments     []Comment  `gorm:"polymorphic:Commentable"`
	Reactions    []Reaction `gorm:"polymorphic:Subject"`
}

// PRReview is a review of a pull request.
type PRReview struct {
	ID            uint
	PullRequestID UUID `gorm:"index"`
	PullRequest   PullRequest
	ReviewerID    UUID
	State         string `gorm:"size:24"`
	SubmittedAt   time.Time
}

// TableName: "reviews" is the code-review service's own table.
func (PRReview) TableName() string { return "pr_reviews" }

// ReviewComment is a line comment in a review.
type ReviewComment struct {
	ID         uint
	PRReviewID uint
	PRReview   PRReview
	Path       string `gorm:"size:300"`
	Line       int
	Body       string `gorm:"size:2000"`
}

// MergeQueueEntry is a pull request waiting to merge.
type MergeQueueEntry struct {
	ID            uint
	PullRequestID UUID `gorm:"uniqueIndex"`
	Position      int
	EnqueuedAt    time.Time
}
