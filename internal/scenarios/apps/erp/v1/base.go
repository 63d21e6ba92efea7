// Package v1 is the first released schema of a multi-company ERP and
// web-shop platform: catalog, customers, orders, inventory, purchasing,
// shipping, finance, HR and support. The models are grouped by domain, one
// file each, as the team keeps them.
package v1

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Base is the key every record that can be created outside the platform
// carries (API keys, carts, gift cards): a UUID string, made by the client,
// so that offline-created rows merge without a round trip for an id.
type Base struct {
	ID        string `gorm:"primaryKey;size:36"`
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Address is embedded wherever a postal address is stored; each embedder
// picks its own column prefix.
type Address struct {
	Line1       string `gorm:"size:120"`
	City        string `gorm:"size:80"`
	PostalCode  string `gorm:"size:20"`
	CountryCode string `gorm:"size:2"`
}

// Attrs is free-form JSON (product attributes, audit payloads). PostgreSQL
// stores it as JSONB so it can be indexed later; the others use JSON.
type Attrs map[string]any

// GormDataType is the generic type name GORM's callbacks see.
func (Attrs) GormDataType() string { return "json" }

// GormDBDataType picks the column type per database.
func (Attrs) GormDBDataType(db *gorm.DB, field *schema.Field) string {
	switch db.Dialector.Name() {
	case "postgres":
		return "JSONB"
	case "mysql":
		return "JSON"
	}
	return "JSON"
}

// Value stores the map as its JSON text.
func (a Attrs) Value() (driver.Value, error) {
	if a == nil {
		return nil, nil
	}
	b, err := json.Marshal(a)
	return string(b), err
}

// Scan reads JSON text or bytes back into the map.
func (a *Attrs) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*a = nil
		return nil
	case []byte:
		return json.Unmarshal(v, a)
	case string:
		return json.Unmarshal([]byte(v), a)
	}
	return fmt.Errorf("attrs: cannot scan %T", v)
}
