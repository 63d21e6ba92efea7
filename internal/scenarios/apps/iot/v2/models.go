package v2

import "time"

// Site is a building with devices.
type Site struct {
	ID       uint
	Name     string `gorm:"size:80;not null;uniqueIndex"`
	Timezone string `gorm:"size:40;default:'Etc/UTC'"`
	Devices  []Device
}

// Device is a gateway at a site.
type Device struct {
	Entity
	Serial          string `gorm:"size:40;not null;uniqueIndex"`
	SiteID          uint
	Site            Site
	Model           string `gorm:"size:30"`
	FirmwareVersion string `gorm:"size:20" autogen:"renamed_from:firmware"`
	Config          Config
	Labels          Config
	Active          bool `gorm:"default:true"`
}

// Sensor is one probe of a device; one per kind.
type Sensor struct {
	ID           uint
	DeviceID     uint64 `gorm:"uniqueIndex:idx_sensors_device_kind"`
	Device       Device
	Kind         string `gorm:"size:20;not null;uniqueIndex:idx_sensors_device_kind;check:kind IN ('temp','humidity','co2','pressure')"`
	Unit         string `gorm:"size:10;comment:SI unit symbol"`
	CalibratedAt *time.Time
}

// Reading is one sample; dashboards read a sensor's range.
type Reading struct {
	ID       uint64 `gorm:"primaryKey;autoIncrement"`
	SensorID uint   `gorm:"not null;index:idx_readings_sensor_time,priority:1"`
	Sensor   Sensor
	Value    float64
	TakenAt  time.Time `gorm:"not null;index:idx_readings_sensor_time,priority:2,sort:desc"`
	Quality  int16     `gorm:"default:100"`
}

// Alert fires when a sensor crosses a threshold.
type Alert struct {
	ID           uint
	SensorID     uint
	Sensor       Sensor
	Threshold    float64 `gorm:"type:decimal(10,4)"`
	Level        string  `gorm:"size:10;default:'warn'"`
	Message      string  `gorm:"size:500;not null;default:''"`
	Acknowledged bool    `gorm:"not null;default:false"`
}

// MaintenanceWindow silences a device's alerts.
type MaintenanceWindow struct {
	ID       uint
	DeviceID uint64 `gorm:"not null;index"`
	Device   Device `gorm:"constraint:OnDelete:CASCADE"`
	StartsAt time.Time
	EndsAt   time.Time
	Reason   string `gorm:"size:200"`
}

// Models are the structs the store migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Site{}, &Device{}, &Sensor{}, &Reading{}, &Alert{}, &MaintenanceWindow{}}
}
