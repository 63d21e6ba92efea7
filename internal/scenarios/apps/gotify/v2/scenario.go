package model

// This file is not from gotify/server: it lists the models of the
// scenario's next version in AutoMigrate order.

// Models are the structs the next version migrates.
func Models() []any {
	return []any{new(User), new(Application), new(Message), new(Client), new(PluginConf), new(Webhook)}
}
