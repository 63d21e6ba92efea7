// Package blog is the Alembic tutorial's blog after its later steps: a bio,
// an active flag, indexes, and subscription tiers.
package blog

import "time"

// SubscriptionTier is a price plan.
type SubscriptionTier struct {
	ID                uint   `gorm:"primaryKey"`
	Name              string `gorm:"size:50;not null;unique"`
	MonthlyPriceCents int    `gorm:"not null"`
}

// User writes posts and has a tier.
type User struct {
	ID        uint   `gorm:"primaryKey"`
	Email     string `gorm:"size:255;not null;unique"`
	Username  string `gorm:"size:100;not null;index"`
	Bio       string
	IsActive  bool `gorm:"not null;default:true"`
	TierID    uint `gorm:"not null;default:1"`
	Tier      SubscriptionTier
	CreatedAt time.Time `gorm:"index"`
}

// Post belongs to its author.
type Post struct {
	ID        uint      `gorm:"primaryKey"`
	Title     string    `gorm:"size:500;not null"`
	Body      string    `gorm:"not null"`
	AuthorID  uint      `gorm:"not null;index:idx_posts_author_created,priority:1"`
	Author    User      `gorm:"constraint:OnDelete:CASCADE"`
	CreatedAt time.Time `gorm:"index:idx_posts_author_created,priority:2"`
}
