package model

// This file is not from nezhahq/nezha: it is the scenario's entry point
// (the models in the order service/singleton/singleton.go passes them to
// AutoMigrate, then ServiceHistory as tsdb.go migrates it, and a
// deterministic seed).

import (
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Models are the structs nezha's dashboard migrates, in its order (its
// list names NotificationGroupNotification twice; GORM migrates it once).
func Models() []any {
	return []any{Server{}, User{}, ServerGroup{}, NotificationGroup{},
		Notification{}, AlertRule{}, Service{}, NotificationGroupNotification{},
		Cron{}, Transfer{}, ServerGroupServer{},
		NAT{}, DDNSProfile{}, NotificationGroupNotification{},
		WAF{}, Oauth2Bind{}, ServerTransfer{}, JWTSession{},
		APIToken{}, MCPAuditLog{}, ServiceHistory{}}
}

var t0 = time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)

func at(i int) time.Time { return t0.Add(time.Duration(i) * time.Minute) }

func ptr[T any](v T) *T { return &v }

func gen[T any](n int, f func(i int) T) []T {
	rows := make([]T, 0, n)
	for i := 1; i <= n; i++ {
		rows = append(rows, f(i))
	}
	return rows
}

func common(i int) Common {
	return Common{ID: uint64(i), CreatedAt: at(i), UpdatedAt: at(i), UserID: 1}
}

// Seed writes a dashboard with 5 users, 50 servers and their monitoring
// history; every value comes from a loop index.
func Seed(db *gorm.DB) error {
	db = db.Omit(clause.Associations).Session(&gorm.Session{})
	steps := []struct {
		name string
		rows any
	}{
		{"users", gen(5, func(i int) User {
			return User{Common: common(i), Username: fmt.Sprintf("admin%d", i), Password: fmt.Sprintf("$2a$10$%065d", i), Role: Role(i % 2), AgentSecret: fmt.Sprintf("%032d", i)}
		})},
		{"servers", gen(50, func(i int) *Server {
			return &Server{Common: common(i), Name: fmt.Sprintf("node-%02d", i), UUID: fmt.Sprintf("00000000-0000-4000-8000-%012d", i), Note: fmt.Sprintf("rack %d", i%5),
				DisplayIndex: i, HideForGuest: i%7 == 0, DDNSProfilesRaw: "[]", OverrideDDNSDomainsRaw: "{}"}
		})},
		{"server_groups", gen(5, func(i int) ServerGroup { return ServerGroup{Common: common(i), Name: fmt.Sprintf("group %d", i)} })},
		{"server_group_servers", gen(50, func(i int) ServerGroupServer {
			return ServerGroupServer{Common: common(i), ServerGroupId: uint64(i%5 + 1), ServerId: uint64(i)}
		})},
		{"notification_groups", gen(3, func(i int) NotificationGroup {
			return NotificationGroup{Common: common(i), Name: fmt.Sprintf("oncall %d", i)}
		})},
		{"notifications", gen(6, func(i int) Notification {
			return Notification{Common: common(i), Name: fmt.Sprintf("hook %d", i), URL: fmt.Sprintf("https://hooks.example/%d", i), RequestMethod: 1, RequestType: 1,
				RequestHeader: "{}", RequestBody: `{"text":"#NEZHA#"}`, VerifyTLS: ptr(true), FormatMetricUnits: ptr(i%2 == 0)}
		})},
		{"notification_group_notifications", gen(6, func(i int) NotificationGroupNotification {
			return NotificationGroupNotification{Common: common(i), NotificationGroupID: uint64((i-1)/2 + 1), NotificationID: uint64(i)}
		})},
		{"alert_rules", gen(10, func(i int) AlertRule {
			return AlertRule{Common: common(i), Name: fmt.Sprintf("cpu %d", i), RulesRaw: `[{"type":"cpu","max":90}]`, Enable: ptr(i%3 != 0), NotificationGroupID: uint64(i%3 + 1),
				FailTriggerTasksRaw: "[]", RecoverTriggerTasksRaw: "[]"}
		})},
		{"services", gen(20, func(i int) Service {
			return Service{Common: common(i), Name: fmt.Sprintf("http %d", i), Type: uint8(i%3 + 1), Target: fmt.Sprintf("https://svc%d.example", i), SkipServersRaw: "[]",
				Duration: 30, DisplayIndex: i, Notify: true, NotificationGroupID: 1, FailTriggerTasksRaw: "[]", RecoverTriggerTasksRaw: "[]", MaxLatency: 500}
		})},
		{"service_histories", gen(1000, func(i int) ServiceHistory {
			return ServiceHistory{ID: uint64(i), CreatedAt: at(i), UpdatedAt: at(i), ServiceID: uint64(i%20 + 1), ServerID: uint64(i%50 + 1),
				AvgDelay: float64(i%400) / 4, Up: uint64(i % 30), Down: uint64(i % 3), Data: ""}
		})},
		{"crons", gen(10, func(i int) Cron {
			return Cron{Common: common(i), Name: fmt.Sprintf("backup %d", i), Scheduler: "0 0 3 * * *", Command: "/opt/backup.sh", NotificationGroupID: 1, LastExecutedAt: at(i), ServersRaw: "[]"}
		})},
		{"transfers", gen(200, func(i int) Transfer {
			return Transfer{Common: common(i), ServerID: uint64(i%50 + 1), In: uint64(i * 1 << 20), Out: uint64(i * 3 << 19)}
		})},
		{"nats", gen(10, func(i int) NAT {
			return NAT{Common: common(i), Enabled: i%2 == 0, Name: fmt.Sprintf("nat %d", i), ServerID: uint64(i), Host: fmt.Sprintf("127.0.0.1:%d", 8000+i), Domain: fmt.Sprintf("n%d.example.net", i)}
		})},
		{"d_dns_profiles", gen(5, func(i int) DDNSProfile {
			return DDNSProfile{Common: common(i), EnableIPv4: ptr(true), EnableIPv6: ptr(false), MaxRetries: 3, Name: fmt.Sprintf("ddns %d", i), Provider: "webhook", DomainsRaw: "[]"}
		})},
		{"wafs", gen(20, func(i int) WAF {
			return WAF{IP: []byte(fmt.Sprintf("%016d", i)), BlockIdentifier: int64(-i), BlockReason: uint8(i % 4), BlockTimestamp: uint64(1740000000 + i), Count: uint64(i)}
		})},
		{"oauth2_binds", gen(5, func(i int) Oauth2Bind {
			return Oauth2Bind{Common: common(i), UserID: uint64(i), Provider: "github", OpenID: fmt.Sprint(1000 + i)}
		})},
		{"server_transfers", gen(5, func(i int) ServerTransfer {
			return ServerTransfer{Common: common(i), ServerID: uint64(i), FromUserID: 1, ToUserID: 2, InitiatorID: 1, HandshakeSecret: fmt.Sprintf("%032d", i), RevertHandshakeSecret: fmt.Sprintf("%032d", i+100)}
		})},
		{"jwt_sessions", gen(20, func(i int) JWTSession {
			return JWTSession{KeyID: fmt.Sprintf("%064d", i), UserID: uint64(i%5 + 1), IP: "10.0.0.1", UAHash: fmt.Sprintf("%064d", i*3), TokenVersion: 1, ExpiresAt: at(i + 10000), CreatedAt: at(i), LastUsedAt: at(i)}
		})},
		{"api_tokens", gen(10, func(i int) APIToken {
			return APIToken{ID: uint64(i), UserID: uint64(i%5 + 1), Name: fmt.Sprintf("ci %d", i), TokenHash: fmt.Sprintf("%064x", i), ScopesCSV: "server:read", ServersCSV: "", CreatedAt: at(i), UpdatedAt: at(i)}
		})},
		{"mcp_audit_logs", gen(100, func(i int) MCPAuditLog {
			return MCPAuditLog{ID: uint64(i), CreatedAt: at(i), UserID: 1, TokenID: uint64(i%10 + 1), Tool: "list_servers", ArgsHash: fmt.Sprintf("%064d", i), Outcome: MCPOutcomeOK, DurationMs: int64(i), IP: "10.0.0.2"}
		})},
	}
	for _, s := range steps {
		if err := db.CreateInBatches(s.rows, 100).Error; err != nil {
			return fmt.Errorf("seed %s: %w", s.name, err)
		}
	}
	return nil
}
