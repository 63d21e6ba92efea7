// Package blog is step 1 of the Alembic tutorial's blog, as GORM models.
package blog

import "time"

// User writes posts.
type User struct {
	ID        uint   `gorm:"primaryKey"`
	Email     string `gorm:"size:255;not null;unique"`
	Username  string `gorm:"size:100;not null"`
	CreatedAt time.Time
}

// Post belongs to its author; deleting the user deletes the posts.
type Post struct {
	ID        uint   `gorm:"primaryKey"`
	Title     string `gorm:"size:500;not null"`
	Body      string `gorm:"not null"`
	AuthorID  uint   `gorm:"not null"`
	Author    User   `gorm:"constraint:OnDelete:CASCADE"`
	CreatedAt time.Time
}
