package model

// This file is not from nezhahq/nezha. The copied declarations name a few
// types of nezha's runtime dependencies; these local stand-ins replace
// them (see SOURCE.md). None reaches a column: each is on a gorm:"-"
// field, an unexported field or an interface method.

// cronEntryID stands for github.com/robfig/cron/v3.EntryID (an int).
type cronEntryID int

// ginContext stands for github.com/gin-gonic/gin.Context.
type ginContext struct{}

// websocketConn stands for github.com/gorilla/websocket.Conn.
type websocketConn struct{}

// pbRequestTaskServer and pbReportSystemStateServer stand for nezha's
// gRPC stream interfaces (proto.NezhaService_*Server).
type (
	pbRequestTaskServer       interface{}
	pbReportSystemStateServer interface{}
)
