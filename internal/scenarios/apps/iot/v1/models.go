package v1

import "time"

// Site is a building with devices.
type Site struct {
	ID       uint
	Name     string `gorm:"size:80;not null;uniqueIndex"`
	Timezone string `gorm:"size:40;default:'UTC'"`
}

// Device is a gateway at a site.
type Device struct {
	Entity
	Serial   string `gorm:"size:40;not null;uniqueIndex"`
	SiteID   uint
	Site     Site
	Model    string `gorm:"size:40"`
	Firmware string `gorm:"size:20"`
	Config   Config
	Active   bool `gorm:"default:true"`
}

// Sensor is one probe of a device.
type Sensor struct {
	ID       uint
	DeviceID uint64
	Device   Device
	Kind     string `gorm:"size:20;not null;check:kind IN ('temp','humidity','co2')"`
	Unit     string `gorm:"size:10"`
}

// Reading is one sample; the table grows fastest.
type Reading struct {
	ID       uint64 `gorm:"primaryKey;autoIncrement"`
	SensorID uint   `gorm:"not null"`
	Sensor   Sensor
	Value    float32
	TakenAt  time.Time `gorm:"not null;index"`
	Quality  int8      `gorm:"default:100"`
}

// Alert fires when a sensor crosses a threshold.
type Alert struct {
	ID        uint
	SensorID  uint
	Sensor    Sensor
	Threshold float64 `gorm:"precision:8;scale:3;type:decimal(8,3)"`
	Level     string  `gorm:"size:10;default:'warn'"`
	Message   string  `gorm:"size:255"`
}

// FirmwareRelease was tracked here before the update service took it.
type FirmwareRelease struct {
	Version  string `gorm:"size:20;primaryKey"`
	Notes    string `gorm:"type:text"`
	Released time.Time
}

// Models are the structs the store migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Site{}, &Device{}, &Sensor{}, &Reading{}, &Alert{}, &FirmwareRelease{}}
}
