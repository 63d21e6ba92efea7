package v2

import (
	"time"

	"gorm.io/gorm"
)

// Department is an organizational unit.
type Department struct {
	ID        uint
	Name      string `gorm:"size:80"`
	ManagerID *uint
}

// Employee is a person on the payroll; everyone has a mailbox since v2.
type Employee struct {
	gorm.Model
	DepartmentID uint
	Department   Department
	Name         string `gorm:"size:120"`
	Email        string `gorm:"size:160;not null"`
	HiredOn      time.Time
	Salary       float64 `gorm:"precision:10;scale:2"`
}

// TimeEntry is a worked interval.
type TimeEntry struct {
	ID         uint `gorm:"primaryKey"`
	EmployeeID uint
	Employee   Employee
	Start      time.Time
	End        time.Time
	Hours      float64
}

// LeaveRequest is an employee asking for days off.
type LeaveRequest struct {
	ID         uint
	EmployeeID uint
	Employee   Employee
	StartsOn   time.Time
	EndsOn     time.Time
	Status     string `gorm:"size:16"`
}
