// Package v1 is the HR and payroll system as first rolled out.
package v1

import (
	"time"

	"gorm.io/gorm"
)

// Department is an org unit.
type Department struct {
	ID   uint
	Code string `gorm:"size:10;not null;uniqueIndex"`
	Name string `gorm:"size:100"`
}

// TableName puts HR tables under one prefix.
func (Department) TableName() string { return "hr_departments" }

// Employee is on the payroll.
type Employee struct {
	gorm.Model
	EmployeeNo   string  `gorm:"size:20;not null;uniqueIndex"`
	FirstName    string  `gorm:"size:60;not null"`
	MiddleName   string  `gorm:"size:60"`
	LastName     string  `gorm:"size:60;not null"`
	Email        *string `gorm:"size:120"`
	DepartmentID uint
	Department   Department
	ManagerID    *uint
	Manager      *Employee
	HiredOn      time.Time
	Salary       float64 `gorm:"type:decimal(10,2);not null"`
	Grade        int16   `gorm:"default:1"`
	Status       string  `gorm:"size:12;default:'active';check:chk_employees_status,status IN ('active','terminated')"`
	Skills       []Skill `gorm:"many2many:employee_skills"`
}

// Skill is something an employee can do.
type Skill struct {
	ID   uint
	Name string `gorm:"size:50;not null;uniqueIndex"`
}

// PayPeriod is a month of payroll.
type PayPeriod struct {
	ID       uint
	StartsOn time.Time
	EndsOn   time.Time
	Closed   bool
}

// Payslip is one employee's pay for a period.
type Payslip struct {
	ID          uint
	EmployeeID  uint `gorm:"uniqueIndex:idx_payslips_emp_period"`
	Employee    Employee
	PayPeriodID uint `gorm:"uniqueIndex:idx_payslips_emp_period"`
	PayPeriod   PayPeriod
	Gross       float64 `gorm:"type:decimal(10,2)"`
	Net         float64 `gorm:"type:decimal(10,2)"`
}

// Leave is time off.
type Leave struct {
	ID         uint
	EmployeeID uint
	Employee   Employee
	Kind       string `gorm:"size:20"`
	Days       float32
	Approved   bool
}

// Models are the structs HR migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Department{}, &Skill{}, &Employee{}, &PayPeriod{}, &Payslip{}, &Leave{}}
}
