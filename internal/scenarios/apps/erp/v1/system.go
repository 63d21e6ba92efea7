package v1

import (
	"time"

	"gorm.io/gorm"
)

// Company is a tenant: every business record belongs to one.
type Company struct {
	gorm.Model
	Name  string `gorm:"size:120;not null"`
	Code  string `gorm:"size:16;uniqueIndex"`
	TaxID string `gorm:"size:32"`
	Attrs Attrs
}

// Branch is a company's physical site.
type Branch struct {
	gorm.Model
	CompanyID uint `gorm:"not null"`
	Company   Company
	Name      string  `gorm:"size:80"`
	Address   Address `gorm:"embedded;embeddedPrefix:addr_"`
}

// Currency is keyed by its ISO 4217 code.
type Currency struct {
	Code     string `gorm:"primaryKey;size:3"`
	Name     string `gorm:"size:40"`
	Symbol   string `gorm:"size:8"`
	Decimals int    `gorm:"default:2"`
}

// ExchangeRate is one day's rate between two currencies.
type ExchangeRate struct {
	ID       uint
	FromCode string  `gorm:"size:3;index:idx_rate_pair"`
	ToCode   string  `gorm:"size:3;index:idx_rate_pair"`
	Rate     float64 `gorm:"precision:12;scale:6"`
	ValidOn  time.Time
}

// Country ids are the ISO 3166 numeric codes, assigned by hand.
type Country struct {
	ID   uint   `gorm:"primaryKey;autoIncrement:false"`
	Code string `gorm:"size:2;uniqueIndex"`
	Name string `gorm:"size:80"`
}

// Setting is a key/value store for platform configuration.
type Setting struct {
	Key   string `gorm:"primaryKey;size:64"`
	Value string `gorm:"size:500"`
}

// TableName keeps the name the first, pre-GORM version used.
func (Setting) TableName() string { return "app_settings" }

// AuditLog records who did what; it grows fast, hence the 64-bit key.
type AuditLog struct {
	ID       uint64    `gorm:"primaryKey"`
	Actor    string    `gorm:"size:64;index"`
	Action   string    `gorm:"size:32"`
	Entity   string    `gorm:"size:64"`
	EntityID string    `gorm:"size:36"`
	At       time.Time `gorm:"index"`
	Payload  Attrs
}

// TableName: the log is one table named in the singular, as ops asked.
func (AuditLog) TableName() string { return "audit_log" }

// APIKey authenticates integrations; only the prefix is stored in clear.
type APIKey struct {
	Base
	CompanyID uint
	Name      string `gorm:"size:80"`
	Prefix    string `gorm:"size:12;uniqueIndex"`
	Revoked   bool   `gorm:"default:false"`
}

// Webhook is an outgoing notification endpoint.
type Webhook struct {
	Base
	CompanyID uint
	URL       string `gorm:"size:300;not null"`
	Secret    string `gorm:"size:64"`
	Events    string `gorm:"size:200"`
}

// WebhookDelivery is one attempt to call a webhook.
type WebhookDelivery struct {
	ID        uint
	WebhookID string `gorm:"size:36;index"`
	Webhook   Webhook
	Status    int
	Attempt   int `gorm:"default:1"`
}

// FeatureFlag turns a feature on for a percentage of tenants.
type FeatureFlag struct {
	ID      uint
	Name    string `gorm:"size:64;uniqueIndex"`
	Enabled bool
	Rollout int `gorm:"check:chk_feature_flags_rollout,rollout BETWEEN 0 AND 100"`
}
