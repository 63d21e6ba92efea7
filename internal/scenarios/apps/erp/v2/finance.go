package v2

import (
	"time"
)

// Account is a general-ledger account.
type Account struct {
	ID   uint
	Code string `gorm:"size:16;uniqueIndex"`
	Name string `gorm:"size:120"`
	Kind string `gorm:"size:16;check:chk_gl_accounts_kind,kind IN ('asset','liability','equity','income','expense')"`
}

// TableName: "accounts" is taken by the customer-facing side in reports.
func (Account) TableName() string { return "gl_accounts" }

// JournalEntry is a balanced booking.
type JournalEntry struct {
	ID       uint
	PostedAt time.Time
	Memo     string        `gorm:"size:200"`
	Lines    []JournalLine `gorm:"foreignKey:EntryID"`
}

// JournalLine is one side of a booking.
type JournalLine struct {
	ID        uint
	EntryID   uint
	AccountID uint
	Account   Account
	Debit     float64 `gorm:"precision:14;scale:2"`
	Credit    float64 `gorm:"precision:14;scale:2"`
}

// FiscalPeriod is a month of a fiscal year.
type FiscalPeriod struct {
	ID     uint
	Year   int `gorm:"uniqueIndex:idx_period_year_month"`
	Month  int `gorm:"uniqueIndex:idx_period_year_month"`
	Closed bool
}

// CostCenter groups costs for reporting.
type CostCenter struct {
	ID   uint
	Code string `gorm:"size:16;uniqueIndex"`
	Name string `gorm:"size:80"`
}

// BankAccount is a company's account at a bank.
type BankAccount struct {
	ID        uint
	CompanyID uint
	Company   Company
	IBAN      string `gorm:"size:34;uniqueIndex"`
	Currency  string `gorm:"size:3"`
}

// BankTransaction is a line of a bank statement.
type BankTransaction struct {
	ID            uint
	BankAccountID uint
	BankAccount   BankAccount
	Amount        float64 `gorm:"precision:14;scale:2"`
	BookedAt      time.Time
	Reference     string `gorm:"size:100"`
}
