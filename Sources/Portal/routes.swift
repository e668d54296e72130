import Vapor

/// The table of contents: one line per feature.
func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: AssetsController())
    try app.register(collection: LanguageController())
    try app.register(collection: SignInController())
    try app.register(collection: HomeController())
    try app.register(collection: AccountController())
    try app.register(collection: AccountActivityController())
    try app.register(collection: PatientController())
    try app.register(collection: DocumentsController())
    try app.register(collection: ResultsController())
    try app.register(collection: ImagingController())
    try app.register(collection: HealthListsController())
    try app.register(collection: RestrictionsController())
    try app.register(collection: RecordSearchController())
    try app.register(collection: AccessOverviewController())
    try app.register(collection: GrantToolsController())
    try app.register(collection: ActivationController())
    try app.register(collection: SignUpController())
    try app.register(collection: EnrollmentQueueController())
    try app.register(collection: AuditTrailController())
    try app.register(collection: MailStatusController())
    try app.register(collection: MemberToolsController())
    try app.register(collection: ImportController())
    try app.register(collection: MemberInboxController())
    try app.register(collection: ThreadsController())
    try app.register(collection: ThreadActionsController())
    try app.register(collection: PoolInboxController())
    try app.register(collection: SavedRepliesController())
    try app.register(collection: PatientCareTeamsController())
    try app.register(collection: CareTeamSetupController())
    if let directory = app.portal.config.mailDirectory, app.portal.config.mode != .production {
        try app.register(collection: DevMailboxController(directory: MailDirectory(path: directory, from: "")))
    }
}
