package v2

import (
	"time"

	"gorm.io/gorm"
)

// Customer buys things; the nickname went, marketing consent came.
type Customer struct {
	gorm.Model
	Email          string            `gorm:"size:120;not null;uniqueIndex"`
	Name           string            `gorm:"size:60"`
	Phone          *string           `gorm:"size:32"`
	LoyaltyPoints  int               `gorm:"default:0"`
	MarketingOptIn bool              `gorm:"not null;default:false"`
	Addresses      []CustomerAddress `gorm:"foreignKey:CustomerID"`
	Wishlist       []Product         `gorm:"many2many:wishlist_items"`
}

// CustomerAddress is where orders go; the table was renamed with the type.
//
//autogen:renamed_from addresses
type CustomerAddress struct {
	Base
	CustomerID uint
	Line1      string `gorm:"size:200;not null"`
	City       string `gorm:"size:80"`
	PostalCode string `gorm:"size:10" autogen:"renamed_from:zip"`
	Country    string `gorm:"size:2;default:'US'"`
}

// Category groups products; the ids outgrew 32 bits.
type Category struct {
	ID       uint64 `gorm:"primaryKey;autoIncrement"`
	Name     string `gorm:"size:60;uniqueIndex"`
	ParentID *uint64
	Parent   *Category
	Slug     string `gorm:"size:60;uniqueIndex"`
}

// Product is sold.
type Product struct {
	Base
	SKU        string  `gorm:"size:32;not null;uniqueIndex;comment:stock keeping unit"`
	Title      string  `gorm:"size:200"`
	Price      float64 `gorm:"type:decimal(12,2)"`
	Stock      int64
	CategoryID uint64 `gorm:"index:idx_products_cat_status,priority:1"`
	Category   Category
	Status     string `gorm:"size:16;default:'active';index:idx_products_cat_status,priority:2;check:status IN ('draft','active','retired','archived')"`
	Attrs      Attrs
	Tags       []Tag `gorm:"many2many:product_tags"`
	Reviews    []Review
	DeletedAt  gorm.DeletedAt `gorm:"index"`
}

// Tag labels products; names may repeat across languages now.
type Tag struct {
	ID   uint
	Name string `gorm:"size:40"`
}

// Review is a customer's word on a product.
type Review struct {
	ID         uint
	ProductID  uint64 `gorm:"not null"`
	CustomerID uint   `gorm:"not null"`
	Customer   Customer
	Rating     int    `gorm:"not null;check:rating BETWEEN 1 AND 5"`
	Body       string `gorm:"type:text"`
}

// Order is one checkout.
type Order struct {
	Base
	CustomerID uint
	Customer   Customer
	Total      float64 `gorm:"type:decimal(10,2)"`
	State      string  `gorm:"size:20"`
	Note       string
	CouponCode *string   `gorm:"size:20;uniqueIndex"`
	PlacedAt   time.Time `gorm:"default:CURRENT_TIMESTAMP"`
	Meta       Attrs
	Lines      []OrderLine
	DeletedAt  gorm.DeletedAt `gorm:"index"`
}

// TableName keeps orders apart from the warehouse's.
func (Order) TableName() string { return "shop_orders" }

// OrderLine is one product in an order.
type OrderLine struct {
	OrderID   uint64 `gorm:"primaryKey"`
	Line      int    `gorm:"primaryKey;autoIncrement:false"`
	ProductID uint64
	Product   Product
	Qty       int
	UnitPrice float64 `gorm:"type:decimal(10,2)"`
	Discount  float64 `gorm:"type:decimal(5,2);default:0"`
}

// Models are the structs the shop migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Customer{}, &CustomerAddress{}, &Category{}, &Tag{}, &Product{}, &Review{}, &Order{}, &OrderLine{}}
}
