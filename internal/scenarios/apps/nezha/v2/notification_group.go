package model

type NotificationGroup struct {
	Common
	Name string `json:"name" gorm:"column:name"`
}
