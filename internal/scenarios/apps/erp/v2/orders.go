package v2

import (
	"time"

	"gorm.io/gorm"
)

// Order is a placed order. Note is NULL when the customer left none (the
// API no longer sends empty strings). An order takes one coupon at most.
type Order struct {
	gorm.Model
	Number     string `gorm:"size:20;uniqueIndex;not null;comment:customer-facing order number"`
	CustomerID uint   `gorm:"index"`
	Customer   Customer
	Status     string    `gorm:"size:16;not null;default:'new'"`
	Currency   string    `gorm:"size:3;default:'EUR'"`
	Total      float64   `gorm:"precision:14;scale:2"`
	Note       *string   `gorm:"size:300"`
	PlacedAt   time.Time `gorm:"index:idx_orders_placed_open,where:status <> 'cancelled'"`
	ShipTo     Address   `gorm:"embedded;embeddedPrefix:ship_"`
	Metadata   Attrs
	CouponID   *uint
	Coupon     *Coupon
	Lines      []OrderLine
}

// OrderLine is a variant bought in an order.
type OrderLine struct {
	ID        uint
	OrderID   uint `gorm:"index;not null"`
	VariantID uint
	Variant   ProductVariant `gorm:"constraint:OnDelete:RESTRICT"`
	Quantity  int64          `gorm:"not null"`
	UnitPrice float64        `gorm:"precision:10;scale:2"`
}

// OrderStatusHistory records each status change.
type OrderStatusHistory struct {
	ID      uint
	OrderID uint
	Order   Order
	From    string `gorm:"size:16"`
	To      string `gorm:"size:16"`
	At      time.Time
}

// Payment is money received for an order.
type Payment struct {
	ID        uint
	OrderID   uint
	Order     Order   `gorm:"constraint:OnDelete:CASCADE"`
	Method    string  `gorm:"size:20"`
	Amount    float64 `gorm:"precision:12;scale:2"`
	Reference string  `gorm:"size:64"`
}

// Refund returns part of a payment.
type Refund struct {
	ID        uint
	PaymentID uint
	Payment   Payment
	Amount    float64 `gorm:"precision:12;scale:2"`
	Reason    string  `gorm:"size:200"`
}

// Invoice is the legal document for an order; one per order.
type Invoice struct {
	gorm.Model
	OrderID  uint `gorm:"uniqueIndex"`
	Order    Order
	Number   string `gorm:"size:20;uniqueIndex"`
	IssuedAt time.Time
	Lines    []InvoiceLine
}

// InvoiceLine is a line of an invoice.
type InvoiceLine struct {
	ID          uint
	InvoiceID   uint
	Description string  `gorm:"size:200"`
	Amount      float64 `gorm:"precision:12;scale:2"`
}

// CreditNote corrects an invoice.
type CreditNote struct {
	ID        uint
	InvoiceID uint
	Invoice   Invoice
	Amount    float64 `gorm:"precision:12;scale:2"`
	Reason    string  `gorm:"size:200"`
}

// Coupon is a percentage discount code.
type Coupon struct {
	ID        uint
	Code      string `gorm:"size:32;uniqueIndex"`
	Percent   int
	ExpiresAt *time.Time
}

// GiftCard is a prepaid balance; its id is printed on the card.
type GiftCard struct {
	Base
	Code    string  `gorm:"size:32;uniqueIndex"`
	Balance float64 `gorm:"precision:10;scale:2"`
}

// TaxRate is the rate for a country and region.
type TaxRate struct {
	ID          uint
	CountryCode string  `gorm:"size:2;uniqueIndex:idx_tax_country_region"`
	Region      string  `gorm:"size:40;uniqueIndex:idx_tax_country_region"`
	Rate        float64 `gorm:"precision:5;scale:3"`
}
