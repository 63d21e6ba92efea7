// Package v1 is the schema of a multi-tenant git forge (organizations,
// repositories, issues, pull requests, CI, packages, billing) as its first
// public release shipped it. Keys are UUIDs made by the application.
package v1

import (
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// UUID is a key made in Go. PostgreSQL stores it natively; MySQL as a
// fixed-width string; SQLite as text.
type UUID string

// GormDBDataType picks the column type per database.
func (UUID) GormDBDataType(db *gorm.DB, field *schema.Field) string {
	switch db.Dialector.Name() {
	case "postgres":
		return "uuid"
	case "mysql":
		return "char(36)"
	}
	return "text"
}

// Model is the forge's base record: a UUID key and soft delete, since
// everything a user deletes stays restorable for 30 days.
type Model struct {
	ID        UUID `gorm:"primaryKey"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt gorm.DeletedAt `gorm:"index"`
}

// Visibility is who may see a repository or package. MySQL gets a real
// ENUM; the others a short string.
type Visibility string

// GormDBDataType picks the column type per database.
func (Visibility) GormDBDataType(db *gorm.DB, field *schema.Field) string {
	switch db.Dialector.Name() {
	case "mysql":
		return "ENUM('public','internal','private')"
	case "postgres":
		return "varchar(16)"
	}
	return "text"
}

// Audit records who touched a record, embedded where compliance asks.
type Audit struct {
	CreatedByID *UUID
	UpdatedByID *UUID
}
