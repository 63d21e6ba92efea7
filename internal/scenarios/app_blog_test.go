package scenarios

import (
	blogv1 "github.com/autogen-dev/autogen/internal/scenarios/apps/blog/v1"
	blogv2 "github.com/autogen-dev/autogen/internal/scenarios/apps/blog/v2"
)

func init() {
	register(app{
		name: "blog", dir: "blog",
		v1Models: blogv1.Models, v2Models: blogv2.Models, seed: blogv1.Seed,
		hazards: blogHazards,
		keep: []check{
			{v1: "SELECT handle, display_name, email FROM authors ORDER BY handle"},
			{v1: "SELECT title, slug, status, views, deleted_at IS NULL FROM posts ORDER BY title"},
			{v1: "SELECT p.slug, t.name FROM post_tags pt JOIN posts p ON p.id = pt.post_id JOIN tags t ON t.id = pt.tag_id ORDER BY p.slug, t.name"},
			{v1: "SELECT post_id, author_name, approved FROM comments ORDER BY post_id, author_name", v2: "SELECT post_id, author_name, is_approved FROM comments ORDER BY post_id, author_name"},
			{v1: "SELECT path, title, layout FROM cms_pages ORDER BY path"},
			{v1: "SELECT url, post_id, bytes, mime_type FROM media ORDER BY url"},
		},
	})
}

// blogHazards: the dropped settings table (DL101), the rename (BC102),
// new NOT NULLs (BC103, DF102 on cms_pages.title), unique e-mail over NULLs
// and the live-slug partial index over a deleted duplicate (DF101), the new
// media foreign key (DF104), the widened check (DF105), the narrowed
// display name (DF106 where sizes exist), new defaults (BC106).
func blogHazards(d string) []string {
	if d == "sqlite" {
		return codes("BC101 BC102 BC103 BC106 DF101 DF102 DF104 DF105 DL101 DL104 IR101 IR102 IR103 PF101 PF102 RW105")
	}
	return codes("BC101 BC102 BC103 BC105 BC106 DF101 DF102 DF104 DF105 DF106 DL101 IR101 IR102 IR103 LK101 LK102 LK104 LK105 LK106 PF101 PF102 RW101 TX103 TX104")
}
