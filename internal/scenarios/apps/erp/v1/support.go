package v1

import (
	"time"

	"gorm.io/gorm"
)

// Ticket is a customer support case.
type Ticket struct {
	gorm.Model
	CustomerID uint
	Customer   Customer
	Subject    string `gorm:"size:200;index"`
	Status     string `gorm:"size:16"`
	Priority   int    `gorm:"default:3"`
	Messages   []TicketMessage
}

// TicketMessage is a message in a ticket's thread.
type TicketMessage struct {
	ID       uint
	TicketID uint
	Author   string `gorm:"size:120"`
	Body     string `gorm:"size:2000"`
}

// KBArticle is a help-center article.
type KBArticle struct {
	ID    uint
	Slug  string `gorm:"size:120;uniqueIndex"`
	Title string `gorm:"size:200"`
	Body  string `gorm:"size:4000"`
}

// Newsletter is a mailing sent to subscribers.
type Newsletter struct {
	ID      uint
	Subject string `gorm:"size:200"`
	SentAt  *time.Time
}

// Campaign is a marketing campaign with a budget.
type Campaign struct {
	ID       uint
	Name     string `gorm:"size:120"`
	StartsOn time.Time
	EndsOn   time.Time
	Budget   float64 `gorm:"precision:12;scale:2"`
}
