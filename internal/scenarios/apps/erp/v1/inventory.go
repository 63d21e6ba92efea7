package v1

import "time"

// Warehouse is a stock location.
type Warehouse struct {
	ID      uint
	Code    string `gorm:"size:16;uniqueIndex"`
	Name    string `gorm:"size:80"`
	Active  bool
	Address Address `gorm:"embedded;embeddedPrefix:addr_"`
}

// BinLocation is a shelf inside a warehouse.
type BinLocation struct {
	ID          uint
	WarehouseID uint
	Warehouse   Warehouse
	Code        string `gorm:"size:20"`
}

// StockLevel is the quantity of a variant in a warehouse.
type StockLevel struct {
	ID          uint
	WarehouseID uint `gorm:"index:idx_stock_wh"`
	VariantID   uint
	OnHand      int
	Reserved    int `gorm:"default:0"`
}

// StockMovement is an entry of the stock ledger.
type StockMovement struct {
	ID          uint64
	VariantID   uint
	WarehouseID uint
	Delta       int
	Kind        string `gorm:"size:16"`
	At          time.Time
}

// StockCount is a physical inventory count.
type StockCount struct {
	ID          uint `gorm:"primaryKey"`
	WarehouseID uint
	Warehouse   Warehouse
	CountedAt   time.Time
	Lines       []StockCountLine
}

// StockCountLine is one counted variant.
type StockCountLine struct {
	ID           uint `gorm:"primaryKey"`
	StockCountID uint
	VariantID    uint
	Counted      int
}

// Lot is a production batch of a variant.
type Lot struct {
	ID        uint
	VariantID uint
	Code      string `gorm:"size:40"`
	ExpiresOn *time.Time
}

// SerialNumber is one serialized unit, from a lot when known.
type SerialNumber struct {
	ID     uint
	LotID  *uint
	Lot    *Lot
	Serial string `gorm:"size:64;uniqueIndex"`
}
