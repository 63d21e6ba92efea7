// Package v2 is the shop a year later: reviews, wishlists, 64-bit category ids.
package v2

import (
	"database/sql/driver"
	"encoding/json"
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Attrs is free-form product data, stored as the best JSON type each
// database has.
type Attrs map[string]any

// GormDataType is the abstract type GORM's schema sees.
func (Attrs) GormDataType() string { return "json" }

// GormDBDataType picks the column type per database.
func (Attrs) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	switch db.Dialector.Name() {
	case "postgres":
		return "jsonb"
	case "mysql":
		return "json"
	}
	return "text"
}

// Value stores the map as JSON text.
func (a Attrs) Value() (driver.Value, error) {
	if a == nil {
		return nil, nil
	}
	b, err := json.Marshal(a)
	return string(b), err
}

// Scan reads JSON text or bytes.
func (a *Attrs) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*a = nil
		return nil
	case []byte:
		return json.Unmarshal(x, a)
	case string:
		return json.Unmarshal([]byte(x), a)
	}
	return errors.New("attrs: unsupported type")
}

// Base is the team's own base model: 64-bit ids and timestamps.
type Base struct {
	ID        uint64 `gorm:"primaryKey"`
	CreatedAt int64  `gorm:"autoCreateTime"`
	UpdatedAt int64  `gorm:"autoUpdateTime"`
}
