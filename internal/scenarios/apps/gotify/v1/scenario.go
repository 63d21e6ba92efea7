package model

// This file is not from gotify/server: it is the scenario's entry point
// (the models in the order database/database.go passes them to AutoMigrate,
// and a deterministic seed).

import (
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Models are the structs gotify's database.New migrates, in its order.
func Models() []any {
	return []any{new(User), new(Application), new(Message), new(Client), new(PluginConf)}
}

var t0 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

// Seed writes 20 users with 5 applications, 5 clients and 60 messages each,
// and a plugin configuration per user; every value comes from a loop index.
func Seed(db *gorm.DB) error {
	db = db.Omit(clause.Associations).Session(&gorm.Session{})
	const users, perUser, msgsPerApp = 20, 5, 12
	var us []User
	for i := 1; i <= users; i++ {
		u := User{Name: fmt.Sprintf("user%02d", i), Pass: fmt.Appendf(nil, "$2a$10$hash%02d", i), Admin: i == 1, CreatedAt: t0}
		if i%4 == 0 {
			u.OIDCID = ptr(fmt.Sprintf("https://id.example.com#sub-%d", i))
		}
		us = append(us, u)
	}
	if err := db.Create(&us).Error; err != nil {
		return fmt.Errorf("seed users: %w", err)
	}
	var apps []Application
	var clients []Client
	var plugins []PluginConf
	for i := 1; i <= users; i++ {
		for j := 1; j <= perUser; j++ {
			n := (i-1)*perUser + j
			apps = append(apps, Application{Token: fmt.Sprintf("A%014d", n), UserID: uint(i), Name: fmt.Sprintf("app %d", n),
				Description: fmt.Sprintf("application %d of user %d", j, i), Internal: j == 1, Image: fmt.Sprintf("image/%d.png", n),
				DefaultPriority: j % 3 * 2, CreatedAt: t0.Add(time.Duration(n) * time.Minute), SortKey: fmt.Sprintf("a%d", j)})
			c := Client{Token: fmt.Sprintf("C%014d", n), UserID: uint(i), Name: fmt.Sprintf("phone %d", n), CreatedAt: t0}
			if j%2 == 0 {
				c.ExpiresAfterInactivitySeconds = 2592000
				c.LastUsed = ptr(t0.Add(time.Duration(n) * time.Hour))
				c.PopulateExpiresAt()
			}
			clients = append(clients, c)
		}
		plugins = append(plugins, PluginConf{UserID: uint(i), ModulePath: "github.com/gotify/server/plugin/example/echo",
			Token: fmt.Sprintf("P%014d", i), ApplicationID: uint((i-1)*perUser + 1), Enabled: i%2 == 0, CreatedAt: t0,
			Config: []byte("key: value\n"), Storage: fmt.Appendf(nil, "state-%d", i)})
	}
	for _, step := range []struct {
		name string
		rows any
	}{{"applications", apps}, {"clients", clients}, {"plugin_confs", plugins}} {
		if err := db.CreateInBatches(step.rows, 100).Error; err != nil {
			return fmt.Errorf("seed %s: %w", step.name, err)
		}
	}
	var msgs []Message
	for a := 1; a <= len(apps); a++ {
		for k := 1; k <= msgsPerApp; k++ {
			n := (a-1)*msgsPerApp + k
			m := Message{ApplicationID: uint(a), Message: fmt.Sprintf("**Backup** %d finished", n), Title: fmt.Sprintf("Backup %d", n),
				Priority: n % 11, Date: t0.Add(time.Duration(n) * time.Second)}
			if n%5 == 0 {
				m.Extras = fmt.Appendf(nil, `{"client::display":{"contentType":"text/markdown"},"n":%d}`, n)
			}
			msgs = append(msgs, m)
		}
	}
	if err := db.CreateInBatches(msgs, 200).Error; err != nil {
		return fmt.Errorf("seed messages: %w", err)
	}
	return nil
}

func ptr[T any](v T) *T { return &v }
