package scenarios

import (
	hrv1 "github.com/autogen-dev/autogen/internal/scenarios/apps/hr/v1"
	hrv2 "github.com/autogen-dev/autogen/internal/scenarios/apps/hr/v2"
)

func init() {
	register(app{
		name: "hr", dir: "hr",
		v1Models: hrv1.Models, v2Models: hrv2.Models, seed: hrv1.Seed,
		hazards: hrHazards,
		keep: []check{
			{v1: "SELECT code, name FROM hr_departments ORDER BY code"},
			{v1: "SELECT e.employee_no, e.last_name, e.email, m.employee_no, d.code, e.grade, e.status FROM employees e JOIN hr_departments d ON d.id = e.department_id LEFT JOIN employees m ON m.id = e.manager_id ORDER BY e.employee_no"},
			{v1: "SELECT e.employee_no, s.name FROM employee_skills es JOIN employees e ON e.id = es.employee_id JOIN skills s ON s.id = es.skill_id ORDER BY e.employee_no, s.name"},
			{v1: "SELECT employee_id, pay_period_id, CAST(gross * 100 AS INTEGER), CAST(net * 100 AS INTEGER) FROM payslips ORDER BY employee_id, pay_period_id",
				v2: "SELECT employee_id, pay_period_id, CAST(gross * 100 AS INTEGER), CAST(net_pay * 100 AS INTEGER) FROM payslips ORDER BY employee_id, pay_period_id"},
			{v1: "SELECT employee_id, kind, CAST(days * 2 AS INTEGER) FROM leaves ORDER BY id"},
		},
	})
}

// hrHazards: dropped middle_name and leaves.approved (DL102, BC101), the
// payslip rename (BC102), new NOT NULLs over seeded rows (BC103, DF102 on
// hr_departments.name), unique e-mail over NULLs and unique period starts
// (DF101), the wider status check (DF105), new defaults (BC106); on SQLite,
// where middle_name and phone are both TEXT, the drop + add is a possible
// rename (DL103).
func hrHazards(d string) []string {
	switch d {
	case "postgres":
		return codes("BC101 BC102 BC103 BC105 BC106 DF101 DF102 DF105 DL102 IR101 IR102 IR103 LK101 LK105 LK106 PF102 RW101 TX103 TX104")
	case "mysql":
		return codes("BC101 BC102 BC103 BC105 BC106 DF101 DF102 DF105 DL102 IR101 IR102 IR103 IR104 LK105 PF102 RW101 TX102 TX103")
	default:
		return codes("BC101 BC102 BC103 BC106 DF101 DF102 DF105 DL102 DL103 DL104 IR101 IR102 IR103 PF102 RW105")
	}
}
