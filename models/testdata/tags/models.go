// Package tags exercises the GORM tags autogen reads.
package tags

import (
	"database/sql"
	"time"

	"gorm.io/gorm"
)

// Status is a named basic type.
type Status string

// Audit is embedded by value into other models, never a table itself.
type Audit struct {
	CreatedBy string `gorm:"size:64"`
	UpdatedBy string `gorm:"size:64;index"`
}

// Address is embedded with a prefix.
type Address struct {
	Street string
	City   string `gorm:"size:80"`
}

// Company is the target of Account's belongs-to.
type Company struct {
	ID   int
	Name string `gorm:"not null"`
}

// Account covers columns, types, defaults and indexes.
type Account struct {
	gorm.Model
	Audit
	Home       Address `gorm:"embedded;embeddedPrefix:home_"`
	Email      string  `gorm:"uniqueIndex;size:320"`
	Nick       string  `gorm:"column:nickname;index:idx_nick_lower,where:deleted_at IS NULL"`
	Status     Status  `gorm:"size:20;default:active;not null"`
	Plan       string  `gorm:"default:'free'"`
	Balance    float64 `gorm:"precision:12;scale:2;default:0"`
	Ratio      float32
	Age        int8   `gorm:"check:age >= 0"`
	Score      *int32 `gorm:"check:score_range,score < 1000"`
	Level      uint16
	Counter    int64 `gorm:"type:bigint;default:0"`
	Avatar     []byte
	Seen       sql.NullTime
	Nickname2  sql.NullString `gorm:"size:40"`
	Visits     sql.NullInt64
	Enabled    sql.NullBool `gorm:"default:false"`
	First      string       `gorm:"index:idx_name,priority:2"`
	Last       string       `gorm:"index:idx_name,priority:1"`
	Token      string       `gorm:"type:varchar(32);unique"`
	LoggedAt   *time.Time   `gorm:"precision:3"`
	CompanyID  int
	Company    Company
	Ignored    string `gorm:"-"`
	IgnoredAll string `gorm:"-:all"`
	NoMigrate  string `gorm:"-:migration"`
	Cards      []CreditCard
	Profile    Profile `gorm:"constraint:OnUpdate:CASCADE,OnDelete:SET NULL"`
	Notes      []Note  `gorm:"constraint:-"`
	secret     string
}

// CreditCard is the child of a has-many: fk_accounts_cards on credit_cards.
type CreditCard struct {
	ID        uint
	Number    string `gorm:"size:19;not null"`
	AccountID uint
}

// Profile is the child of a has-one.
type Profile struct {
	ID        uint
	AccountID uint
	Bio       string `gorm:"size:200"`
}

// Note is a has-many child whose constraint is off.
type Note struct {
	ID        uint
	AccountID uint
	Text      string `gorm:"not null"`
}

// Language has a string primary key: no auto-increment.
type Language struct {
	Code string `gorm:"primaryKey;size:8"`
	Name string
}

// OrderItem has a composite primary key.
type OrderItem struct {
	OrderID     uint   `gorm:"primaryKey;autoIncrement:false"`
	ProductCode string `gorm:"primaryKey;size:16"`
	Quantity    int    `gorm:"not null;default:1"`
}

// Setting names its own table.
type Setting struct {
	Key   string `gorm:"primaryKey"`
	Value string
}

// TableName is read statically.
func (Setting) TableName() string { return "app_settings" }

// Team and Member: the has-many suppresses the member's belongs-to
// (fk_teams_members only).
type Team struct {
	ID      uint
	Name    string `gorm:"size:40"`
	Members []Member
}

// Member belongs to a team.
type Member struct {
	ID     uint
	TeamID uint `gorm:"not null"`
	Team   Team
}

// Tag is many2many: skipped for now.
type Tag struct {
	ID       uint
	Label    string     `gorm:"uniqueIndex:uq_label"`
	Accounts []*Account `gorm:"many2many:account_tags"`
}

// LongName's index name is longer than PostgreSQL's 63 bytes: GORM's
// NamingStrategy cuts and hashes it (differently for 63 and 64).
type LongName struct {
	ID                                             uint
	AVeryLongFieldNameThatPushesTheIndexNameOverIt string `gorm:"index;unique"`
}

// Employee references itself: a belongs-to on its own table.
type Employee struct {
	ID        uint
	Name      string `gorm:"size:50"`
	ManagerID *uint
	Manager   *Employee
}

// Default covers the default: forms.
type Default struct {
	ID      uint
	Stamp   time.Time `gorm:"not null;default:CURRENT_TIMESTAMP"`
	Code    string    `gorm:"default:upper('x')"`
	Quoted  string    `gorm:"default:it's"`
	Managed string    `gorm:"default:(-)"`
	Nothing string    `gorm:"default:null"`
	Ratio   float64   `gorm:"default:1.5"`
	Neg     int       `gorm:"default:-3"`
	Hex     uint      `gorm:"default:0x10"`
	Day     time.Time `gorm:"default:2020-01-02"`
}
