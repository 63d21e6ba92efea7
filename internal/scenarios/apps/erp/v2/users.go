package v2

import (
	"time"

	"gorm.io/gorm"
)

// User is a staff login.
type User struct {
	gorm.Model
	CompanyID    uint
	Company      Company
	Email        string `gorm:"size:160;uniqueIndex;not null"`
	Name         string `gorm:"size:120"`
	PasswordHash string `gorm:"size:100"`
	Roles        []Role `gorm:"many2many:user_roles"`
	LastLoginAt  *time.Time
}

// Role groups permissions.
type Role struct {
	ID          uint
	Name        string       `gorm:"size:64;uniqueIndex"`
	Permissions []Permission `gorm:"many2many:role_permissions"`
}

// Permission is one action code such as "orders.refund".
type Permission struct {
	ID          uint
	Code        string `gorm:"size:64;uniqueIndex"`
	Description string `gorm:"size:200"`
}

// Session is a browser login.
type Session struct {
	Base
	UserID    uint `gorm:"index"`
	User      User
	UserAgent string `gorm:"size:200"`
	ExpiresAt time.Time
}

// UserPreference is keyed by its user: one row each.
type UserPreference struct {
	UserID uint   `gorm:"primaryKey;autoIncrement:false"`
	Theme  string `gorm:"size:24;default:'light'"`
	Locale string `gorm:"size:8;default:'en'"`
}
