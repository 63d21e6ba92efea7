package v1

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Seed writes departments, 30 employees (with managers), skills, 3 pay
// periods with a payslip each and leaves. Only every third employee has an
// e-mail: v2 makes it unique, and NULLs are not duplicates.
func Seed(db *gorm.DB) error {
	deps := []Department{{Code: "ENG", Name: "Engineering"}, {Code: "OPS", Name: "Operations"}, {Code: "FIN", Name: "Finance"}}
	if err := db.Create(&deps).Error; err != nil {
		return fmt.Errorf("departments: %w", err)
	}
	skills := []Skill{{Name: "go"}, {Name: "excel"}, {Name: "forklift"}, {Name: "sql"}}
	if err := db.Create(&skills).Error; err != nil {
		return fmt.Errorf("skills: %w", err)
	}
	hired := time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
	var emps []*Employee
	for i := 0; i < 30; i++ {
		e := &Employee{
			EmployeeNo: fmt.Sprintf("E%04d", i), FirstName: fmt.Sprintf("First%d", i), LastName: fmt.Sprintf("Last%d", i),
			DepartmentID: deps[i%3].ID, HiredOn: hired.AddDate(0, i, 0), Salary: 3000 + float64(i)*125.5,
			Grade: int16(1 + i%5), Status: []string{"active", "terminated"}[boolInt(i%7 == 6)],
			Skills: []Skill{skills[i%4]},
		}
		if i%3 == 0 {
			m := fmt.Sprintf("e%d@corp.test", i)
			e.Email = &m
		}
		if i >= 3 {
			e.ManagerID = &emps[i%3].ID
		}
		if err := db.Create(e).Error; err != nil {
			return fmt.Errorf("employee %d: %w", i, err)
		}
		emps = append(emps, e)
	}
	var periods []PayPeriod
	for m := 1; m <= 3; m++ {
		s := time.Date(2026, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		periods = append(periods, PayPeriod{StartsOn: s, EndsOn: s.AddDate(0, 1, -1), Closed: m < 3})
	}
	if err := db.Create(&periods).Error; err != nil {
		return fmt.Errorf("periods: %w", err)
	}
	var slips []Payslip
	for _, p := range periods {
		for _, e := range emps {
			slips = append(slips, Payslip{EmployeeID: e.ID, PayPeriodID: p.ID, Gross: e.Salary, Net: e.Salary * 0.7})
		}
	}
	if err := db.CreateInBatches(&slips, 50).Error; err != nil {
		return fmt.Errorf("payslips: %w", err)
	}
	var leaves []Leave
	for i := 0; i < 15; i++ {
		leaves = append(leaves, Leave{EmployeeID: emps[i*2].ID, Kind: []string{"vacation", "sick"}[i%2], Days: 0.5 * float32(i+1), Approved: i%3 != 0})
	}
	if err := db.Create(&leaves).Error; err != nil {
		return fmt.Errorf("leaves: %w", err)
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
