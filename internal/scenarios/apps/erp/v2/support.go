package v2

import (
	"time"

	"gorm.io/gorm"
)

// Ticket is a customer support case.
type Ticket struct {
	gorm.Model
	CustomerID uint
	Customer   Customer
	Subject    string `gorm:"size:200"`
	Status     string `gorm:"size:16"`
	Priority   int    `gorm:"default:3"`
	Messages   []TicketMessage
}

// TicketMessage is a message in a ticket's thread.
type TicketMessage struct {
	ID       uint
	TicketID uint
	Author   string `gorm:"size:120"`
	Body     string `gorm:"size:4000"`
}

// HelpArticle is a help-center article (the knowledge base was renamed).
//
//autogen:renamed_from kb_articles
type HelpArticle struct {
	ID    uint
	Slug  string `gorm:"size:120;uniqueIndex"`
	Title string `gorm:"size:200"`
	Body  string `gorm:"size:4000"`
}

// Campaign is a marketing campaign with a budget.
type Campaign struct {
	ID       uint
	Name     string `gorm:"size:120"`
	StartsOn time.Time
	EndsOn   time.Time
	Budget   float64 `gorm:"precision:12;scale:2"`
}
