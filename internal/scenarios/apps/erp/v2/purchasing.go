package v2

import (
	"time"

	"gorm.io/gorm"
)

// Supplier sells to the company; retired suppliers are soft-deleted so
// old purchase orders still resolve.
type Supplier struct {
	ID        uint
	DeletedAt gorm.DeletedAt `gorm:"index"`
	Code      string         `gorm:"size:32;uniqueIndex"`
	Name      string         `gorm:"size:120"`
	Email     string         `gorm:"size:160"`
	Contacts  []SupplierContact
}

// SupplierContact is a person at a supplier.
type SupplierContact struct {
	ID         uint
	SupplierID uint
	Name       string `gorm:"size:120"`
	Phone      string `gorm:"size:32"`
}

// PurchaseOrder is an order to a supplier.
type PurchaseOrder struct {
	gorm.Model
	SupplierID uint
	Supplier   Supplier
	Number     string `gorm:"size:20;uniqueIndex"`
	Status     string `gorm:"size:16"`
	Lines      []PurchaseOrderLine
}

// PurchaseOrderLine is a variant ordered from a supplier.
type PurchaseOrderLine struct {
	ID              uint
	PurchaseOrderID uint
	VariantID       uint
	Quantity        int
	Cost            float64 `gorm:"precision:10;scale:2"`
}

// GoodsReceipt records a delivery against a purchase order.
type GoodsReceipt struct {
	ID              uint `gorm:"primaryKey"`
	PurchaseOrderID uint
	PurchaseOrder   PurchaseOrder
	ReceivedAt      time.Time
	Lines           []GoodsReceiptLine
}

// GoodsReceiptLine is a received quantity.
type GoodsReceiptLine struct {
	ID             uint `gorm:"primaryKey"`
	GoodsReceiptID uint
	VariantID      uint
	Quantity       int
}

// SupplierProduct is what a supplier calls a variant; the pair is the key.
type SupplierProduct struct {
	SupplierID  uint   `gorm:"primaryKey;autoIncrement:false"`
	VariantID   uint   `gorm:"primaryKey;autoIncrement:false"`
	SupplierSku string `gorm:"size:40"`
	LeadDays    int
}
