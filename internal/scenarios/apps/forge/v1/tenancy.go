package v1

import (
	"time"

	"gorm.io/datatypes"
)

// Organization is a tenant: it owns repositories, teams and a plan.
type Organization struct {
	Model
	Slug         string  `gorm:"size:64;index;not null"`
	Name         string  `gorm:"size:120"`
	BillingEmail *string `gorm:"size:160"`
	PlanID       *UUID
	Plan         *Plan
	Settings     datatypes.JSON
	Audit        Audit `gorm:"embedded"`
}

// OrgMember is a user's membership; the pair is the key.
type OrgMember struct {
	OrganizationID UUID   `gorm:"primaryKey"`
	UserID         UUID   `gorm:"primaryKey"`
	Role           string `gorm:"size:16;default:'member'"`
	JoinedAt       time.Time
}

// Team groups members of an organization.
type Team struct {
	Model
	OrganizationID UUID `gorm:"index"`
	Organization   Organization
	Name           string       `gorm:"size:80"`
	Members        []User       `gorm:"many2many:team_members"`
	Repositories   []Repository `gorm:"many2many:team_repositories"`
}

// Plan is a billing plan.
type Plan struct {
	Model
	Code      string  `gorm:"size:32;uniqueIndex"`
	Price     float64 `gorm:"precision:10;scale:2"`
	SeatLimit int
}

// Subscription is an organization's current plan period.
type Subscription struct {
	Model
	OrganizationID UUID `gorm:"uniqueIndex"`
	Organization   Organization
	PlanID         UUID
	Plan           Plan
	Seats          int
	RenewsAt       time.Time
}

// BillingInvoice is a monthly invoice.
type BillingInvoice struct {
	Model
	OrganizationID UUID    `gorm:"index"`
	Number         string  `gorm:"size:24;uniqueIndex"`
	Amount         float64 `gorm:"precision:12;scale:2"`
	PaidAt         *time.Time
}

// TableName: invoices live beside other billing tables.
func (BillingInvoice) TableName() string { return "billing_invoices" }

// UsageRecord is metered usage (CI minutes, storage).
type UsageRecord struct {
	ID             uint
	OrganizationID UUID    `gorm:"index:idx_usage_org_metric"`
	Metric         string  `gorm:"size:32;index:idx_usage_org_metric"`
	Quantity       float64 `gorm:"precision:12;scale:3"`
	RecordedAt     time.Time
}

// Quota caps a metric for an organization.
type Quota struct {
	ID             uint
	OrganizationID UUID   `gorm:"uniqueIndex:idx_quota_org_metric"`
	Metric         string `gorm:"size:32;uniqueIndex:idx_quota_org_metric"`
	Limit          int64
}
