package model

import (
	"time"
)

const (
	ScopeNezhaAll = "nezha:*"

	// inventory 资源域：管理后台对“服务器清单”本身的枚举与删除（列出 GET /server、
	// 删除 batch-delete/server、server-group 的列出/删除，以及 MCP server.list）。
	// 刻意与 nezha:server:* 分开：后者是对已知 server 的运行态操作（exec / 文件读写 /
	// 编辑 / metrics），而 inventory 是“能看到/能删哪些机器”的台账权限。拆开后，
	// 一张只跑命令的 PAT 不必同时具备遍历和删除整个清单的能力。
	ScopeInventoryRead   = "nezha:inventory:read"
	ScopeInventoryDelete = "nezha:inventory:delete"

	ScopeServerRead   = "nezha:server:read"
	ScopeServerWrite  = "nezha:server:write"
	ScopeServerDelete = "nezha:server:delete"
	ScopeServerExec   = "nezha:server:exec"

	ScopeServiceRead   = "nezha:service:read"
	ScopeServiceWrite  = "nezha:service:write"
	ScopeServiceDelete = "nezha:service:delete"

	ScopeAlertRuleRead   = "nezha:alertrule:read"
	ScopeAlertRuleWrite  = "nezha:alertrule:write"
	ScopeAlertRuleDelete = "nezha:alertrule:delete"

	ScopeCronRead   = "nezha:cron:read"
	ScopeCronWrite  = "nezha:cron:write"
	ScopeCronDelete = "nezha:cron:delete"
	ScopeCronExec   = "nezha:cron:exec"

	ScopeDDNSRead   = "nezha:ddns:read"
	ScopeDDNSWrite  = "nezha:ddns:write"
	ScopeDDNSDelete = "nezha:ddns:delete"

	ScopeNATRead   = "nezha:nat:read"
	ScopeNATWrite  = "nezha:nat:write"
	ScopeNATDelete = "nezha:nat:delete"

	ScopeNotificationRead   = "nezha:notification:read"
	ScopeNotificationWrite  = "nezha:notification:write"
	ScopeNotificationDelete = "nezha:notification:delete"

	ScopeNotificationGroupRead   = "nezha:notification-group:read"
	ScopeNotificationGroupWrite  = "nezha:notification-group:write" // #nosec G101 -- scope identifier, not a credential
	ScopeNotificationGroupDelete = "nezha:notification-group:delete"

	ScopeTransferRead   = "nezha:transfer:read"
	ScopeTransferWrite  = "nezha:transfer:write"
	ScopeTransferDelete = "nezha:transfer:delete"

	ScopeAdminAll = "nezha:admin:*"
)

// APITokenPrefix 是明文 token 的人类可识别前缀。`nzp_` = nezha personal access token。
const APITokenPrefix = "nzp_"

// APIToken 是用户用于程序化访问的长期凭证。MCP 接入点 /mcp 用它做鉴权。
// 双层鉴权：闸 1 用 UserID 复用 Server.HasPermission；闸 2 用 Scopes / ServerIDs。
type APIToken struct {
	ID         uint64     `gorm:"primaryKey" json:"id,omitempty"`
	UserID     uint64     `gorm:"index" json:"user_id,omitempty"`
	Name       string     `gorm:"type:varchar(128)" json:"name,omitempty"`
	TokenHash  string     `gorm:"uniqueIndex;type:char(64)" json:"-"`
	ScopesCSV  string     `gorm:"type:text" json:"-"`
	ServersCSV string     `gorm:"type:text" json:"-"`
	ExpiresAt  *time.Time `gorm:"index" json:"expires_at,omitempty"`
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	LastUsedIP string     `gorm:"type:varchar(64)" json:"last_used_ip,omitempty"`
	CreatedAt  time.Time  `json:"created_at,omitempty"`
	UpdatedAt  time.Time  `gorm:"autoUpdateTime" json:"updated_at,omitempty"`
}

// APITokenCreateRequest 是创建 PAT 接口的入参。
type APITokenCreateRequest struct {
	Name          string   `json:"name" binding:"required,max=128"`
	Scopes        []string `json:"scopes" binding:"required,min=1,dive,max=64"`
	ServerIDs     []uint64 `json:"server_ids,omitempty"`
	ExpiresInDays int      `json:"expires_in_days,omitempty"` // 0 = 永不过期
}

// APITokenCreateResponse 创建 PAT 接口的出参；明文 token 仅在此刻返回一次。
type APITokenCreateResponse struct {
	ID        uint64     `json:"id"`
	Name      string     `json:"name"`
	Token     string     `json:"token"`
	Scopes    []string   `json:"scopes"`
	ServerIDs []uint64   `json:"server_ids,omitempty"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// APITokenView 是 PAT 列表展示用的脱敏视图。
type APITokenView struct {
	ID         uint64     `json:"id"`
	Name       string     `json:"name"`
	Scopes     []string   `json:"scopes"`
	ServerIDs  []uint64   `json:"server_ids,omitempty"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	LastUsedIP string     `json:"last_used_ip,omitempty"`
	CreatedAt  time.Time  `json:"created_at"`
}
