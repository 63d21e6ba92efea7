package v1

import (
	"fmt"
	"time"

	"github.com/google/uuid"
	"gorm.io/datatypes"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// t0 is the seed's clock: every time is an offset from it.
var t0 = time.Date(2025, 2, 3, 8, 0, 0, 0, time.UTC)

// id is a deterministic UUID for row i of a kind.
func id(kind string, i int) UUID {
	return UUID(uuid.NewSHA1(uuid.NameSpaceOID, fmt.Appendf(nil, "forge/%s/%d", kind, i)).String())
}

func ptr[T any](v T) *T { return &v }

// gen makes n rows, row i from f(i), i from 1.
func gen[T any](n int, f func(i int) T) []T {
	rows := make([]T, 0, n)
	for i := 1; i <= n; i++ {
		rows = append(rows, f(i))
	}
	return rows
}

func at(i int) time.Time { return t0.Add(time.Duration(i) * time.Minute) }

const (
	nPlans    = 3
	nOrgs     = 10
	nUsers    = 100
	nRepos    = 200
	nIssues   = 600
	nPulls    = 200
	nCommits  = 600
	nReleases = 100
	nRunners  = 10
	nJobs     = 400
	nPackages = 30
	nWikis    = 60
	nWebhooks = 40
	nTopics   = 20
	nLabels   = 200
	nReviews  = 200
	nProjects = 10
	nSites    = 20
	nOAuth    = 10
)

// Seed fills a fresh v1 database through GORM, parents first, each table
// in one batch run; many2many rows are written to their join tables.
func Seed(db *gorm.DB) error {
	db = db.Omit(clause.Associations).Session(&gorm.Session{})
	org := func(i int) UUID { return id("org", i%nOrgs+1) }
	user := func(i int) UUID { return id("user", i%nUsers+1) }
	repo := func(i int) UUID { return id("repo", i%nRepos+1) }
	steps := []struct {
		name string
		rows any
	}{
		{"plans", gen(nPlans, func(i int) Plan {
			return Plan{Model: Model{ID: id("plan", i)}, Code: []string{"free", "team", "enterprise"}[i-1], Price: float64(i-1) * 21, SeatLimit: 5 * i * i}
		})},
		{"organizations", gen(nOrgs, func(i int) Organization {
			o := Organization{Model: Model{ID: id("org", i)}, Slug: fmt.Sprintf("org-%d", i), Name: fmt.Sprintf("Organization %d", i),
				PlanID: ptr(id("plan", i%nPlans+1)), Settings: datatypes.JSON(fmt.Sprintf(`{"sso":%t}`, i%2 == 0)), Audit: Audit{CreatedByID: ptr(id("user", i))}}
			if i%3 != 0 {
				o.BillingEmail = ptr(fmt.Sprintf("billing@org%d.example", i))
			}
			return o
		})},
		{"users", gen(nUsers, func(i int) User {
			u := User{Model: Model{ID: id("user", i)}, Login: fmt.Sprintf("user%03d", i), FullName: fmt.Sprintf("User %d", i), IsAdmin: i == 1}
			if i%4 == 0 {
				u.Website = fmt.Sprintf("https://user%d.example", i)
			}
			if i%25 == 0 {
				u.DeletedAt = gorm.DeletedAt{Time: t0, Valid: true}
			}
			return u
		})},
		{"org_members", gen(nUsers, func(i int) OrgMember {
			return OrgMember{OrganizationID: org(i), UserID: id("user", i), Role: []string{"member", "owner"}[i%2], JoinedAt: at(i)}
		})},
		{"teams", gen(2*nOrgs, func(i int) Team {
			return Team{Model: Model{ID: id("team", i)}, OrganizationID: org(i), Name: fmt.Sprintf("team %d", i)}
		})},
		{"subscriptions", gen(nOrgs, func(i int) Subscription {
			return Subscription{Model: Model{ID: id("sub", i)}, OrganizationID: id("org", i), PlanID: id("plan", i%nPlans+1), Seats: 5 + i, RenewsAt: t0.AddDate(0, 1, i)}
		})},
		{"billing_invoices", gen(6*nOrgs, func(i int) BillingInvoice {
			b := BillingInvoice{Model: Model{ID: id("inv", i)}, OrganizationID: org(i), Number: fmt.Sprintf("B-%06d", i), Amount: float64(i*37%5000) / 10}
			if i%3 != 0 {
				b.PaidAt = ptr(at(i))
			}
			return b
		})},
		{"usage_records", gen(200, func(i int) UsageRecord {
			return UsageRecord{OrganizationID: org(i), Metric: []string{"ci_minutes", "storage_gb"}[i%2], Quantity: float64(i*13%1000) / 8, RecordedAt: at(i)}
		})},
		{"quota", gen(2*nOrgs, func(i int) Quota {
			return Quota{OrganizationID: id("org", (i-1)/2+1), Metric: []string{"ci_minutes", "storage_gb"}[i%2], Limit: int64(1000 * i)}
		})},
		{"user_emails", gen(nUsers, func(i int) Email {
			return Email{UserID: id("user", i), Address: fmt.Sprintf("user%d@mail.example", i), Primary: true, Verified: i%5 != 0}
		})},
		{"ssh_keys", gen(nUsers, func(i int) SSHKey {
			return SSHKey{UserID: user(i), Title: fmt.Sprintf("laptop %d", i), Fingerprint: fmt.Sprintf("SHA256:%043d", i), PublicKey: fmt.Sprintf("ssh-ed25519 AAAAC3Nza%d", i)}
		})},
		{"gpg_keys", gen(30, func(i int) GPGKey {
			return GPGKey{UserID: user(i), KeyID: fmt.Sprintf("%016X", i*7919), Armor: "-----BEGIN PGP PUBLIC KEY BLOCK-----"}
		})},
		{"access_tokens", gen(nUsers, func(i int) AccessToken {
			t := AccessToken{Model: Model{ID: id("token", i)}, UserID: id("user", i), Name: "ci", HashedKey: fmt.Sprintf("%064d", i), Scopes: []string{"repo", "read:org"}}
			if i%7 == 0 {
				t.RevokedAt = ptr(at(i))
			}
			return t
		})},
		{"o_auth_apps", gen(nOAuth, func(i int) OAuthApp {
			return OAuthApp{Model: Model{ID: id("oauth", i)}, OwnerID: user(i), Name: fmt.Sprintf("app %d", i), ClientID: fmt.Sprintf("Iv1.%012d", i), RedirectURIs: []string{fmt.Sprintf("https://app%d.example/cb", i)}}
		})},
		{"o_auth_grants", gen(40, func(i int) OAuthGrant {
			return OAuthGrant{OAuthAppID: id("oauth", i%nOAuth+1), UserID: user(i), Scope: "read:user"}
		})},
		{"user_settings", gen(nUsers, func(i int) UserSetting {
			return UserSetting{UserID: id("user", i), Theme: []string{"auto", "dark", "light"}[i%3], Timezone: "UTC"}
		})},
		{"two_factors", gen(30, func(i int) TwoFactor {
			return TwoFactor{UserID: id("user", i), Secret: fmt.Sprintf("JBSWY3DPEHPK3PX%d", i), Enabled: true}
		})},
		{"web_sessions", gen(50, func(i int) WebSession {
			return WebSession{Key: fmt.Sprintf("sess-%05d", i), UserID: user(i), Data: []byte("{}"), ExpiresAt: t0.AddDate(0, 0, i)}
		})},
		{"repositories", gen(nRepos, func(i int) Repository {
			r := Repository{Model: Model{ID: id("repo", i)}, OrganizationID: org(i), Name: fmt.Sprintf("repo-%d", i), Description: fmt.Sprintf("Repository %d", i),
				Visibility: []Visibility{"public", "internal", "private"}[i%3], DefaultBranch: "master", SizeKB: int64(i * 512), Audit: Audit{CreatedByID: ptr(user(i))}}
			if i%10 == 0 {
				r.MirrorInterval = 3600
			}
			return r
		})},
		{"branches", gen(2*nRepos, func(i int) Branch {
			return Branch{RepositoryID: id("repo", (i-1)/2+1), Name: []string{"main", "develop"}[i%2], HeadSHA: fmt.Sprintf("%040x", i)}
		})},
		{"protected_branches", gen(50, func(i int) ProtectedBranch {
			return ProtectedBranch{RepositoryID: repo(i), Pattern: "main", RequiredReviews: i%3 + 1}
		})},
		{"repo_tags", gen(nRepos, func(i int) RepoTag {
			return RepoTag{RepositoryID: repo(i), Name: fmt.Sprintf("v1.%d.0", i%10), SHA: fmt.Sprintf("%040x", i*3)}
		})},
		{"releases", gen(nReleases, func(i int) Release {
			return Release{Model: Model{ID: id("release", i)}, RepositoryID: repo(i), AuthorID: user(i), TagName: fmt.Sprintf("v1.%d.0", i%10),
				Title: fmt.Sprintf("Release %d", i), Body: "Bug fixes.", Draft: i%9 == 0, DownloadCount: int32(i * 31)}
		})},
		{"release_assets", gen(2*nReleases, func(i int) ReleaseAsset {
			return ReleaseAsset{ReleaseID: id("release", (i-1)/2+1), Name: fmt.Sprintf("bin-%d.tar.gz", i), Size: int64(i * 1024)}
		})},
		{"commits", gen(nCommits, func(i int) Commit {
			return Commit{RepositoryID: id("repo", (i-1)/3+1), SHA: fmt.Sprintf("%040x", 1000+i), AuthorEmail: fmt.Sprintf("user%d@mail.example", i%nUsers+1),
				Message: fmt.Sprintf("fix: issue %d", i), CommittedAt: at(i)}
		})},
		{"commit_statuses", gen(nCommits, func(i int) CommitStatus {
			return CommitStatus{CommitID: uint(i), Context: "ci/build", State: []string{"pending", "success", "failure", "error"}[i%4]}
		})},
		{"collaborators", gen(nRepos, func(i int) Collaborator {
			return Collaborator{RepositoryID: id("repo", i), UserID: user(i), Permission: []string{"read", "write", "admin"}[i%3]}
		})},
		{"stars", gen(300, func(i int) Star {
			return Star{UserID: id("user", (i-1)/3+1), RepositoryID: id("repo", i%nRepos+1), CreatedAt: at(i)}
		})},
		{"watches", gen(nRepos, func(i int) Watch {
			return Watch{UserID: user(i), RepositoryID: id("repo", i), Mode: i%2 + 1}
		})},
		{"deploy_keys", gen(40, func(i int) DeployKey {
			return DeployKey{RepositoryID: repo(i), Title: "deploy", Fingerprint: fmt.Sprintf("SHA256:d%042d", i), ReadOnly: true}
		})},
		{"webhooks", gen(nWebhooks, func(i int) Webhook {
			return Webhook{Model: Model{ID: id("hook", i)}, RepositoryID: repo(i), URL: fmt.Sprintf("https://ci.example/hook/%d", i), Events: []string{"push", "pull_request"}, Active: i%4 != 0}
		})},
		{"hook_deliveries", gen(200, func(i int) HookDelivery {
			return HookDelivery{WebhookID: id("hook", i%nWebhooks+1), StatusCode: []int{200, 202, 500}[i%3], Request: datatypes.JSON(fmt.Sprintf(`{"n":%d}`, i)), DeliveredAt: at(i)}
		})},
		{"topics", gen(nTopics, func(i int) Topic { return Topic{Name: fmt.Sprintf("topic-%d", i)} })},
		{"lfs_objects", gen(100, func(i int) LFSObject {
			return LFSObject{RepositoryID: repo(i), OID: fmt.Sprintf("%064x", i), Size: int64(i * 4096)}
		})},
		{"mirrors", gen(20, func(i int) Mirror {
			return Mirror{RepositoryID: id("repo", 10*i), RemoteURL: fmt.Sprintf("https://upstream.example/r%d.git", i)}
		})},
		{"milestones", gen(60, func(i int) Milestone {
			return Milestone{RepositoryID: repo(i), Title: fmt.Sprintf("Sprint %d", i), DueOn: ptr(t0.AddDate(0, 0, 14*i))}
		})},
		{"labels", gen(nLabels, func(i int) Label {
			return Label{RepositoryID: repo(i), Name: []string{"bug", "feature", "docs", "chore"}[i%4], Color: "#ff0000"}
		})},
		{"issues", gen(nIssues, func(i int) Issue {
			is := Issue{Model: Model{ID: id("issue", i)}, RepositoryID: id("repo", (i-1)/3+1), Number: (i-1)%3 + 1, Title: fmt.Sprintf("Issue %d", i),
				Body: fmt.Sprintf("Steps to reproduce %d", i), AuthorID: user(i), State: []string{"open", "closed"}[i%2]}
			if i%4 == 0 {
				is.MilestoneID = ptr(uint(i%60 + 1))
			}
			if i%2 == 1 {
				is.ClosedAt = ptr(at(i))
			}
			return is
		})},
		{"pull_requests", gen(nPulls, func(i int) PullRequest {
			p := PullRequest{Model: Model{ID: id("pr", i)}, RepositoryID: repo(i), Number: 100 + i, Title: fmt.Sprintf("PR %d", i), HeadBranch: fmt.Sprintf("feature/%d", i), BaseBranch: "main"}
			if i%2 == 0 {
				p.MergedAt = ptr(at(i))
			}
			return p
		})},
		{"comments", gen(1200, func(i int) Comment {
			c := Comment{CommentableID: id("issue", i%nIssues+1), CommentableType: "issues", AuthorID: user(i), Body: fmt.Sprintf("comment %d", i), CreatedAt: at(i)}
			if i%4 == 0 {
				c.CommentableID, c.CommentableType = id("pr", i%nPulls+1), "pull_requests"
			}
			return c
		})},
		{"reactions", gen(300, func(i int) Reaction {
			return Reaction{SubjectID: id("issue", i), SubjectType: "issues", UserID: user(i), Emoji: []string{"+1", "heart", "rocket"}[i%3]}
		})},
		{"issue_events", gen(nIssues, func(i int) IssueEvent {
			return IssueEvent{IssueID: id("issue", i), Kind: []string{"labeled", "closed", "assigned"}[i%3], ActorID: user(i), At: at(i)}
		})},
		{"attachments", gen(60, func(i int) Attachment {
			return Attachment{IssueID: id("issue", 10*i), FileName: fmt.Sprintf("screenshot-%d.png", i), ContentType: "image/png", Size: int64(i * 2048)}
		})},
		{"projects", gen(nProjects, func(i int) Project {
			return Project{Model: Model{ID: id("project", i)}, OrganizationID: id("org", i), Name: fmt.Sprintf("Roadmap %d", i)}
		})},
		{"project_columns", gen(3*nProjects, func(i int) ProjectColumn {
			return ProjectColumn{ProjectID: id("project", (i-1)/3+1), Name: []string{"Todo", "Doing", "Done"}[(i-1)%3], Position: (i-1)%3 + 1}
		})},
		{"project_cards", gen(90, func(i int) ProjectCard {
			c := ProjectCard{ProjectColumnID: uint((i-1)/3 + 1), Position: (i-1)%3 + 1}
			if i%2 == 0 {
				c.IssueID = ptr(id("issue", i))
			} else {
				c.Note = fmt.Sprintf("note %d", i)
			}
			return c
		})},
		{"pr_reviews", gen(nReviews, func(i int) PRReview {
			return PRReview{PullRequestID: id("pr", i), ReviewerID: user(i + 1), State: []string{"approved", "changes_requested"}[i%2], SubmittedAt: at(i)}
		})},
		{"review_comments", gen(300, func(i int) ReviewComment {
			return ReviewComment{PRReviewID: uint(i%nReviews + 1), Path: fmt.Sprintf("src/file%d.go", i%17), Line: i % 200, Body: "nit"}
		})},
		{"merge_queue_entries", gen(20, func(i int) MergeQueueEntry {
			return MergeQueueEntry{PullRequestID: id("pr", 2*i-1), Position: i, EnqueuedAt: at(i)}
		})},
		{"runners", gen(nRunners, func(i int) Runner {
			return Runner{Name: fmt.Sprintf("runner-%02d", i), Labels: datatypes.JSON(`["linux","x64"]`), Online: i%3 != 0}
		})},
		{"pipelines", gen(nRepos, func(i int) Pipeline {
			return Pipeline{Model: Model{ID: id("pipeline", i)}, RepositoryID: id("repo", i), CommitSHA: fmt.Sprintf("%040x", 1000+3*i), Status: []string{"success", "failed"}[i%2], RunNumber: i}
		})},
		{"ci_jobs", gen(nJobs, func(i int) Job {
			j := Job{PipelineID: id("pipeline", (i-1)/2+1), Name: []string{"build", "test"}[i%2], Status: "done", ExitCode: i % 2}
			if i%5 != 0 {
				j.RunnerID = ptr(uint(i%nRunners + 1))
			}
			return j
		})},
		{"ci_steps", gen(2*nJobs, func(i int) Step {
			return Step{JobID: uint((i-1)/2 + 1), Name: []string{"checkout", "run"}[i%2], Number: (i-1)%2 + 1, Duration: int64(i % 300)}
		})},
		{"artifacts", gen(100, func(i int) Artifact {
			return Artifact{JobID: uint(4 * i), Name: "coverage.out", Size: int64(i * 100), ExpiresAt: t0.AddDate(0, 3, 0)}
		})},
		{"secrets", gen(100, func(i int) Secret {
			return Secret{RepositoryID: id("repo", (i-1)/2+1), Name: []string{"DEPLOY_KEY", "NPM_TOKEN"}[i%2], Ciphertext: fmt.Appendf(nil, "enc-%d", i)}
		})},
		{"variables", gen(100, func(i int) Variable {
			return Variable{RepositoryID: repo(i), Name: "GOFLAGS", Value: "-mod=readonly"}
		})},
		{"caches", gen(50, func(i int) Cache {
			return Cache{RepositoryID: repo(i), Key: fmt.Sprintf("go-mod-%d", i), Size: int64(i * 8192)}
		})},
		{"packages", gen(nPackages, func(i int) Package {
			return Package{Model: Model{ID: id("package", i)}, OrganizationID: org(i), Kind: []string{"npm", "maven", "container"}[i%3], Name: fmt.Sprintf("pkg-%d", i), Visibility: []Visibility{"public", "private"}[i%2]}
		})},
		{"package_versions", gen(3*nPackages, func(i int) PackageVersion {
			return PackageVersion{PackageID: id("package", (i-1)/3+1), Version: fmt.Sprintf("1.0.%d", (i-1)%3), PublishedAt: at(i)}
		})},
		{"package_files", gen(6*nPackages, func(i int) PackageFile {
			return PackageFile{PackageVersionID: uint((i-1)/2 + 1), Name: fmt.Sprintf("file-%d.tgz", i), SHA256: fmt.Sprintf("%064x", i*11), Size: int64(i * 300)}
		})},
		{"wiki_pages", gen(nWikis, func(i int) WikiPage {
			return WikiPage{RepositoryID: repo(i), Slug: fmt.Sprintf("page-%d", i), Title: fmt.Sprintf("Page %d", i)}
		})},
		{"wiki_revisions", gen(2*nWikis, func(i int) WikiRevision {
			return WikiRevision{WikiPageID: uint((i-1)/2 + 1), AuthorID: user(i), Content: fmt.Sprintf("# Page\nrevision %d", i), CreatedAt: at(i)}
		})},
		{"pages_sites", gen(nSites, func(i int) PagesSite {
			return PagesSite{RepositoryID: id("repo", 3*i), Branch: "gh-pages", HTTPSOnly: i%2 == 0}
		})},
		{"domains", gen(nSites, func(i int) Domain {
			return Domain{PagesSiteID: uint(i), Host: fmt.Sprintf("docs%d.example.org", i)}
		})},
		{"notifications", gen(500, func(i int) Notification {
			n := Notification{UserID: user(i), RepositoryID: repo(i), Reason: []string{"mention", "review_requested", "subscribed"}[i%3], Subject: fmt.Sprintf("Issue %d", i), CreatedAt: at(i)}
			if i%3 == 0 {
				n.ReadAt = ptr(at(i + 60))
			}
			return n
		})},
		{"thread_subscriptions", gen(100, func(i int) ThreadSubscription {
			return ThreadSubscription{UserID: user(i), SubjectID: id("issue", i), Ignored: i%4 == 0}
		})},
		{"email_queues", gen(50, func(i int) EmailQueue {
			return EmailQueue{To: fmt.Sprintf("user%d@mail.example", i), Subject: "New comment", Body: "Someone replied."}
		})},
		{"audit_events", gen(300, func(i int) AuditEvent {
			return AuditEvent{OrganizationID: org(i), ActorID: user(i), Action: []string{"repo.create", "member.add", "hook.update"}[i%3], Data: datatypes.JSON(fmt.Sprintf(`{"i":%d}`, i)), At: at(i)}
		})},
	}
	for _, s := range steps {
		if err := db.CreateInBatches(s.rows, 100).Error; err != nil {
			return fmt.Errorf("seed %s: %w", s.name, err)
		}
	}
	return seedJoins(db, user, repo)
}

// seedJoins fills the many2many join tables.
func seedJoins(db *gorm.DB, user, repo func(int) UUID) error {
	joins := []struct {
		table string
		rows  []map[string]any
	}{
		{"team_members", gen(100, func(i int) map[string]any {
			return map[string]any{"team_id": id("team", (i-1)/5+1), "user_id": id("user", i)}
		})},
		{"team_repositories", gen(60, func(i int) map[string]any {
			return map[string]any{"team_id": id("team", (i-1)/3+1), "repository_id": id("repo", i)}
		})},
		{"user_follows", gen(150, func(i int) map[string]any {
			return map[string]any{"user_id": id("user", (i-1)/3+1), "following_id": id("user", (i+7)%nUsers+1)}
		})},
		{"repository_topics", gen(300, func(i int) map[string]any {
			return map[string]any{"repository_id": id("repo", (i-1)%nRepos+1), "topic_id": (i-1)/nRepos*7 + (i-1)%nTopics%7 + 1}
		})},
		{"issue_labels", gen(nIssues, func(i int) map[string]any {
			return map[string]any{"issue_id": id("issue", i), "label_id": (i-1)/3%nLabels + 1}
		})},
	}
	for _, j := range joins {
		if err := db.Table(j.table).CreateInBatches(j.rows, 100).Error; err != nil {
			return fmt.Errorf("seed %s: %w", j.table, err)
		}
	}
	return nil
}
