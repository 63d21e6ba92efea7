package v2

import (
	"time"

	"gorm.io/datatypes"
)

// Pipeline is a CI run for a commit.
type Pipeline struct {
	Model
	RepositoryID UUID `gorm:"index"`
	Repository   Repository
	CommitSHA    string `gorm:"size:40"`
	Status       string `gorm:"size:16"`
	RunNumber    int
	Jobs         []Job
}

// Job is a unit of a pipeline run on one runner, in an environment when
// it deploys.
//
//autogen:renamed_from ci_jobs
type Job struct {
	ID            uint
	PipelineID    UUID   `gorm:"index"`
	Name          string `gorm:"size:100"`
	Status        string `gorm:"size:16"`
	EnvironmentID *uint
	Environment   *Environment
	RunnerID      *uint
	Runner        *Runner
	ExitCode      int `gorm:"check:chk_ci_jobs_exit,exit_code >= 0 AND exit_code < 256"`
	Steps         []Step
}

// TableName: CI tables share a prefix; jobs are named after pipelines now
// that workflow jobs exist too.
func (Job) TableName() string { return "ci_pipeline_jobs" }

// Step is a command of a job.
type Step struct {
	ID       uint
	JobID    uint
	Name     string `gorm:"size:100"`
	Number   int
	Duration int64
}

// TableName: CI tables share a prefix.
func (Step) TableName() string { return "ci_steps" }

// Runner executes jobs.
type Runner struct {
	ID         uint
	Name       string `gorm:"size:80;uniqueIndex"`
	Labels     datatypes.JSON
	LastSeenAt *time.Time
	Online     bool
}

// Artifact is a file a job produced.
type Artifact struct {
	ID        uint
	JobID     uint
	Job       Job
	Name      string `gorm:"size:200"`
	Size      int64
	ExpiresAt time.Time
}

// Secret is an encrypted CI variable.
type Secret struct {
	ID           uint
	RepositoryID UUID   `gorm:"uniqueIndex:idx_secret_repo_name"`
	Name         string `gorm:"size:100;uniqueIndex:idx_secret_repo_name"`
	Ciphertext   []byte
}

// Variable is a plain CI variable.
type Variable struct {
	ID           uint
	RepositoryID UUID   `gorm:"index"`
	Name         string `gorm:"size:100"`
	Value        string `gorm:"size:1000"`
}

// Cache is a CI cache entry.
type Cache struct {
	ID           uint
	RepositoryID UUID   `gorm:"index"`
	Key          string `gorm:"size:200"`
	Size         int64
	LastHitAt    *time.Time
}

// Environment is a deployment target with its own secrets and reviewers.
type Environment struct {
	ID            uint
	RepositoryID  UUID   `gorm:"uniqueIndex:idx_env_repo_name"`
	Name          string `gorm:"size:100;uniqueIndex:idx_env_repo_name"`
	WaitMinutes   int    `gorm:"not null;default:0;check:chk_environments_wait,wait_minutes >= 0"`
	ProtectedOnly bool   `gorm:"default:true"`
}
