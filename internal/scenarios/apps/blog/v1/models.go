// Package v1 is the blog engine as launched: authors, posts, comments,
// static pages.
package v1

import (
	"time"

	"gorm.io/gorm"
)

// Author writes posts.
type Author struct {
	gorm.Model
	Handle      string  `gorm:"size:30;not null;uniqueIndex"`
	DisplayName string  `gorm:"size:100"`
	Bio         string  `gorm:"type:text"`
	Email       *string `gorm:"size:120"`
	Posts       []Post
}

// Post is an article; slugs are looked up on every request.
type Post struct {
	gorm.Model
	AuthorID    uint
	Author      Author
	Title       string `gorm:"size:200;not null"`
	Slug        string `gorm:"size:200;not null;index"`
	Status      string `gorm:"size:12;default:'draft';check:chk_posts_status,status IN ('draft','published')"`
	Body        string `gorm:"type:text"`
	Views       int32  `gorm:"default:0"`
	PublishedAt *time.Time
	Tags        []Tag `gorm:"many2many:post_tags"`
	Comments    []Comment
}

// Tag files posts.
type Tag struct {
	ID   uint
	Name string `gorm:"size:50;uniqueIndex"`
}

// Comment is a reader's reply.
type Comment struct {
	ID         uint
	PostID     uint
	AuthorName string `gorm:"size:80"`
	Body       string `gorm:"type:text"`
	Approved   bool   `gorm:"default:false"`
	CreatedAt  time.Time
}

// Page is a static page of the CMS.
type Page struct {
	ID      uint
	Path    string `gorm:"size:255;uniqueIndex"`
	Title   string `gorm:"size:200"`
	Content string `gorm:"type:text"`
	Layout  string `gorm:"size:20;default:'default'"`
}

// TableName keeps CMS tables together.
func (Page) TableName() string { return "cms_pages" }

// Setting is a key/value switch board.
type Setting struct {
	Key   string `gorm:"size:64;primaryKey"`
	Value string `gorm:"type:text"`
}

// Media is an uploaded file.
type Media struct {
	ID       uint
	PostID   *uint
	URL      string `gorm:"size:500"`
	Bytes    int32
	MimeType string `gorm:"size:60"`
}

// Models are the structs the blog migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Author{}, &Tag{}, &Post{}, &Comment{}, &Page{}, &Setting{}, &Media{}}
}
