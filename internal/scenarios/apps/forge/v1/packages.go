package v1

import "time"

// Package is a published package of a registry (npm, maven, ...).
type Package struct {
	Model
	OrganizationID UUID   `gorm:"index"`
	Kind           string `gorm:"size:16"`
	Name           string `gorm:"size:200"`
	Visibility     Visibility
	Versions       []PackageVersion
}

// PackageVersion is one version of a package.
type PackageVersion struct {
	ID          uint
	PackageID   UUID   `gorm:"index"`
	Version     string `gorm:"size:64"`
	PublishedAt time.Time
	Files       []PackageFile
}

// PackageFile is a file of a version.
type PackageFile struct {
	ID               uint
	PackageVersionID uint
	Name             string `gorm:"size:200"`
	SHA256           string `gorm:"size:64"`
	Size             int64
}
