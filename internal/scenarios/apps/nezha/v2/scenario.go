package model

// This file is not from nezhahq/nezha: it lists the models of the
// scenario's next version (ours) in AutoMigrate order.

// Models are the structs nezha's dashboard migrates, in its order (its
// list names NotificationGroupNotification twice; GORM migrates it once).
func Models() []any {
	return []any{Server{}, User{}, ServerGroup{}, NotificationGroup{},
		Notification{}, AlertRule{}, Service{}, NotificationGroupNotification{},
		Cron{}, Transfer{}, ServerGroupServer{},
		NAT{}, DDNSProfile{}, NotificationGroupNotification{},
		WAF{}, Oauth2Bind{}, ServerTransfer{}, JWTSession{},
		APIToken{}, MCPAuditLog{}, ServiceHistory{}, Tag{}}
}
