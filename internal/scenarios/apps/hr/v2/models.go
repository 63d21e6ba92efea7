// Package v2 is the HR and payroll system after the benefits project.
package v2

import (
	"time"

	"gorm.io/gorm"
)

// Department is an org unit, now charged to a cost center.
type Department struct {
	ID         uint
	Code       string `gorm:"size:10;not null;uniqueIndex"`
	Name       string `gorm:"size:100;not null"`
	CostCenter string `gorm:"size:12;not null;default:'CC-000';comment:finance cost center"`
}

// TableName puts HR tables under one prefix.
func (Department) TableName() string { return "hr_departments" }

// Employee is on the payroll.
type Employee struct {
	gorm.Model
	EmployeeNo   string  `gorm:"size:20;not null;uniqueIndex"`
	FirstName    string  `gorm:"size:60;not null"`
	LastName     string  `gorm:"size:60;not null;index:idx_employees_name,priority:1"`
	Email        *string `gorm:"size:120;uniqueIndex"`
	Phone        *string `gorm:"size:20"`
	DepartmentID uint
	Department   Department
	ManagerID    *uint
	Manager      *Employee
	HiredOn      time.Time
	Salary       float64   `gorm:"type:decimal(12,2);not null"`
	Grade        int32     `gorm:"default:1"`
	Status       string    `gorm:"size:12;default:'active';check:chk_employees_status,status IN ('active','on_leave','terminated')"`
	Skills       []Skill   `gorm:"many2many:employee_skills"`
	Benefits     []Benefit `gorm:"many2many:employee_benefits"`
}

// Skill is something an employee can do.
type Skill struct {
	ID   uint
	Name string `gorm:"size:80;not null;uniqueIndex"`
}

// PayPeriod is a month of payroll; periods never overlap.
type PayPeriod struct {
	ID       uint
	StartsOn time.Time `gorm:"uniqueIndex"`
	EndsOn   time.Time
	Closed   bool `gorm:"not null;default:false"`
}

// Payslip is one employee's pay for a period.
type Payslip struct {
	ID          uint
	EmployeeID  uint `gorm:"uniqueIndex:idx_payslips_emp_period"`
	Employee    Employee
	PayPeriodID uint `gorm:"uniqueIndex:idx_payslips_emp_period"`
	PayPeriod   PayPeriod
	Gross       float64 `gorm:"type:decimal(10,2)"`
	NetPay      float64 `gorm:"type:decimal(10,2)" autogen:"renamed_from:net"`
	Tax         float64 `gorm:"type:decimal(10,2);default:0"`
}

// Leave is time off, with a workflow state instead of a flag.
type Leave struct {
	ID         uint
	EmployeeID uint
	Employee   Employee
	Kind       string `gorm:"size:20"`
	Days       float64
	Status     string `gorm:"size:12;not null;default:'pending'"`
}

// Benefit is a perk employees enrol in.
type Benefit struct {
	ID          uint
	Name        string  `gorm:"size:80;not null;uniqueIndex"`
	MonthlyCost float64 `gorm:"type:decimal(8,2)"`
}

// Models are the structs HR migrates, in its AutoMigrate order.
func Models() []any {
	return []any{&Department{}, &Skill{}, &Benefit{}, &Employee{}, &PayPeriod{}, &Payslip{}, &Leave{}}
}
