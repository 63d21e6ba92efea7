package v1

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Seed writes authors, posts, comments and pages in foreign-key order. Two
// posts share a slug, one of them soft-deleted: v2's unique index on slug
// holds only for live posts (WHERE deleted_at IS NULL). Most authors have
// no e-mail: it becomes unique in v2 and NULLs are not duplicates.
func Seed(db *gorm.DB) error {
	var authors []Author
	for i := 1; i <= 8; i++ {
		a := Author{Handle: fmt.Sprintf("writer%d", i), DisplayName: fmt.Sprintf("Writer %d", i), Bio: "bio"}
		if i <= 3 {
			e := fmt.Sprintf("w%d@blog.test", i)
			a.Email = &e
		}
		authors = append(authors, a)
	}
	if err := db.Create(&authors).Error; err != nil {
		return fmt.Errorf("authors: %w", err)
	}
	tags := []Tag{{Name: "go"}, {Name: "sql"}, {Name: "ops"}, {Name: "life"}}
	if err := db.Create(&tags).Error; err != nil {
		return fmt.Errorf("tags: %w", err)
	}
	pub := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	for i := 1; i <= 25; i++ {
		p := Post{
			AuthorID: authors[i%8].ID, Title: fmt.Sprintf("Post %d", i), Slug: fmt.Sprintf("post-%d", i),
			Status: []string{"draft", "published"}[i%2], Body: "text", Views: int32(i * 11),
			Tags: []Tag{tags[i%4], tags[(i+1)%4]},
		}
		if i%2 == 1 {
			p.PublishedAt = &pub
		}
		for c := 0; c < i%4; c++ {
			p.Comments = append(p.Comments, Comment{AuthorName: fmt.Sprintf("reader%d", c), Body: "nice", Approved: c%2 == 0})
		}
		if err := db.Create(&p).Error; err != nil {
			return fmt.Errorf("post %d: %w", i, err)
		}
	}
	old := Post{AuthorID: authors[0].ID, Title: "Post 1 (old draft)", Slug: "post-1", Status: "draft", Body: "old"}
	if err := db.Create(&old).Error; err != nil {
		return fmt.Errorf("old post: %w", err)
	}
	if err := db.Delete(&old).Error; err != nil {
		return fmt.Errorf("soft delete: %w", err)
	}
	pages := []Page{{Path: "/about", Title: "About", Content: "us"}, {Path: "/contact", Title: "Contact", Content: "mail", Layout: "wide"}}
	if err := db.Create(&pages).Error; err != nil {
		return fmt.Errorf("pages: %w", err)
	}
	if err := db.Create(&[]Setting{{Key: "site.title", Value: "My blog"}, {Key: "site.theme", Value: "dark"}}).Error; err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	var media []Media
	for i := 1; i <= 10; i++ {
		m := Media{URL: fmt.Sprintf("/m/%d.png", i), Bytes: int32(1000 * i), MimeType: "image/png"}
		if i%2 == 0 {
			id := uint(i)
			m.PostID = &id
		}
		media = append(media, m)
	}
	if err := db.Create(&media).Error; err != nil {
		return fmt.Errorf("media: %w", err)
	}
	return nil
}
