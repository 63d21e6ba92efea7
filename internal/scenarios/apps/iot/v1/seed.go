package v1

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Seed writes 3 sites, 9 devices, 27 sensors, 135 readings, alerts and
// releases. Two sensors of one device share a kind until v2 makes (device,
// kind) unique? No: each device has one sensor per kind, so the new unique
// index holds; alert messages are empty strings, never NULL, so v2's NOT
// NULL holds.
func Seed(db *gorm.DB) error {
	sites := []Site{{Name: "North", Timezone: "Europe/Oslo"}, {Name: "South"}, {Name: "Lab", Timezone: "America/New_York"}}
	if err := db.Create(&sites).Error; err != nil {
		return fmt.Errorf("sites: %w", err)
	}
	var devices []Device
	for i := 0; i < 9; i++ {
		devices = append(devices, Device{Serial: fmt.Sprintf("GW-%03d", i), SiteID: sites[i%3].ID, Model: "gw-2", Firmware: fmt.Sprintf("1.%d.0", i%3), Config: Config{"interval": 60 + i}, Active: i != 4})
	}
	if err := db.Create(&devices).Error; err != nil {
		return fmt.Errorf("devices: %w", err)
	}
	var sensors []Sensor
	for _, d := range devices {
		for _, k := range []string{"temp", "humidity", "co2"} {
			sensors = append(sensors, Sensor{DeviceID: d.ID, Kind: k, Unit: map[string]string{"temp": "C", "humidity": "%", "co2": "ppm"}[k]})
		}
	}
	if err := db.Create(&sensors).Error; err != nil {
		return fmt.Errorf("sensors: %w", err)
	}
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var readings []Reading
	for i, s := range sensors {
		for j := 0; j < 5; j++ {
			readings = append(readings, Reading{SensorID: s.ID, Value: float32(i) + float32(j)/4, TakenAt: t0.Add(time.Duration(i*5+j) * time.Minute), Quality: int8(90 + j)})
		}
	}
	if err := db.CreateInBatches(&readings, 50).Error; err != nil {
		return fmt.Errorf("readings: %w", err)
	}
	var alerts []Alert
	for i := 0; i < 12; i++ {
		alerts = append(alerts, Alert{SensorID: sensors[i*2].ID, Threshold: 20.125 + float64(i), Level: []string{"warn", "crit"}[i%2], Message: fmt.Sprintf("threshold %d", i)})
	}
	if err := db.Create(&alerts).Error; err != nil {
		return fmt.Errorf("alerts: %w", err)
	}
	rel := []FirmwareRelease{{Version: "1.0.0", Notes: "first", Released: t0}, {Version: "1.1.0", Notes: "fixes", Released: t0.AddDate(0, 1, 0)}}
	if err := db.Create(&rel).Error; err != nil {
		return fmt.Errorf("releases: %w", err)
	}
	return nil
}
