// Package v2 is the telemetry store after a year in the field: maintenance
// windows, double-precision readings, device labels.
package v2

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Config is a device's settings document.
type Config map[string]any

// GormDataType names the abstract type.
func (Config) GormDataType() string { return "json" }

// GormDBDataType picks each database's JSON type.
func (Config) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	switch db.Dialector.Name() {
	case "postgres":
		return "jsonb"
	case "mysql":
		return "json"
	case "sqlite":
		return "text"
	}
	return ""
}

// Value writes JSON.
func (c Config) Value() (driver.Value, error) {
	if c == nil {
		return nil, nil
	}
	b, err := json.Marshal(c)
	return string(b), err
}

// Scan reads JSON.
func (c *Config) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*c = nil
		return nil
	case []byte:
		return json.Unmarshal(x, c)
	case string:
		return json.Unmarshal([]byte(x), c)
	}
	return errors.New("config: unsupported type")
}

// Entity is the fleet team's base: 64-bit ids, timestamps.
type Entity struct {
	ID        uint64 `gorm:"primaryKey;autoIncrement"`
	CreatedAt time.Time
	UpdatedAt time.Time
}
