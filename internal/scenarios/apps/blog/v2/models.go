// Package v2 is the blog engine after the editors' wishlist: revisions,
// unique live slugs, approved comments, avatars.
package v2

import (
	"time"

	"gorm.io/gorm"
)

// Author writes posts.
type Author struct {
	gorm.Model
	Handle      string  `gorm:"size:30;not null;uniqueIndex"`
	DisplayName string  `gorm:"size:80"`
	Bio         string  `gorm:"type:text"`
	Email       *string `gorm:"size:120;uniqueIndex"`
	AvatarURL   string  `gorm:"size:500"`
	Posts       []Post
}

// Post is an article; a slug is unique among live posts only, so a
// deleted post's slug can be reused.
type Post struct {
	gorm.Model
	AuthorID       uint
	Author         Author
	Title          string `gorm:"size:200;not null"`
	Slug           string `gorm:"size:200;not null;uniqueIndex:idx_posts_slug_live,where:deleted_at IS NULL"`
	Status         string `gorm:"size:12;default:'draft';check:chk_posts_status,status IN ('draft','published','archived')"`
	Body           string `gorm:"type:text"`
	Views          int64  `gorm:"default:0"`
	ReadingMinutes int    `gorm:"not null;default:1"`
	PublishedAt    *time.Time
	Tags           []Tag `gorm:"many2many:post_tags"`
	Comments       []Comment
	Revisions      []Revision `gorm:"constraint:OnDelete:CASCADE"`
}

// Tag files posts.
type Tag struct {
	ID    uint
	Name  string `gorm:"size:50;uniqueIndex"`
	Color string `gorm:"size:7;default:'#cccccc'"`
}

// Comment is a reader's reply; moderation lists a post's newest first.
type Comment struct {
	ID         uint
	PostID     uint      `gorm:"index:idx_comments_post_created,priority:1"`
	AuthorName string    `gorm:"size:80"`
	Body       string    `gorm:"type:text"`
	IsApproved bool      `gorm:"default:false" autogen:"renamed_from:approved"`
	CreatedAt  time.Time `gorm:"index:idx_comments_post_created,priority:2"`
}

// Page is a static page of the CMS.
type Page struct {
	ID      uint
	Path    string `gorm:"size:255;uniqueIndex"`
	Title   string `gorm:"size:200;not null"`
	Content string `gorm:"type:text"`
	Layout  string `gorm:"size:20;default:'standard'"`
}

// TableName keeps CMS tables together.
func (Page) TableName() string { return "cms_pages" }

// Revision is a saved earlier body of a post.
type Revision struct {
	ID        uint
	PostID    uint   `gorm:"not null"`
	Body      string `gorm:"type:text"`
	CreatedAt time.Time
}

// Media is an uploaded file, now tied to its post.
type Media struct {
	ID       uint
	PostID   *uint
	Post     *Post  `gorm:"constraint:OnDelete:SET NULL"`
	URL      string `gorm:"size:500"`
	Bytes    int64
	MimeType string `gorm:"size:100"`
}

// Models are the structs the blog migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Author{}, &Tag{}, &Post{}, &Comment{}, &Page{}, &Revision{}, &Media{}}
}
