package v1

// Models lists the structs in the order the platform passes them to
// AutoMigrate: by domain, each model after the ones it points to.
func Models() []any {
	return []any{
		// system
		&Company{}, &Branch{}, &Currency{}, &ExchangeRate{}, &Country{}, &Setting{},
		&AuditLog{}, &APIKey{}, &Webhook{}, &WebhookDelivery{}, &FeatureFlag{},
		// users
		&User{}, &Role{}, &Permission{}, &Session{}, &PasswordReset{}, &UserPreference{},
		// catalog
		&Category{}, &Brand{}, &Product{}, &ProductVariant{}, &ProductImage{},
		&Attribute{}, &AttributeValue{}, &Tag{}, &PriceList{}, &PriceListItem{},
		&Review{}, &ReviewVote{},
		// customers
		&Customer{}, &CustomerAddress{}, &CustomerGroup{}, &Wishlist{}, &WishlistItem{},
		&Cart{}, &CartItem{}, &LoyaltyAccount{}, &LoyaltyTransaction{},
		// orders
		&Coupon{}, &Order{}, &OrderLine{}, &OrderStatusHistory{}, &Payment{}, &Refund{},
		&Invoice{}, &InvoiceLine{}, &CreditNote{}, &GiftCard{}, &TaxRate{},
		// inventory
		&Warehouse{}, &BinLocation{}, &StockLevel{}, &StockMovement{}, &StockCount{},
		&StockCountLine{}, &Lot{}, &SerialNumber{},
		// purchasing
		&Supplier{}, &SupplierContact{}, &PurchaseOrder{}, &PurchaseOrderLine{},
		&GoodsReceipt{}, &GoodsReceiptLine{}, &SupplierProduct{},
		// shipping
		&Carrier{}, &ShippingMethod{}, &Shipment{}, &ShipmentItem{}, &TrackingEvent{},
		&ReturnRequest{}, &ReturnItem{},
		// finance
		&Account{}, &JournalEntry{}, &JournalLine{}, &FiscalPeriod{}, &CostCenter{},
		&BankAccount{}, &BankTransaction{},
		// hr
		&Department{}, &Employee{}, &TimeEntry{}, &LeaveRequest{},
		// support and marketing
		&Ticket{}, &TicketMessage{}, &KBArticle{}, &Newsletter{}, &Campaign{},
	}
}
