package model

import (
	"sync"
	"sync/atomic"
	"time"
)

type Server struct {
	Common

	Name                   string `json:"name"`
	UUID                   string `json:"uuid,omitempty" gorm:"unique"`
	AdminNote              string `json:"note,omitempty" autogen:"renamed_from:note"` // 管理员可见备注
	PublicNote             string `json:"public_note,omitempty"`                      // 公开备注
	DisplayIndex           int    `json:"display_index"`                              // 展示排序，越大越靠前
	HideForGuest           bool   `json:"hide_for_guest,omitempty"`
	Archived               bool   `json:"archived,omitempty" gorm:"not null;default:false"` // 对游客隐藏
	EnableDDNS             bool   `json:"enable_ddns,omitempty"`                            // 启用DDNS
	DDNSProfilesRaw        string `gorm:"default:'[]';column:ddns_profiles_raw" json:"-"`
	OverrideDDNSDomainsRaw string `gorm:"default:'{}';column:override_ddns_domains_raw" json:"-"`

	DDNSProfiles        []uint64            `gorm:"-" json:"ddns_profiles,omitempty" validate:"optional"` // DDNS配置
	OverrideDDNSDomains map[uint64][]string `gorm:"-" json:"override_ddns_domains,omitempty" validate:"optional"`

	Host       *Host      `gorm:"-" json:"host,omitempty"`
	State      *HostState `gorm:"-" json:"state,omitempty"`
	GeoIP      *GeoIP     `gorm:"-" json:"geoip,omitempty"`
	LastActive time.Time  `gorm:"-" json:"last_active,omitempty"`

	// taskStream MUST be accessed only via SetTaskStream / GetTaskStream. Direct
	// field access from outside this file races with the gRPC RequestTask
	// handler that reassigns the stream on every reconnect — a torn read of the
	// two-word interface header would panic on a subsequent .Send call. The
	// atomic.Pointer + holder struct lets us swap the stream lock-free while
	// every reader observes a single, consistent value. The holder also carries
	// the send mutex so CopyFromRunningServer can share it across the old/new
	// *Server objects that briefly co-exist during edit/transfer rotations —
	// otherwise two *Server pointers would hold the same gRPC stream behind
	// two independent mutexes, defeating the "one SendMsg goroutine per stream"
	// invariant grpc-go requires.
	taskStream  atomic.Pointer[taskStreamHolder]
	runtime     atomic.Pointer[serverRuntimeHolder]
	ConfigCache chan any `gorm:"-" json:"-"`

	PrevTransferInSnapshot  uint64 `gorm:"-" json:"-"` // 上次数据点时的入站使用量
	PrevTransferOutSnapshot uint64 `gorm:"-" json:"-"` // 上次数据点时的出站使用量
}

type taskStreamHolder struct {
	s      pbRequestTaskServer
	sendMu sync.Mutex
}

type serverRuntimeHolder struct {
	mu         sync.Mutex
	canonical  *Server
	stream     pbReportSystemStateServer
	generation uint64
	state      *HostState
	host       *Host
	lastActive time.Time
	prevIn     uint64
	prevOut    uint64
}

type StateStreamLease struct {
	holder     *serverRuntimeHolder
	generation uint64
}

type RuntimeHandle struct {
	holder *serverRuntimeHolder
}

type HostReportResult struct {
	ServerID uint64
	UUID     string
	Applied  bool
	Initial  bool
	Equal    bool
	Stale    bool
	Restart  bool
	Transfer Transfer
}

// RuntimeSnapshot is a deep copy of the mutable runtime state.
type RuntimeSnapshot struct {
	State                   *HostState
	Host                    *Host
	LastActive              time.Time
	PrevTransferInSnapshot  uint64
	PrevTransferOutSnapshot uint64
}

type ServerOwnerInfo struct {
	ID       uint64 `json:"id"`
	Username string `json:"username,omitempty"`
}

type serverJSON Server

type serverWithOwner struct {
	*serverJSON
	Owner *ServerOwnerInfo `json:"owner,omitempty"`
}

type APITokenWhitelistView interface {
	ServerIDs() []uint64
}
