// Package blog is step 1 of the tutorial: users and their posts.
package blog

import "time"

// User is someone who writes posts.
type User struct {
	ID        uint   `gorm:"primaryKey"`
	Email     string `gorm:"size:255;not null;unique"`
	Username  string `gorm:"size:100;not null"`
	CreatedAt time.Time
}

// Post is an article by a user. Deleting the user deletes the posts.
type Post struct {
	ID       uint   `gorm:"primaryKey"`
	Title    string `gorm:"size:500;not null"`
	Body     string `gorm:"not null"`
	AuthorID uint   `gorm:"not null"`
	Author   User   `gorm:"constraint:OnDelete:CASCADE"`
}
