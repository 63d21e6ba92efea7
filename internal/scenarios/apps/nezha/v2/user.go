package model

import (
	"time"
)

type Role uint8

const (
	RoleAdmin Role = iota
	RoleMember
)

const DefaultAgentSecretLength = 32

type User struct {
	Common
	Username       string  `json:"username,omitempty" gorm:"uniqueIndex"`
	Password       string  `json:"-" gorm:"type:char(72)"`
	Role           Role    `json:"role"`
	AgentSecret    string  `json:"agent_secret,omitempty" gorm:"type:char(32)"`
	RejectPassword bool    `json:"reject_password,omitempty"`
	TokenVersion   uint64  `json:"-" gorm:"not null;default:0"`
	Email          *string `json:"email,omitempty" gorm:"size:255;uniqueIndex"`
}

type UserInfo struct {
	Role        Role
	Username    string
	AgentSecret string
}

type OnlineUser struct {
	UserID      uint64    `json:"user_id,omitempty"`
	ConnectedAt time.Time `json:"connected_at,omitempty"`
	IP          string    `json:"ip,omitempty"`

	Conn *websocketConn `json:"-"`
}
