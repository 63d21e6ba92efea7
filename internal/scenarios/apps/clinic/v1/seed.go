package v1

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Seed writes 24 patients, 4 clinicians, 48 encounters with diagnoses and
// prescriptions, allergies and audit rows. Insurance numbers are missing
// for half the patients: v2 makes them unique, and NULLs must pass.
func Seed(db *gorm.DB) error {
	var patients []Patient
	for i := 0; i < 24; i++ {
		p := Patient{MRN: fmt.Sprintf("MRN%05d", i), FullName: fmt.Sprintf("Patient %d", i), BirthDate: time.Date(1950+i, 1, 2, 0, 0, 0, 0, time.UTC),
			Sex: []string{"F", "M", "X"}[i%3], BloodType: BloodType([]string{"A+", "O-", "AB+", "B+"}[i%4])}
		if i%2 == 0 {
			n := fmt.Sprintf("INS-%d", i)
			p.InsuranceNo = &n
		}
		if i%4 == 0 {
			p.Allergies = []Allergy{{Substance: "penicillin", Severity: "high"}, {Substance: "latex", Severity: "low"}}
		}
		patients = append(patients, p)
	}
	if err := db.Create(&patients).Error; err != nil {
		return fmt.Errorf("patients: %w", err)
	}
	var docs []Clinician
	for i := 0; i < 4; i++ {
		docs = append(docs, Clinician{License: fmt.Sprintf("LIC-%d", i), Name: fmt.Sprintf("Dr %d", i), Specialty: []string{"GP", "cardiology"}[i%2]})
	}
	if err := db.Create(&docs).Error; err != nil {
		return fmt.Errorf("clinicians: %w", err)
	}
	t0 := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 48; i++ {
		e := Encounter{PatientID: patients[i%24].ID, ClinicianID: docs[i%4].ID, StartedAt: t0.Add(time.Duration(i) * time.Hour),
			Kind: []string{"outpatient", "emergency", "telehealth"}[i%3], Notes: "ok",
			Diagnoses: []Diagnosis{{Code: fmt.Sprintf("J%02d.%d", i%20, i%3), Main: true}, {Code: "Z00.0"}}}
		if err := db.Create(&e).Error; err != nil {
			return fmt.Errorf("encounter %d: %w", i, err)
		}
		if i%2 == 0 {
			rx := Prescription{EncounterID: e.ID, Drug: []string{"amoxicillin", "ibuprofen"}[i%4/2], DoseMg: int32(250 * (1 + i%3)), Refills: int8(i % 4)}
			if err := db.Create(&rx).Error; err != nil {
				return fmt.Errorf("prescription %d: %w", i, err)
			}
		}
	}
	audit := []AuditEntry{{ID: 1, Action: "login", At: t0, Detail: "dr 0"}, {ID: 2, Action: "export", At: t0, Detail: "chart"}}
	if err := db.Create(&audit).Error; err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}
