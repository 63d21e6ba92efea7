// Package blog is step 3 of the tutorial: a subscription_tiers lookup
// table. Its rows are seeded by a hand-written revision.
package blog

import "time"

// User is someone who writes posts.
type User struct {
	ID        uint   `gorm:"primaryKey"`
	Email     string `gorm:"size:255;not null;unique;index"`
	Username  string `gorm:"size:100;not null"`
	CreatedAt time.Time
	Bio       *string
	IsActive  bool `gorm:"not null;default:true"`
}

// Post is an article by a user. Deleting the user deletes the posts.
type Post struct {
	ID          uint   `gorm:"primaryKey"`
	Title       string `gorm:"size:500;not null"`
	Body        string `gorm:"not null"`
	AuthorID    uint   `gorm:"not null;index"`
	Author      User   `gorm:"constraint:OnDelete:CASCADE"`
	PublishedAt *time.Time
}

// SubscriptionTier is a plan a user can be on.
type SubscriptionTier struct {
	ID                uint   `gorm:"primaryKey"`
	Name              string `gorm:"size:50;not null;unique"`
	MonthlyPriceCents int    `gorm:"not null"`
}
