package scenarios

import (
	clinicv1 "github.com/autogen-dev/autogen/internal/scenarios/apps/clinic/v1"
	clinicv2 "github.com/autogen-dev/autogen/internal/scenarios/apps/clinic/v2"
)

func init() {
	register(app{
		name: "clinic", dir: "clinic",
		v1Models: clinicv1.Models, v2Models: clinicv2.Models, seed: clinicv1.Seed,
		hazards: clinicHazards,
		keep: []check{
			{v1: "SELECT mrn, full_name, sex, blood_type, insurance_no FROM patients ORDER BY mrn",
				v2: "SELECT mrn, display_name, sex, blood_type, insurance_no FROM patients ORDER BY mrn"},
			{v1: "SELECT license, name, specialty FROM clinicians ORDER BY license"},
			{v1: "SELECT p.mrn, c.license, e.kind, e.notes FROM encounters e JOIN patients p ON p.id = e.patient_id JOIN clinicians c ON c.id = e.clinician_id ORDER BY e.id"},
			{v1: "SELECT encounter_id, code, main FROM diagnoses ORDER BY encounter_id, code", v2: "SELECT encounter_id, code, is_primary FROM diagnoses ORDER BY encounter_id, code"},
			{v1: "SELECT encounter_id, drug, dose_mg, refills FROM prescriptions ORDER BY id"},
			{v1: "SELECT patient_id, substance, severity FROM allergies ORDER BY patient_id, substance"},
		},
	})
}

// clinicHazards: the dropped audit_log (DL101), two column renames
// (BC102), allergies.severity NOT NULL (BC103, DF102), unique insurance
// numbers over NULLs and one diagnosis per code (DF101), the new kind
// check over seeded kinds (DF105), new defaults (BC106); the BloodType
// widening comes from GormDBDataType (BC105 where sizes exist).
func clinicHazards(d string) []string {
	switch d {
	case "postgres":
		return codes("BC101 BC102 BC103 BC105 BC106 DF101 DF102 DF105 DL101 IR101 IR102 IR103 LK101 LK105 LK106 PF102 RW101 TX103 TX104")
	case "mysql":
		return codes("BC101 BC102 BC103 BC105 BC106 DF101 DF102 DF105 DL101 IR101 IR102 IR103 IR104 LK105 PF102 RW101 TX102 TX103")
	default:
		return codes("BC101 BC102 BC103 BC106 DF101 DF102 DF105 DL101 DL104 IR101 IR102 PF102 RW105")
	}
}
