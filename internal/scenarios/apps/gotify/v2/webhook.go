package model

import "time"

// Webhook is an outgoing HTTP call made for every message of an application.
type Webhook struct {
	ID            uint   `gorm:"primaryKey;autoIncrement"`
	ApplicationID uint   `gorm:"index;not null"`
	URL           string `gorm:"type:text;not null"`
	Secret        string `gorm:"type:varchar(64)"`
	Enabled       bool   `gorm:"not null;default:true"`
	CreatedAt     time.Time
}
