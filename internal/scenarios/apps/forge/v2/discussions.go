package v2

// DiscussionCategory groups a repository's discussions.
type DiscussionCategory struct {
	ID           uint
	RepositoryID UUID   `gorm:"uniqueIndex:idx_disc_cat_repo_slug"`
	Slug         string `gorm:"size:64;uniqueIndex:idx_disc_cat_repo_slug"`
	Name         string `gorm:"size:80;not null"`
	Emoji        string `gorm:"size:16"`
}

// Discussion is a forum thread of a repository.
type Discussion struct {
	Model
	RepositoryID UUID `gorm:"index"`
	Repository   Repository
	CategoryID   uint
	Category     DiscussionCategory `gorm:"constraint:OnDelete:RESTRICT"`
	Number       int                `gorm:"not null"`
	Title        string             `gorm:"size:255;not null"`
	Body         string             `gorm:"size:4000"`
	AnswerID     *uint
	Locked       bool      `gorm:"not null;default:false"`
	Comments     []Comment `gorm:"polymorphic:Commentable"`
}
