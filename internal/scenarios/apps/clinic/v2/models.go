// Package v2 is the clinic's records system after the lab integration:
// lab results, encounter end times, a kinds check, one diagnosis per code.
package v2

import (
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// BloodType is an ABO/Rh group; four characters now fit "AB+ " variants
// the lab sends.
type BloodType string

// GormDBDataType sizes the column where the database keeps sizes.
func (BloodType) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	switch db.Dialector.Name() {
	case "postgres":
		return "varchar(4)"
	case "mysql":
		return "varchar(4)"
	}
	return "text"
}

// Patient is a person with a chart.
type Patient struct {
	gorm.Model
	MRN         string `gorm:"column:mrn;size:20;not null;uniqueIndex"`
	DisplayName string `gorm:"size:120;not null" autogen:"renamed_from:full_name"`
	BirthDate   time.Time
	Sex         string `gorm:"size:1;check:sex IN ('F','M','X')"`
	BloodType   BloodType
	InsuranceNo *string `gorm:"size:30;uniqueIndex"`
	Deceased    bool    `gorm:"not null;default:false"`
	Allergies   []Allergy
}

// Clinician sees patients; leavers are soft-deleted.
type Clinician struct {
	ID        uint
	License   string         `gorm:"size:30;not null;uniqueIndex"`
	Name      string         `gorm:"size:100"`
	Specialty string         `gorm:"size:100;comment:board certification"`
	DeletedAt gorm.DeletedAt `gorm:"index"`
}

// Encounter is one visit; charts list a patient's visits by date.
type Encounter struct {
	ID          uint64 `gorm:"primaryKey;autoIncrement"`
	PatientID   uint   `gorm:"not null;index:idx_encounters_patient_started,priority:1"`
	Patient     Patient
	ClinicianID uint `gorm:"not null"`
	Clinician   Clinician
	StartedAt   time.Time `gorm:"index:idx_encounters_patient_started,priority:2"`
	EndedAt     *time.Time
	Kind        string `gorm:"size:20;default:'visit';check:chk_encounters_kind,kind IN ('visit','outpatient','emergency','telehealth')"`
	Notes       string `gorm:"type:text"`
	Diagnoses   []Diagnosis
	LabResults  []LabResult
}

// Diagnosis is an ICD code recorded at an encounter, once.
type Diagnosis struct {
	ID          uint
	EncounterID uint64 `gorm:"uniqueIndex:idx_diagnoses_encounter_code"`
	Code        string `gorm:"size:12;not null;uniqueIndex:idx_diagnoses_encounter_code"`
	IsPrimary   bool   `autogen:"renamed_from:main"`
}

// Prescription is a drug ordered at an encounter.
type Prescription struct {
	ID          uint
	EncounterID uint64
	Encounter   Encounter
	Drug        string `gorm:"size:100;not null"`
	DoseMg      int64
	Refills     int16 `gorm:"default:0"`
}

// Allergy is keyed by patient and substance.
type Allergy struct {
	PatientID uint   `gorm:"primaryKey;autoIncrement:false"`
	Substance string `gorm:"size:80;primaryKey"`
	Severity  string `gorm:"size:10;not null;default:'unknown'"`
}

// LabResult is one analyte measured for an encounter.
type LabResult struct {
	ID          uint64  `gorm:"primaryKey;autoIncrement"`
	EncounterID uint64  `gorm:"not null;index"`
	TestCode    string  `gorm:"size:20;not null"`
	Value       float64 `gorm:"type:decimal(10,3)"`
	Unit        string  `gorm:"size:20"`
	TakenAt     time.Time
}

// Models are the structs the clinic migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Patient{}, &Clinician{}, &Encounter{}, &Diagnosis{}, &Prescription{}, &Allergy{}, &LabResult{}}
}
