package v1

// Models lists the structs in the order the forge's migrate command passes
// them to AutoMigrate, by domain.
func Models() []any {
	return []any{
		// tenancy
		&Plan{}, &Organization{}, &OrgMember{}, &Team{}, &Subscription{}, &BillingInvoice{},
		&UsageRecord{}, &Quota{},
		// users
		&User{}, &Email{}, &SSHKey{}, &GPGKey{}, &AccessToken{}, &OAuthApp{}, &OAuthGrant{},
		&UserSetting{}, &TwoFactor{}, &WebSession{},
		// repositories
		&Repository{}, &Branch{}, &ProtectedBranch{}, &RepoTag{}, &Release{}, &ReleaseAsset{},
		&Commit{}, &CommitStatus{}, &Collaborator{}, &Star{}, &Watch{}, &DeployKey{},
		&Webhook{}, &HookDelivery{}, &Topic{}, &LFSObject{}, &Mirror{},
		// issues and pull requests
		&Milestone{}, &Label{}, &Issue{}, &Comment{}, &Reaction{}, &IssueEvent{}, &Attachment{},
		&Project{}, &ProjectColumn{}, &ProjectCard{},
		&PullRequest{}, &PRReview{}, &ReviewComment{}, &MergeQueueEntry{},
		// CI
		&Runner{}, &Pipeline{}, &Job{}, &Step{}, &Artifact{}, &Secret{}, &Variable{}, &Cache{},
		// packages
		&Package{}, &PackageVersion{}, &PackageFile{},
		// wiki, pages, notifications, audit
		&WikiPage{}, &WikiRevision{}, &PagesSite{}, &Domain{}, &Notification{},
		&ThreadSubscription{}, &EmailQueue{}, &AuditEvent{},
	}
}
