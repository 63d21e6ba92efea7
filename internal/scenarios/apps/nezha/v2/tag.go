package model

// Tag labels servers on the dashboard (ours, for the scenario's v2).
type Tag struct {
	Common
	Name  string `json:"name" gorm:"size:64;uniqueIndex"`
	Color string `json:"color" gorm:"size:7;default:'#888888'"`
}
