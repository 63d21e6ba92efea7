package model

type ServerGroup struct {
	Common

	Name string `json:"name" gorm:"column:name"`
}
