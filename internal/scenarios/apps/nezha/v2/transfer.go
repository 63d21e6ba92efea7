package model

type Transfer struct {
	Common
	ServerID uint64 `json:"server_id" gorm:"column:server_id;index:idx_transfers_server"`
	In       uint64 `json:"in"`
	Out      uint64 `json:"out"`
}
