package v1

import "gorm.io/gorm"

// Customer buys things.
type Customer struct {
	gorm.Model
	Email         string  `gorm:"size:120;not null;uniqueIndex"`
	Name          string  `gorm:"size:80"`
	Phone         *string `gorm:"size:20"`
	Nickname      string  `gorm:"size:40"`
	LoyaltyPoints int     `gorm:"default:0"`
	Addresses     []Address
}

// Address is where orders go.
type Address struct {
	Base
	CustomerID uint
	Line1      string `gorm:"size:200"`
	City       string `gorm:"size:80"`
	Zip        string `gorm:"size:10"`
	Country    string `gorm:"size:2;default:'US'"`
}

// Category groups products; 32-bit ids were enough at first.
type Category struct {
	ID       uint32 `gorm:"primaryKey;autoIncrement"`
	Name     string `gorm:"size:60;uniqueIndex"`
	ParentID *uint32
	Parent   *Category
	Slug     string `gorm:"size:60"`
}

// Product is sold.
type Product struct {
	Base
	SKU        string  `gorm:"size:32;not null;uniqueIndex"`
	Title      string  `gorm:"size:120"`
	Price      float64 `gorm:"type:decimal(10,2)"`
	Stock      int32
	CategoryID uint32
	Category   Category
	Status     string `gorm:"size:16;default:'draft';check:status IN ('draft','active','retired')"`
	Attrs      Attrs
	Tags       []Tag          `gorm:"many2many:product_tags"`
	DeletedAt  gorm.DeletedAt `gorm:"index"`
}

// Tag labels products.
type Tag struct {
	ID   uint
	Name string `gorm:"size:40;unique"`
}

// Order is one checkout.
type Order struct {
	Base
	CustomerID uint
	Customer   Customer
	Total      float64 `gorm:"type:decimal(10,2)"`
	State      string  `gorm:"size:20"`
	Note       string
	CouponCode *string `gorm:"size:20"`
	Lines      []OrderLine
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
}

// Coupon was a first try at discounts.
type Coupon struct {
	Code    string `gorm:"size:20;primaryKey"`
	Percent int
}

// Models are the structs the shop migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Customer{}, &Address{}, &Category{}, &Tag{}, &Product{}, &Order{}, &OrderLine{}, &Coupon{}}
}
