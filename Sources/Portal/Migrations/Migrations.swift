import Fluent

/// Every migration, in order. Merged migrations are frozen: change the schema with a new one.
enum PortalMigrations {
    static let all: [any Migration] = [
        CreatePatients(),
        CreateMembers(),
        CreateStaffUsers(),
        CreateAccessGrants(),
        CreateUserSessions(),
        CreateAuditTrail(),
        CreateSignInFailures(),
        CreateRecoveryCodes(),
        NameSpecialCircumstances(),
        CreateClinicalDocuments(),
        CreateStoredDocuments(),
        RecordGrantProvenance(),
        CreateOutbox(),
        CreateInvitations(),
        CreateEnrollmentRequests(),
        AddAuditSubject(),
        AccountRecovery(),
        CreateHealthRecord(),
        CreateResultViews(),
        IndexResultsByReport(),
        CreateMessaging(),
        CreateMessageAttachments(),
        CreateSavedReplies(),
        CreateAppointments(),
        CreateRenewals(),
        AddOutboxAudience(),
        RecordFamilyAudience(),
        AddCareTeamCategory(),
        AddClinicianMark(),
        AddOutboxItems(),
        CreateBrokenGlass(),
        AddBookedLabel(),
    ]
}
