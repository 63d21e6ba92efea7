// Package v1 is the clinic's records system as certified: patients,
// clinicians, encounters with diagnoses and prescriptions.
package v1

import (
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// BloodType is an ABO/Rh group such as "AB+".
type BloodType string

// GormDBDataType sizes the column where the database keeps sizes.
func (BloodType) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	switch db.Dialector.Name() {
	case "postgres":
		return "varchar(3)"
	case "mysql":
		return "varchar(3)"
	}
	return "text"
}

// Patient is a person with a chart.
type Patient struct {
	gorm.Model
	MRN         string `gorm:"column:mrn;size:20;not null;uniqueIndex"`
	FullName    string `gorm:"size:120;not null"`
	BirthDate   time.Time
	Sex         string `gorm:"size:1;check:sex IN ('F','M','X')"`
	BloodType   BloodType
	InsuranceNo *string `gorm:"size:30"`
	Allergies   []Allergy
}

// Clinician sees patients.
type Clinician struct {
	ID        uint
	License   string `gorm:"size:30;not null;uniqueIndex"`
	Name      string `gorm:"size:100"`
	Specialty string `gorm:"size:60"`
}

// Encounter is one visit.
type Encounter struct {
	ID          uint64 `gorm:"primaryKey;autoIncrement"`
	PatientID   uint   `gorm:"not null"`
	Patient     Patient
	ClinicianID uint `gorm:"not null"`
	Clinician   Clinician
	StartedAt   time.Time
	Kind        string `gorm:"size:20;default:'outpatient'"`
	Notes       string `gorm:"type:text"`
	Diagnoses   []Diagnosis
}

// Diagnosis is an ICD code recorded at an encounter.
type Diagnosis struct {
	ID          uint
	EncounterID uint64
	Code        string `gorm:"size:10;not null"`
	Main        bool
}

// Prescription is a drug ordered at an encounter.
type Prescription struct {
	ID          uint
	EncounterID uint64
	Encounter   Encounter
	Drug        string `gorm:"size:100;not null"`
	DoseMg      int32
	Refills     int8 `gorm:"default:0"`
}

// Allergy is keyed by patient and substance.
type Allergy struct {
	PatientID uint   `gorm:"primaryKey;autoIncrement:false"`
	Substance string `gorm:"size:80;primaryKey"`
	Severity  string `gorm:"size:10"`
}

// AuditEntry was the first audit trail, before the central log.
type AuditEntry struct {
	ID     uint64 `gorm:"primaryKey"`
	Action string `gorm:"size:20"`
	At     time.Time
	Detail string `gorm:"type:text"`
}

// TableName is the auditors' name for it.
func (AuditEntry) TableName() string { return "audit_log" }

// Models are the structs the clinic migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Patient{}, &Clinician{}, &Encounter{}, &Diagnosis{}, &Prescription{}, &Allergy{}, &AuditEntry{}}
}
