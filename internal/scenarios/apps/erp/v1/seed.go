package v1

import (
	"fmt"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// t0 is the seed's clock: every time is an offset from it, so two runs
// write the same rows.
var t0 = time.Date(2025, 1, 6, 9, 0, 0, 0, time.UTC)

// uid is a deterministic UUID for the seed's string keys.
func uid(kind string, i int) string {
	return uuid.NewSHA1(uuid.NameSpaceOID, fmt.Appendf(nil, "erp/%s/%d", kind, i)).String()
}

func ptr[T any](v T) *T { return &v }

// Seed fills a fresh v1 database through GORM, parents before children.
// Associations are left out of each insert (rows are linked by their
// foreign-key columns) so every table is written exactly once.
func Seed(db *gorm.DB) error {
	db = db.Omit(clause.Associations).Session(&gorm.Session{})
	steps := []struct {
		name string
		rows func() any
	}{
		{"companies", companies}, {"branches", branches}, {"currencies", currencies},
		{"exchange_rates", exchangeRates}, {"countries", countries}, {"app_settings", settings},
		{"audit_log", auditLog}, {"api_keys", apiKeys}, {"webhooks", webhooks},
		{"webhook_deliveries", webhookDeliveries}, {"feature_flags", featureFlags},
		{"users", users}, {"roles", roles}, {"permissions", permissions},
		{"sessions", sessions}, {"password_resets", passwordResets}, {"user_preferences", userPreferences},
		{"categories", categories}, {"brands", brands}, {"products", products},
		{"product_variants", variants}, {"product_images", images}, {"attributes", attributes},
		{"attribute_values", attributeValues}, {"tags", tags}, {"price_lists", priceLists},
		{"price_list_items", priceListItems}, {"reviews", reviews}, {"review_votes", reviewVotes},
		{"customers", customers}, {"customer_addresses", customerAddresses},
		{"customer_groups", customerGroups}, {"wishlists", wishlists}, {"wishlist_items", wishlistItems},
		{"carts", carts}, {"cart_items", cartItems}, {"loyalty_accounts", loyaltyAccounts},
		{"loyalty_transactions", loyaltyTransactions},
		{"coupons", coupons}, {"orders", orders}, {"order_lines", orderLines},
		{"order_status_histories", orderStatusHistories}, {"payments", payments}, {"refunds", refunds},
		{"invoices", invoices}, {"invoice_lines", invoiceLines}, {"credit_notes", creditNotes},
		{"gift_cards", giftCards}, {"tax_rates", taxRates},
		{"warehouses", warehouses}, {"bin_locations", binLocations}, {"stock_levels", stockLevels},
		{"stock_movements", stockMovements}, {"stock_counts", stockCounts},
		{"stock_count_lines", stockCountLines}, {"lots", lots}, {"serial_numbers", serialNumbers},
		{"suppliers", suppliers}, {"supplier_contacts", supplierContacts},
		{"purchase_orders", purchaseOrders}, {"purchase_order_lines", purchaseOrderLines},
		{"goods_receipts", goodsReceipts}, {"goods_receipt_lines", goodsReceiptLines},
		{"supplier_products", supplierProducts},
		{"carriers", carriers}, {"shipping_methods", shippingMethods}, {"shipments", shipments},
		{"shipment_items", shipmentItems}, {"tracking_events", trackingEvents},
		{"return_requests", returnRequests}, {"return_items", returnItems},
		{"gl_accounts", glAccounts}, {"journal_entries", journalEntries}, {"journal_lines", journalLines},
		{"fiscal_periods", fiscalPeriods}, {"cost_centers", costCenters},
		{"bank_accounts", bankAccounts}, {"bank_transactions", bankTransactions},
		{"departments", departments}, {"employees", employees}, {"time_entries", timeEntries},
		{"leave_requests", leaveRequests},
		{"tickets", tickets}, {"ticket_messages", ticketMessages}, {"kb_articles", kbArticles},
		{"newsletters", newsletters}, {"campaigns", campaigns},
	}
	for _, s := range steps {
		if err := db.CreateInBatches(s.rows(), 100).Error; err != nil {
			return fmt.Errorf("seed %s: %w", s.name, err)
		}
	}
	return seedJoins(db)
}

// seedJoins fills the many2many tables, which have no struct of their own.
func seedJoins(db *gorm.DB) error {
	joins := []struct {
		table string
		rows  []map[string]any
	}{
		{"user_roles", pairs(numUsers, func(i int) (string, any, string, any) {
			return "user_id", i, "role_id", i%numRoles + 1
		})},
		{"role_permissions", pairs(numPermissions, func(i int) (string, any, string, any) {
			return "role_id", i%numRoles + 1, "permission_id", i
		})},
		{"customer_group_members", pairs(numCustomers/2, func(i int) (string, any, string, any) {
			return "customer_group_id", i%3 + 1, "customer_id", 2 * i
		})},
		{"order_coupons", pairs(numOrders/5, func(i int) (string, any, string, any) {
			return "order_id", 5 * i, "coupon_id", i%numCoupons + 1
		})},
	}
	for _, j := range joins {
		if err := db.Table(j.table).Create(j.rows).Error; err != nil {
			return fmt.Errorf("seed %s: %w", j.table, err)
		}
	}
	return nil
}

func pairs(n int, f func(i int) (string, any, string, any)) []map[string]any {
	rows := make([]map[string]any, 0, n)
	for i := 1; i <= n; i++ {
		k1, v1, k2, v2 := f(i)
		rows = append(rows, map[string]any{k1: v1, k2: v2})
	}
	return rows
}

const (
	numCompanies   = 3
	numUsers       = 30
	numRoles       = 4
	numPermissions = 12
	numCategories  = 20
	numBrands      = 10
	numProducts    = 150
	numVariants    = 2 * numProducts
	numCustomers   = 200
	numCoupons     = 10
	numOrders      = 300
	numLines       = 2 * numOrders
	numWarehouses  = 3
	numSuppliers   = 15
	numEmployees   = 40
)

var addr = func(i int) Address {
	return Address{Line1: fmt.Sprintf("%d Market Street", i), City: []string{"Lyon", "Porto", "Ghent"}[i%3],
		PostalCode: fmt.Sprintf("%05d", 1000+i), CountryCode: []string{"FR", "PT", "BE"}[i%3]}
}

func companies() any {
	var r []Company
	for i := 1; i <= numCompanies; i++ {
		r = append(r, Company{Name: fmt.Sprintf("Company %d", i), Code: fmt.Sprintf("C%03d", i), TaxID: fmt.Sprintf("TX%06d", i), Attrs: Attrs{"tier": i}})
	}
	return r
}

func branches() any {
	var r []Branch
	for i := 1; i <= 2*numCompanies; i++ {
		r = append(r, Branch{CompanyID: uint(i%numCompanies + 1), Name: fmt.Sprintf("Branch %d", i), Address: addr(i)})
	}
	return r
}

func currencies() any {
	return []Currency{{"EUR", "Euro", "€", 2}, {"USD", "US Dollar", "$", 2}, {"GBP", "Pound", "£", 2}, {"JPY", "Yen", "¥", 0}}
}

func exchangeRates() any {
	var r []ExchangeRate
	for d := 0; d < 10; d++ {
		for i, to := range []string{"USD", "GBP", "JPY"} {
			r = append(r, ExchangeRate{FromCode: "EUR", ToCode: to, Rate: float64(100+d+i*30) / 97, ValidOn: t0.AddDate(0, 0, d)})
		}
	}
	return r
}

func countries() any {
	return []Country{{250, "FR", "France"}, {620, "PT", "Portugal"}, {56, "BE", "Belgium"}, {276, "DE", "Germany"}, {724, "ES", "Spain"}}
}

func settings() any {
	var r []Setting
	for i := 1; i <= 10; i++ {
		r = append(r, Setting{Key: fmt.Sprintf("setting.%02d", i), Value: fmt.Sprint(i * 7)})
	}
	return r
}

func auditLog() any {
	var r []AuditLog
	for i := 1; i <= 100; i++ {
		r = append(r, AuditLog{Actor: fmt.Sprintf("user%d", i%numUsers+1), Action: []string{"create", "update", "delete"}[i%3],
			Entity: "orders", EntityID: fmt.Sprint(i), At: t0.Add(time.Duration(i) * time.Minute), Payload: Attrs{"n": i}})
	}
	return r
}

func apiKeys() any {
	var r []APIKey
	for i := 1; i <= 6; i++ {
		r = append(r, APIKey{Base: Base{ID: uid("apikey", i)}, CompanyID: uint(i%numCompanies + 1), Name: fmt.Sprintf("key %d", i), Prefix: fmt.Sprintf("ak_%04d", i), Revoked: i == 6})
	}
	return r
}

func webhooks() any {
	var r []Webhook
	for i := 1; i <= 6; i++ {
		r = append(r, Webhook{Base: Base{ID: uid("webhook", i)}, CompanyID: uint(i%numCompanies + 1), URL: fmt.Sprintf("https://hooks.example.com/%d", i), Secret: fmt.Sprintf("s%d", i), Events: "order.created"})
	}
	return r
}

func webhookDeliveries() any {
	var r []WebhookDelivery
	for i := 1; i <= 30; i++ {
		r = append(r, WebhookDelivery{WebhookID: uid("webhook", i%6+1), Status: []int{200, 500, 200}[i%3], Attempt: i%3 + 1})
	}
	return r
}

func featureFlags() any {
	return []FeatureFlag{{Name: "new-checkout", Enabled: true, Rollout: 50}, {Name: "dark-mode", Rollout: 0}, {Name: "bulk-export", Enabled: true, Rollout: 100}}
}

func users() any {
	var r []User
	for i := 1; i <= numUsers; i++ {
		r = append(r, User{CompanyID: uint(i%numCompanies + 1), Email: fmt.Sprintf("staff%d@example.com", i), Name: fmt.Sprintf("Staff %d", i), PasswordHash: fmt.Sprintf("hash%d", i)})
	}
	return r
}

func roles() any {
	return []Role{{Name: "admin"}, {Name: "sales"}, {Name: "warehouse"}, {Name: "finance"}}
}

func permissions() any {
	var r []Permission
	for i := 1; i <= numPermissions; i++ {
		r = append(r, Permission{Code: fmt.Sprintf("perm.%02d", i), Description: fmt.Sprintf("permission %d", i)})
	}
	return r
}

func sessions() any {
	var r []Session
	for i := 1; i <= 20; i++ {
		r = append(r, Session{Base: Base{ID: uid("session", i)}, UserID: uint(i%numUsers + 1), UserAgent: "Mozilla/5.0", ExpiresAt: t0.AddDate(0, 1, i)})
	}
	return r
}

func passwordResets() any {
	var r []PasswordReset
	for i := 1; i <= 5; i++ {
		r = append(r, PasswordReset{UserID: uint(i), Token: fmt.Sprintf("reset-%d", i)})
	}
	return r
}

func userPreferences() any {
	var r []UserPreference
	for i := 1; i <= numUsers; i++ {
		r = append(r, UserPreference{UserID: uint(i), Theme: []string{"light", "dark"}[i%2], Locale: "en"})
	}
	return r
}

func categories() any {
	var r []Category
	for i := 1; i <= numCategories; i++ {
		c := Category{Name: fmt.Sprintf("Category %d", i), Slug: fmt.Sprintf("category-%d", i), Position: i}
		if i > 4 {
			c.ParentID = ptr(uint(i%4 + 1))
		}
		r = append(r, c)
	}
	return r
}

func brands() any {
	var r []Brand
	for i := 1; i <= numBrands; i++ {
		r = append(r, Brand{Name: fmt.Sprintf("Brand %d", i), Slug: fmt.Sprintf("brand-%d", i)})
	}
	return r
}

func products() any {
	var r []Product
	for i := 1; i <= numProducts; i++ {
		p := Product{CategoryID: uint(i%numCategories + 1), Sku: fmt.Sprintf("P-%05d", i), Name: fmt.Sprintf("Product %d", i),
			Description: fmt.Sprintf("Description of product %d", i), Price: float64(i*137%10000) / 100, Active: true, Attributes: Attrs{"color": []string{"red", "blue"}[i%2]}}
		if i%5 != 0 {
			p.BrandID = ptr(uint(i%numBrands + 1))
		}
		r = append(r, p)
	}
	return r
}

func variants() any {
	var r []ProductVariant
	for i := 1; i <= numVariants; i++ {
		r = append(r, ProductVariant{ProductID: uint((i-1)/2 + 1), Sku: fmt.Sprintf("V-%05d", i), Option1: []string{"S", "M"}[i%2], Option2: "std", PriceDelta: float64(i % 3), WeightGrams: 100 + i})
	}
	return r
}

func images() any {
	var r []ProductImage
	for i := 1; i <= numProducts; i++ {
		r = append(r, ProductImage{ProductID: uint(i), URL: fmt.Sprintf("https://cdn.example.com/p/%d.jpg", i), Position: 1, Alt: fmt.Sprintf("Product %d", i)})
	}
	return r
}

func attributes() any {
	return []Attribute{{Code: "material", Label: "Material"}, {Code: "fit", Label: "Fit"}, {Code: "season", Label: "Season"}}
}

func attributeValues() any {
	var r []AttributeValue
	for i := 1; i <= 12; i++ {
		r = append(r, AttributeValue{AttributeID: uint(i%3 + 1), Value: fmt.Sprintf("value %d", i)})
	}
	return r
}

func tags() any {
	var r []Tag
	for i := 1; i <= 15; i++ {
		r = append(r, Tag{Name: fmt.Sprintf("tag-%d", i)})
	}
	return r
}

func priceLists() any {
	return []PriceList{{Name: "Retail EUR", CurrencyCode: "EUR", ValidFrom: t0}, {Name: "Retail USD", CurrencyCode: "USD", ValidFrom: t0}}
}

func priceListItems() any {
	var r []PriceListItem
	for i := 1; i <= numVariants; i++ {
		r = append(r, PriceListItem{PriceListID: uint(i%2 + 1), VariantID: uint(i), Price: float64(i*53%9000) / 100})
	}
	return r
}

func reviews() any {
	var r []Review
	for i := 1; i <= 150; i++ {
		r = append(r, Review{ProductID: uint(i%numProducts + 1), CustomerID: uint(i%numCustomers + 1), Rating: int8(i%5 + 1), Title: fmt.Sprintf("Review %d", i), Body: "Works as described."})
	}
	return r
}

func reviewVotes() any {
	var r []ReviewVote
	for i := 1; i <= 60; i++ {
		r = append(r, ReviewVote{ReviewID: uint(i), Helpful: i%3 != 0})
	}
	return r
}

// customers: every tenth customer has been soft-deleted, and a customer
// who came back reuses the deleted one's email.
func customers() any {
	var r []Customer
	for i := 1; i <= numCustomers; i++ {
		c := Customer{CompanyID: uint(i%numCompanies + 1), Email: fmt.Sprintf("customer%d@example.net", i), Name: fmt.Sprintf("Customer %d", i),
			Phone: fmt.Sprintf("+33 1 %04d", i), Fax: fmt.Sprintf("+33 2 %04d", i), Note: fmt.Sprintf("note %d", i)}
		if i%10 == 0 {
			c.DeletedAt = gorm.DeletedAt{Time: t0, Valid: true}
		}
		r = append(r, c)
	}
	return r
}

func customerAddresses() any {
	var r []CustomerAddress
	for i := 1; i <= numCustomers; i++ {
		r = append(r, CustomerAddress{CustomerID: uint(i), Kind: []string{"shipping", "billing"}[i%2], Address: addr(i)})
	}
	return r
}

func customerGroups() any {
	return []CustomerGroup{{Name: "Retail", Discount: 0}, {Name: "Wholesale", Discount: 12.5}, {Name: "VIP", Discount: 20}}
}

func wishlists() any {
	var r []Wishlist
	for i := 1; i <= 40; i++ {
		r = append(r, Wishlist{CustomerID: uint(i), Name: "Favorites"})
	}
	return r
}

func wishlistItems() any {
	var r []WishlistItem
	for i := 1; i <= 80; i++ {
		r = append(r, WishlistItem{WishlistID: uint(i%40 + 1), VariantID: uint(i)})
	}
	return r
}

func carts() any {
	var r []Cart
	for i := 1; i <= 20; i++ {
		c := Cart{Base: Base{ID: uid("cart", i)}, Token: fmt.Sprintf("cart-token-%d", i)}
		if i%2 == 0 {
			c.CustomerID = ptr(uint(i))
		}
		r = append(r, c)
	}
	return r
}

func cartItems() any {
	var r []CartItem
	for i := 1; i <= 40; i++ {
		r = append(r, CartItem{CartID: uid("cart", i%20+1), VariantID: uint(i), Quantity: i%3 + 1})
	}
	return r
}

func loyaltyAccounts() any {
	var r []LoyaltyAccount
	for i := 1; i <= 50; i++ {
		r = append(r, LoyaltyAccount{CustomerID: uint(i), Points: i * 10})
	}
	return r
}

func loyaltyTransactions() any {
	var r []LoyaltyTransaction
	for i := 1; i <= 100; i++ {
		r = append(r, LoyaltyTransaction{AccountID: uint(i%50 + 1), Delta: i%7 - 3, Reason: "order"})
	}
	return r
}

func coupons() any {
	var r []Coupon
	for i := 1; i <= numCoupons; i++ {
		r = append(r, Coupon{Code: fmt.Sprintf("SAVE%02d", i), Percent: i * 5})
	}
	return r
}

var orderStatuses = []string{"pending", "paid", "shipped", "delivered", "cancelled"}

func orders() any {
	var r []Order
	for i := 1; i <= numOrders; i++ {
		o := Order{Number: fmt.Sprintf("SO-%06d", i), CustomerID: uint(i%numCustomers + 1), Status: orderStatuses[i%5], Currency: "EUR",
			Total: float64(i*311%50000) / 100, PlacedAt: t0.Add(time.Duration(i) * time.Hour), ShipTo: addr(i)}
		if i%4 == 0 {
			o.Note = fmt.Sprintf("leave at door %d", i)
		}
		r = append(r, o)
	}
	return r
}

func orderLines() any {
	var r []OrderLine
	for i := 1; i <= numLines; i++ {
		r = append(r, OrderLine{OrderID: uint((i-1)/2 + 1), VariantID: uint(i%numVariants + 1), Quantity: int32(i%4 + 1), UnitPrice: float64(i*71%8000) / 100})
	}
	return r
}

func orderStatusHistories() any {
	var r []OrderStatusHistory
	for i := 1; i <= numOrders; i++ {
		r = append(r, OrderStatusHistory{OrderID: uint(i), From: "pending", To: orderStatuses[i%5], At: t0.Add(time.Duration(i) * time.Hour)})
	}
	return r
}

func payments() any {
	var r []Payment
	for i := 1; i <= numOrders; i++ {
		r = append(r, Payment{OrderID: uint(i), Method: []string{"card", "transfer", "paypal"}[i%3], Amount: float64(i*311%50000) / 100, Reference: fmt.Sprintf("PAY-%06d", i)})
	}
	return r
}

func refunds() any {
	var r []Refund
	for i := 1; i <= 30; i++ {
		r = append(r, Refund{PaymentID: uint(10 * i), Amount: 5, Reason: "damaged"})
	}
	return r
}

func invoices() any {
	var r []Invoice
	for i := 1; i <= numOrders; i++ {
		r = append(r, Invoice{OrderID: uint(i), Number: fmt.Sprintf("INV-%06d", i), IssuedAt: t0.Add(time.Duration(i) * time.Hour)})
	}
	return r
}

func invoiceLines() any {
	var r []InvoiceLine
	for i := 1; i <= numLines; i++ {
		r = append(r, InvoiceLine{InvoiceID: uint((i-1)/2 + 1), Description: fmt.Sprintf("line %d", i), Amount: float64(i*71%8000) / 100})
	}
	return r
}

func creditNotes() any {
	var r []CreditNote
	for i := 1; i <= 20; i++ {
		r = append(r, CreditNote{InvoiceID: uint(15 * i), Amount: 3.5, Reason: "goodwill"})
	}
	return r
}

func giftCards() any {
	var r []GiftCard
	for i := 1; i <= 10; i++ {
		r = append(r, GiftCard{Base: Base{ID: uid("giftcard", i)}, Code: fmt.Sprintf("GC-%04d", i), Balance: float64(25 * i)})
	}
	return r
}

func taxRates() any {
	return []TaxRate{{CountryCode: "FR", Region: "", Rate: 0.2}, {CountryCode: "PT", Region: "", Rate: 0.23}, {CountryCode: "PT", Region: "Madeira", Rate: 0.22}, {CountryCode: "BE", Region: "", Rate: 0.21}}
}

func warehouses() any {
	var r []Warehouse
	for i := 1; i <= numWarehouses; i++ {
		r = append(r, Warehouse{Code: fmt.Sprintf("WH%d", i), Name: fmt.Sprintf("Warehouse %d", i), Active: true, Address: addr(i)})
	}
	return r
}

func binLocations() any {
	var r []BinLocation
	for i := 1; i <= 30; i++ {
		r = append(r, BinLocation{WarehouseID: uint(i%numWarehouses + 1), Code: fmt.Sprintf("A-%02d", i)})
	}
	return r
}

func stockLevels() any {
	var r []StockLevel
	for i := 1; i <= numVariants; i++ {
		r = append(r, StockLevel{WarehouseID: uint(i%numWarehouses + 1), VariantID: uint(i), OnHand: i % 40, Reserved: i % 3})
	}
	return r
}

func stockMovements() any {
	var r []StockMovement
	for i := 1; i <= 200; i++ {
		r = append(r, StockMovement{VariantID: uint(i), WarehouseID: uint(i%numWarehouses + 1), Delta: i%9 - 4, Kind: []string{"sale", "receipt", "adjust"}[i%3], At: t0.Add(time.Duration(i) * time.Minute)})
	}
	return r
}

func stockCounts() any {
	var r []StockCount
	for i := 1; i <= 6; i++ {
		r = append(r, StockCount{WarehouseID: uint(i%numWarehouses + 1), CountedAt: t0.AddDate(0, i, 0)})
	}
	return r
}

func stockCountLines() any {
	var r []StockCountLine
	for i := 1; i <= 60; i++ {
		r = append(r, StockCountLine{StockCountID: uint(i%6 + 1), VariantID: uint(i), Counted: i % 25})
	}
	return r
}

func lots() any {
	var r []Lot
	for i := 1; i <= 20; i++ {
		r = append(r, Lot{VariantID: uint(i), Code: fmt.Sprintf("LOT-%03d", i)})
	}
	return r
}

func serialNumbers() any {
	var r []SerialNumber
	for i := 1; i <= 40; i++ {
		s := SerialNumber{Serial: fmt.Sprintf("SN%08d", i)}
		if i%2 == 0 {
			s.LotID = ptr(uint(i / 2))
		}
		r = append(r, s)
	}
	return r
}

func suppliers() any {
	var r []Supplier
	for i := 1; i <= numSuppliers; i++ {
		r = append(r, Supplier{Code: fmt.Sprintf("SUP-%03d", i), Name: fmt.Sprintf("Supplier %d", i), Email: fmt.Sprintf("sales@supplier%d.example", i)})
	}
	return r
}

func supplierContacts() any {
	var r []SupplierContact
	for i := 1; i <= 2*numSuppliers; i++ {
		r = append(r, SupplierContact{SupplierID: uint(i%numSuppliers + 1), Name: fmt.Sprintf("Contact %d", i), Phone: fmt.Sprintf("+49 30 %04d", i)})
	}
	return r
}

func purchaseOrders() any {
	var r []PurchaseOrder
	for i := 1; i <= 40; i++ {
		r = append(r, PurchaseOrder{SupplierID: uint(i%numSuppliers + 1), Number: fmt.Sprintf("PO-%05d", i), Status: []string{"open", "received"}[i%2]})
	}
	return r
}

func purchaseOrderLines() any {
	var r []PurchaseOrderLine
	for i := 1; i <= 120; i++ {
		r = append(r, PurchaseOrderLine{PurchaseOrderID: uint(i%40 + 1), VariantID: uint(i), Quantity: 10 + i%20, Cost: float64(i*29%5000) / 100})
	}
	return r
}

func goodsReceipts() any {
	var r []GoodsReceipt
	for i := 1; i <= 20; i++ {
		r = append(r, GoodsReceipt{PurchaseOrderID: uint(2 * i), ReceivedAt: t0.AddDate(0, 0, i)})
	}
	return r
}

func goodsReceiptLines() any {
	var r []GoodsReceiptLine
	for i := 1; i <= 60; i++ {
		r = append(r, GoodsReceiptLine{GoodsReceiptID: uint(i%20 + 1), VariantID: uint(i), Quantity: 10})
	}
	return r
}

func supplierProducts() any {
	var r []SupplierProduct
	for i := 1; i <= 60; i++ {
		r = append(r, SupplierProduct{SupplierID: uint(i%numSuppliers + 1), VariantID: uint(i), SupplierSku: fmt.Sprintf("X%05d", i), LeadDays: i % 14})
	}
	return r
}

func carriers() any {
	return []Carrier{{Code: "DHL", Name: "DHL"}, {Code: "UPS", Name: "UPS"}, {Code: "POST", Name: "La Poste"}}
}

func shippingMethods() any {
	var r []ShippingMethod
	for i := 1; i <= 6; i++ {
		r = append(r, ShippingMethod{CarrierID: uint(i%3 + 1), Name: []string{"standard", "express"}[i%2], Price: float64(4 + i)})
	}
	return r
}

func shipments() any {
	var r []Shipment
	for i := 1; i <= 150; i++ {
		s := Shipment{OrderID: uint(2 * i), MethodID: uint(i%6 + 1), TrackingNo: fmt.Sprintf("TRK%09d", i), Weight: float32(i%50) / 4}
		if i%3 != 0 {
			s.ShippedAt = ptr(t0.Add(time.Duration(i) * time.Hour))
		}
		r = append(r, s)
	}
	return r
}

func shipmentItems() any {
	var r []ShipmentItem
	for i := 1; i <= 150; i++ {
		r = append(r, ShipmentItem{ShipmentID: uint(i), OrderLineID: uint(4*i - 1), Quantity: 1})
	}
	return r
}

func trackingEvents() any {
	var r []TrackingEvent
	for i := 1; i <= 150; i++ {
		r = append(r, TrackingEvent{ShipmentID: uint(i), Code: []string{"picked", "in_transit", "delivered"}[i%3], At: t0.Add(time.Duration(i) * time.Hour)})
	}
	return r
}

func returnRequests() any {
	var r []ReturnRequest
	for i := 1; i <= 15; i++ {
		r = append(r, ReturnRequest{OrderID: uint(20 * i), Reason: "wrong size", Status: "open"})
	}
	return r
}

func returnItems() any {
	var r []ReturnItem
	for i := 1; i <= 15; i++ {
		r = append(r, ReturnItem{ReturnRequestID: uint(i), OrderLineID: uint(40*i - 1), Quantity: 1})
	}
	return r
}

func glAccounts() any {
	return []Account{{Code: "1000", Name: "Cash", Kind: "asset"}, {Code: "2000", Name: "Payables", Kind: "liability"},
		{Code: "3000", Name: "Equity", Kind: "equity"}, {Code: "4000", Name: "Sales", Kind: "income"}, {Code: "5000", Name: "COGS", Kind: "expense"}}
}

func journalEntries() any {
	var r []JournalEntry
	for i := 1; i <= 50; i++ {
		r = append(r, JournalEntry{PostedAt: t0.AddDate(0, 0, i), Memo: fmt.Sprintf("daily sales %d", i)})
	}
	return r
}

func journalLines() any {
	var r []JournalLine
	for i := 1; i <= 100; i++ {
		l := JournalLine{EntryID: uint((i-1)/2 + 1), AccountID: 1}
		if i%2 == 0 {
			l.AccountID, l.Credit = 4, float64(i)
		} else {
			l.Debit = float64(i + 1)
		}
		r = append(r, l)
	}
	return r
}

func fiscalPeriods() any {
	var r []FiscalPeriod
	for m := 1; m <= 12; m++ {
		r = append(r, FiscalPeriod{Year: 2025, Month: m, Closed: m < 6})
	}
	return r
}

func costCenters() any {
	return []CostCenter{{Code: "OPS", Name: "Operations"}, {Code: "MKT", Name: "Marketing"}, {Code: "IT", Name: "IT"}}
}

func bankAccounts() any {
	var r []BankAccount
	for i := 1; i <= numCompanies; i++ {
		r = append(r, BankAccount{CompanyID: uint(i), IBAN: fmt.Sprintf("FR76300060000112345678%04d", i), Currency: "EUR"})
	}
	return r
}

func bankTransactions() any {
	var r []BankTransaction
	for i := 1; i <= 90; i++ {
		r = append(r, BankTransaction{BankAccountID: uint(i%numCompanies + 1), Amount: float64(i*97%100000) / 100, BookedAt: t0.AddDate(0, 0, i), Reference: fmt.Sprintf("BT%06d", i)})
	}
	return r
}

func departments() any {
	return []Department{{Name: "Sales"}, {Name: "Warehouse"}, {Name: "Finance"}, {Name: "Support"}}
}

func employees() any {
	var r []Employee
	for i := 1; i <= numEmployees; i++ {
		r = append(r, Employee{DepartmentID: uint(i%4 + 1), Name: fmt.Sprintf("Employee %d", i), Email: ptr(fmt.Sprintf("employee%d@example.com", i)),
			HiredOn: t0.AddDate(-i%5, 0, 0), Salary: float64(30000 + 250*i)})
	}
	return r
}

func timeEntries() any {
	var r []TimeEntry
	for i := 1; i <= 120; i++ {
		start := t0.Add(time.Duration(i) * 24 * time.Hour)
		r = append(r, TimeEntry{EmployeeID: uint(i%numEmployees + 1), Start: start, End: start.Add(8 * time.Hour), Hours: 8})
	}
	return r
}

func leaveRequests() any {
	var r []LeaveRequest
	for i := 1; i <= 20; i++ {
		r = append(r, LeaveRequest{EmployeeID: uint(i), StartsOn: t0.AddDate(0, 2, i), EndsOn: t0.AddDate(0, 2, i+3), Status: "approved"})
	}
	return r
}

func tickets() any {
	var r []Ticket
	for i := 1; i <= 60; i++ {
		r = append(r, Ticket{CustomerID: uint(i), Subject: fmt.Sprintf("Where is order %d?", i), Status: []string{"open", "closed"}[i%2], Priority: i%5 + 1})
	}
	return r
}

func ticketMessages() any {
	var r []TicketMessage
	for i := 1; i <= 120; i++ {
		r = append(r, TicketMessage{TicketID: uint((i-1)/2 + 1), Author: []string{"customer", "agent"}[i%2], Body: fmt.Sprintf("message %d", i)})
	}
	return r
}

func kbArticles() any {
	var r []KBArticle
	for i := 1; i <= 12; i++ {
		r = append(r, KBArticle{Slug: fmt.Sprintf("how-to-%d", i), Title: fmt.Sprintf("How to %d", i), Body: "Step one."})
	}
	return r
}

func newsletters() any {
	return []Newsletter{{Subject: "Spring sale", SentAt: ptr(t0)}, {Subject: "Summer sale"}}
}

func campaigns() any {
	return []Campaign{{Name: "Spring", StartsOn: t0, EndsOn: t0.AddDate(0, 1, 0), Budget: 5000}, {Name: "Summer", StartsOn: t0.AddDate(0, 5, 0), EndsOn: t0.AddDate(0, 6, 0), Budget: 8000}}
}
