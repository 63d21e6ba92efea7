package v2

import (
	"time"

	"gorm.io/gorm"
)

// Carrier is a parcel service.
type Carrier struct {
	ID   uint
	Code string `gorm:"size:16;uniqueIndex"`
	Name string `gorm:"size:80"`
}

// ShippingMethod is a carrier's service level with its price.
type ShippingMethod struct {
	ID        uint
	CarrierID uint
	Carrier   Carrier
	Name      string  `gorm:"size:80"`
	Price     float64 `gorm:"precision:10;scale:2"`
}

// Shipment is a parcel sent for an order.
type Shipment struct {
	ID         uint
	OrderID    uint
	Order      Order
	MethodID   uint
	Method     ShippingMethod `gorm:"foreignKey:MethodID"`
	TrackingNo string         `gorm:"size:64;index"`
	Weight     float64        `gorm:"precision:10;scale:3"`
	ShippedAt  *time.Time
	Items      []ShipmentItem
}

// ShipmentItem is an order line packed into a shipment.
type ShipmentItem struct {
	ID          uint `gorm:"primaryKey"`
	ShipmentID  uint
	OrderLineID uint
	Quantity    int
}

// TrackingEvent is a scan reported by the carrier.
type TrackingEvent struct {
	ID         uint
	ShipmentID uint
	Shipment   Shipment
	Code       string `gorm:"size:16"`
	At         time.Time
}

// ReturnRequest is a customer asking to send goods back.
type ReturnRequest struct {
	gorm.Model
	OrderID uint
	Order   Order
	Reason  string `gorm:"size:300"`
	Status  string `gorm:"size:16"`
	Items   []ReturnItem
}

// ReturnItem is an order line being returned.
type ReturnItem struct {
	ID              uint `gorm:"primaryKey"`
	ReturnRequestID uint
	OrderLineID     uint
	Quantity        int
}
