package scenarios

import (
	iotv1 "github.com/autogen-dev/autogen/internal/scenarios/apps/iot/v1"
	iotv2 "github.com/autogen-dev/autogen/internal/scenarios/apps/iot/v2"
)

func init() {
	register(app{
		name: "iot", dir: "iot",
		v1Models: iotv1.Models, v2Models: iotv2.Models, seed: iotv1.Seed,
		hazards: iotHazards,
		keep: []check{
			{v1: "SELECT name, timezone FROM sites ORDER BY name"},
			{v1: "SELECT serial, model, firmware, active FROM devices ORDER BY serial", v2: "SELECT serial, model, firmware_version, active FROM devices ORDER BY serial"},
			{v1: "SELECT d.serial, s.kind, s.unit FROM sensors s JOIN devices d ON d.id = s.device_id ORDER BY d.serial, s.kind"},
			{v1: "SELECT sensor_id, quality, CAST(value * 4 AS INTEGER) FROM readings ORDER BY sensor_id, quality"},
			{v1: "SELECT sensor_id, level, message, CAST(threshold * 1000 AS INTEGER) FROM alerts ORDER BY id"},
		},
	})
}

// iotHazards: the dropped releases table (DL101), the firmware rename
// (BC102), alerts.message becoming NOT NULL (BC103, DF102), the (device,
// kind) unique index (DF101), the wider kind check (DF105), the narrowed
// model (DF106), the foreign key GORM renames when Site gains Devices
// (BC108, DF104, LK104), the new defaults (BC106) and the replaced
// readings index (PF101, PF102).
func iotHazards(d string) []string {
	switch d {
	case "postgres":
		return codes("BC101 BC102 BC103 BC105 BC106 BC108 DF101 DF102 DF104 DF105 DF106 DL101 IR101 IR102 IR103 LK101 LK102 LK104 LK105 LK106 PF101 PF102 RW101 TX103 TX104")
	case "mysql":
		return codes("BC101 BC102 BC103 BC105 BC106 BC108 DF101 DF102 DF104 DF105 DF106 DL101 IR101 IR102 IR103 IR104 LK104 LK105 PF101 PF102 RW101 TX102 TX103")
	default:
		return codes("BC101 BC102 BC103 BC106 DF101 DF102 DF105 DL101 DL104 IR101 IR102 IR103 PF101 PF102 RW105")
	}
}
