package v1

import (
	"fmt"

	"gorm.io/gorm"
)

// Seed fills the shop with customers, a catalog and orders, in foreign-key
// order. Half the orders have no coupon: coupon_code becomes unique in v2,
// and NULLs must not count as duplicates.
func Seed(db *gorm.DB) error {
	var customers []Customer
	for i := 1; i <= 20; i++ {
		c := Customer{Email: fmt.Sprintf("c%02d@example.com", i), Name: fmt.Sprintf("Customer %02d", i), Nickname: fmt.Sprintf("nick%d", i), LoyaltyPoints: i * 10}
		if i%3 == 0 {
			p := fmt.Sprintf("+1-555-%04d", i)
			c.Phone = &p
		}
		customers = append(customers, c)
	}
	if err := db.Create(&customers).Error; err != nil {
		return fmt.Errorf("customers: %w", err)
	}
	var addrs []Address
	for i, c := range customers {
		addrs = append(addrs, Address{CustomerID: c.ID, Line1: fmt.Sprintf("%d Main St", i+1), City: "Springfield", Zip: fmt.Sprintf("%05d", 10000+i), Country: "US"})
	}
	if err := db.Create(&addrs).Error; err != nil {
		return fmt.Errorf("addresses: %w", err)
	}
	root := Category{Name: "All", Slug: "all"}
	if err := db.Create(&root).Error; err != nil {
		return fmt.Errorf("categories: %w", err)
	}
	var cats []Category
	for i := 1; i <= 5; i++ {
		cats = append(cats, Category{Name: fmt.Sprintf("Cat %d", i), Slug: fmt.Sprintf("cat-%d", i), ParentID: &root.ID})
	}
	if err := db.Create(&cats).Error; err != nil {
		return fmt.Errorf("categories: %w", err)
	}
	tags := []Tag{{Name: "new"}, {Name: "sale"}, {Name: "eco"}}
	if err := db.Create(&tags).Error; err != nil {
		return fmt.Errorf("tags: %w", err)
	}
	var products []Product
	for i := 1; i <= 30; i++ {
		status := []string{"draft", "active", "retired"}[i%3]
		products = append(products, Product{
			SKU: fmt.Sprintf("SKU-%04d", i), Title: fmt.Sprintf("Product %d", i), Price: float64(i) + 0.99,
			Stock: int32(i * 7), CategoryID: cats[i%5].ID, Status: status,
			Attrs: Attrs{"color": []string{"red", "blue"}[i%2]}, Tags: []Tag{tags[i%3]},
		})
	}
	if err := db.Create(&products).Error; err != nil {
		return fmt.Errorf("products: %w", err)
	}
	if err := db.Delete(&products[29]).Error; err != nil {
		return fmt.Errorf("soft delete: %w", err)
	}
	for i := 1; i <= 40; i++ {
		o := Order{CustomerID: customers[i%20].ID, Total: float64(i) * 3.5, State: []string{"new", "paid", "shipped"}[i%3], Note: fmt.Sprintf("order %d", i)}
		if i%2 == 0 {
			code := fmt.Sprintf("SAVE%02d", i)
			o.CouponCode = &code
		}
		for l := 1; l <= 1+i%3; l++ {
			o.Lines = append(o.Lines, OrderLine{Line: l, ProductID: products[(i+l)%29].ID, Qty: l, UnitPrice: 1.25 * float64(l)})
		}
		if err := db.Create(&o).Error; err != nil {
			return fmt.Errorf("order %d: %w", i, err)
		}
	}
	if err := db.Create(&[]Coupon{{Code: "WELCOME", Percent: 10}, {Code: "VIP", Percent: 25}}).Error; err != nil {
		return fmt.Errorf("coupons: %w", err)
	}
	return nil
}
