package v2

import "gorm.io/gorm"

// Customer is a buyer; soft-deleted on request, so an email may come back.
type Customer struct {
	gorm.Model
	CompanyID uint
	// Email is unique among live customers only: a deleted customer's
	// address may sign up again.
	Email     string `gorm:"size:160;uniqueIndex:idx_customers_email_live,where:deleted_at IS NULL"`
	Name      string `gorm:"size:120;not null"`
	Phone     string `gorm:"size:32"`
	Note      string `gorm:"size:300"`
	Locale    string `gorm:"size:8;not null;default:'en'"`
	Addresses []CustomerAddress
}

// CustomerAddress is a saved address of a customer.
type CustomerAddress struct {
	ID         uint
	CustomerID uint    `gorm:"index"`
	Kind       string  `gorm:"size:16;default:'shipping'"`
	Address    Address `gorm:"embedded"`
}

// CustomerGroup gives its members a discount.
type CustomerGroup struct {
	ID       uint
	Name     string     `gorm:"size:80;uniqueIndex"`
	Discount float64    `gorm:"precision:5;scale:2"`
	Members  []Customer `gorm:"many2many:customer_group_members"`
}

// Wishlist is a customer's saved list.
type Wishlist struct {
	ID         uint
	CustomerID uint
	Customer   Customer
	Name       string `gorm:"size:80"`
	Items      []WishlistItem
}

// WishlistItem is a variant on a wishlist.
type WishlistItem struct {
	ID         uint `gorm:"primaryKey"`
	WishlistID uint
	VariantID  uint
}

// Cart is an open basket; the id is made by the storefront.
type Cart struct {
	Base
	CustomerID   *uint
	SessionToken string `gorm:"size:64;uniqueIndex" autogen:"renamed_from:token"`
	Items        []CartItem
}

// CartItem is a line of a cart.
type CartItem struct {
	ID        uint
	CartID    string `gorm:"size:36"`
	VariantID uint
	Quantity  int
}

// LoyaltyAccount holds a customer's points.
type LoyaltyAccount struct {
	ID         uint
	CustomerID uint `gorm:"uniqueIndex"`
	Points     int  `gorm:"default:0"`
}

// LoyaltyTransaction is a change to an account's points.
type LoyaltyTransaction struct {
	ID        uint
	AccountID uint
	Account   LoyaltyAccount `gorm:"foreignKey:AccountID"`
	Delta     int
	Reason    string `gorm:"size:80"`
}
