package model

import (
	"time"
)

type ServerTransferStatus uint8

const (
	// ServerTransferStatusPending means the dashboard has flipped Server.UserID
	// to the new owner and queued an ApplyConfig task to swap the agent's
	// client_secret. Auth still accepts the old owner's AgentSecret for this
	// UUID until verification arrives or the transfer times out.
	ServerTransferStatusPending ServerTransferStatus = iota
	// ServerTransferStatusVerified means the agent successfully reconnected
	// using the new owner's AgentSecret. Auth no longer tolerates the old
	// owner's secret on this UUID.
	ServerTransferStatusVerified
	// ServerTransferStatusFailed means the agent explicitly reported the
	// ApplyConfig task as unsuccessful (e.g. DisableCommandExecute). The
	// dashboard has rolled Server.UserID back to FromUserID.
	ServerTransferStatusFailed
	// ServerTransferStatusTimeout means the verification window expired
	// without the agent reconnecting under the new secret. The dashboard has
	// rolled Server.UserID back to FromUserID.
	ServerTransferStatusTimeout
	// ServerTransferStatusCancelled means an administrator cancelled the
	// transfer before any verification event was observed. The dashboard has
	// rolled Server.UserID back to FromUserID.
	ServerTransferStatusCancelled
)

type ServerTransfer struct {
	Common
	ServerID    uint64               `json:"server_id" gorm:"index"`
	FromUserID  uint64               `json:"from_user_id"`
	ToUserID    uint64               `json:"to_user_id"`
	InitiatorID uint64               `json:"initiator_id"`
	Status      ServerTransferStatus `json:"status" gorm:"index"`
	LastError   string               `json:"last_error,omitempty"`
	AckedAt     *time.Time           `json:"acked_at,omitempty"`
	// HandshakeSecret is a per-transfer random credential that PushIfOnline
	// delivers in place of the destination user's global AgentSecret. The
	// agent treats it as a temporary handshake token: it rotates to this
	// secret on the 10s reload, reconnects, and the dashboard's auth path
	// recognises it as proof of transfer delivery (MarkVerified). It is
	// scoped to this single transfer and to this single UUID — leaking it
	// to the previous owner who hijacks the stream still does NOT expose
	// the destination user's other agents. Never returned to API clients.
	HandshakeSecret string `json:"-" gorm:"type:char(32)"`
	// RevertHandshakeSecret is the same idea for the rollback path: when
	// the dashboard pushes a revert ApplyConfig over a stream now held by
	// the destination user, we must not embed the source user's global
	// AgentSecret. Instead the agent rotates back through this token, which
	// is recognised by the auth path during the revert window only.
	RevertHandshakeSecret string `json:"-" gorm:"type:char(32)"`
}

type BatchMoveServerResultStatus string

const (
	// BatchMoveServerResultPending: ServerTransfer row created, agent push
	// in progress. Callers should watch the WS for terminal status.
	BatchMoveServerResultPending BatchMoveServerResultStatus = "pending"
	// BatchMoveServerResultPermissionDenied: caller cannot move this server.
	BatchMoveServerResultPermissionDenied BatchMoveServerResultStatus = "permission_denied"
	// BatchMoveServerResultAlreadyTransferring: server already has an in-flight
	// ServerTransfer row, cancel or wait first.
	BatchMoveServerResultAlreadyTransferring BatchMoveServerResultStatus = "already_transferring"
	// BatchMoveServerResultServerNotFound: server id does not exist.
	BatchMoveServerResultServerNotFound BatchMoveServerResultStatus = "server_not_found"
	// BatchMoveServerResultSameOwner: target user already owns this server.
	BatchMoveServerResultSameOwner BatchMoveServerResultStatus = "same_owner"
	// BatchMoveServerResultAgentTooOld: agent build does not understand
	// TaskTypeServerTransferApply, so the rotation would never complete and
	// dashboard refuses to start it. Operator must upgrade the agent.
	BatchMoveServerResultAgentTooOld BatchMoveServerResultStatus = "agent_too_old"
)

// BatchMoveServerResult is one entry in the batchMoveServer response, one
// per requested server id, in the same order.
type BatchMoveServerResult struct {
	ServerID   uint64                      `json:"server_id"`
	Status     BatchMoveServerResultStatus `json:"status"`
	TransferID uint64                      `json:"transfer_id,omitempty"`
	Error      string                      `json:"error,omitempty"`
}
