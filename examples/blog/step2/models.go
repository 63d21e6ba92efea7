// Package blog is step 2 of the tutorial: a bio, an is_active flag that
// existing rows get as true, and indexes for lookups.
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
