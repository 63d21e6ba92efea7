package v2

import "time"

// User is an account.
type User struct {
	Model
	Login       string  `gorm:"size:40;uniqueIndex;not null"`
	DisplayName string  `gorm:"size:120" autogen:"renamed_from:full_name"`
	AvatarURL   string  `gorm:"size:300"`
	IsAdmin     bool    `gorm:"default:false"`
	Following   []*User `gorm:"many2many:user_follows"`
	Emails      []Email
	SSHKeys     []SSHKey
}

// Email is an address of a user; one is primary.
type Email struct {
	ID       uint
	UserID   UUID   `gorm:"index"`
	Address  string `gorm:"size:160;uniqueIndex"`
	Primary  bool
	Verified bool
}

// TableName: "emails" is the outgoing mail queue's name in ops' tools.
func (Email) TableName() string { return "user_emails" }

// SSHKey is a public key for git over SSH.
type SSHKey struct {
	ID          uint
	UserID      UUID   `gorm:"index"`
	Title       string `gorm:"size:80"`
	Fingerprint string `gorm:"size:64;uniqueIndex"`
	PublicKey   string `gorm:"size:2000"`
	LastUsedAt  *time.Time
}

// GPGKey verifies signed commits.
type GPGKey struct {
	ID        uint
	UserID    UUID `gorm:"index"`
	User      User
	LongKeyID string `gorm:"size:16;uniqueIndex" autogen:"renamed_from:key_id"`
	Armor     string `gorm:"size:4000"`
}

// AccessToken is a personal access token; Name is unique per user.
type AccessToken struct {
	Model
	UserID    UUID `gorm:"uniqueIndex:idx_token_user_name,where:revoked_at IS NULL"`
	User      User
	Name      string   `gorm:"size:80;uniqueIndex:idx_token_user_name"`
	HashedKey string   `gorm:"size:64;uniqueIndex"`
	Scopes    []string `gorm:"serializer:json"`
	RevokedAt *time.Time
}

// OAuthApp is a third-party application.
type OAuthApp struct {
	Model
	OwnerID      UUID
	Owner        User
	Name         string   `gorm:"size:80"`
	ClientID     string   `gorm:"size:40;uniqueIndex"`
	RedirectURIs []string `gorm:"serializer:json"`
}

// OAuthGrant is a user's consent to an application.
type OAuthGrant struct {
	ID         uint
	OAuthAppID UUID
	OAuthApp   OAuthApp
	UserID     UUID
	Scope      string `gorm:"size:200"`
}

// UserSetting holds a user's preferences; one row each.
type UserSetting struct {
	UserID   UUID   `gorm:"primaryKey"`
	Theme    string `gorm:"size:16;default:'system'"`
	Timezone string `gorm:"size:40;default:'UTC'"`
}

// TwoFactor is a user's TOTP secret.
type TwoFactor struct {
	ID            uint
	UserID        UUID   `gorm:"uniqueIndex"`
	Secret        string `gorm:"size:64"`
	Enabled       bool
	RecoveryCodes []string `gorm:"serializer:json"`
}

// WebSession is a browser session.
type WebSession struct {
	Key       string `gorm:"primaryKey;size:64"`
	UserID    UUID   `gorm:"index"`
	Data      []byte
	ExpiresAt time.Time `gorm:"index"`
}

// TableName: "sessions" would clash with the CI runner sessions.
func (WebSession) TableName() string { return "web_sessions" }
