package v1

import (
	"time"

	"gorm.io/gorm"
)

// Category is a node of the catalog tree.
type Category struct {
	gorm.Model
	ParentID *uint
	Parent   *Category
	Name     string `gorm:"size:80"`
	Slug     string `gorm:"size:80;uniqueIndex"`
	Position int
}

// Brand is a manufacturer shown on product pages.
type Brand struct {
	ID   uint
	Name string `gorm:"size:80"`
	Slug string `gorm:"size:80;uniqueIndex:idx_brands_slug"`
}

// Product is a sellable item; what is stocked are its variants.
type Product struct {
	gorm.Model
	CategoryID  uint `gorm:"index"`
	Category    Category
	BrandID     *uint
	Brand       *Brand
	Sku         string  `gorm:"size:32;uniqueIndex;not null"`
	Name        string  `gorm:"size:160;not null"`
	Description string  `gorm:"size:500"`
	Price       float64 `gorm:"precision:10;scale:2;check:chk_products_price,price >= 0"`
	Active      bool    `gorm:"default:true"`
	Attributes  Attrs
	Variants    []ProductVariant
	Images      []ProductImage
}

// ProductVariant is a stock-keeping unit: a product in one size or color.
type ProductVariant struct {
	ID          uint
	ProductID   uint    `gorm:"index;not null"`
	Sku         string  `gorm:"size:40;uniqueIndex"`
	Option1     string  `gorm:"size:40"`
	Option2     string  `gorm:"size:40"`
	PriceDelta  float64 `gorm:"precision:10;scale:2;default:0"`
	WeightGrams int
}

// ProductImage is a picture of a product, shown in Position order.
type ProductImage struct {
	ID        uint
	ProductID uint
	URL       string `gorm:"size:300"`
	Position  int
	Alt       string `gorm:"size:120"`
}

// Attribute is a filterable property such as "material".
type Attribute struct {
	ID    uint
	Code  string `gorm:"size:40;uniqueIndex"`
	Label string `gorm:"size:80"`
}

// AttributeValue is one allowed value of an attribute.
type AttributeValue struct {
	ID          uint
	AttributeID uint
	Attribute   Attribute
	Value       string `gorm:"size:80"`
}

// Tag labels products for merchandising.
type Tag struct {
	ID   uint
	Name string `gorm:"size:40;uniqueIndex"`
}

// PriceList holds prices in one currency from a date on.
type PriceList struct {
	ID           uint
	Name         string   `gorm:"size:80"`
	CurrencyCode string   `gorm:"size:3"`
	Currency     Currency `gorm:"foreignKey:CurrencyCode;references:Code"`
	ValidFrom    time.Time
}

// PriceListItem is a variant's price in a list.
type PriceListItem struct {
	ID          uint
	PriceListID uint `gorm:"index:idx_pli_list_variant"`
	PriceList   PriceList
	VariantID   uint    `gorm:"index:idx_pli_list_variant"`
	Price       float64 `gorm:"precision:10;scale:2"`
}

// Review is a customer's rating of a product.
type Review struct {
	gorm.Model
	ProductID  uint `gorm:"index"`
	CustomerID uint
	Rating     int8   `gorm:"check:chk_reviews_rating,rating BETWEEN 1 AND 5"`
	Title      string `gorm:"size:120"`
	Body       string `gorm:"size:2000"`
}

// ReviewVote is a reader marking a review helpful or not.
type ReviewVote struct {
	ID       uint `gorm:"primaryKey"`
	ReviewID uint
	Review   Review
	Helpful  bool
}
