import Foundation

/// What happened, before it is numbered and chained. Carries ids, never health information.
struct AuditEntry: Sendable {
    enum ActorKind: String, Sendable { case member, staff, anonymous, system }

    enum Action: String, Sendable, CaseIterable {
        case signIn = "sign_in"
        case signInSecondFactor = "sign_in.second_factor"
        case signOut = "sign_out"
        case signOutEverywhere = "sign_out.everywhere"
        case sessionEnded = "sign_out.one_browser"
        case passwordChanged = "password.changed"
        case passwordResetRequested = "password.reset_requested"
        case emailChangeRequested = "email.change_requested"
        case emailChanged = "email.changed"
        case passwordResetSecondFactor = "password.reset_second_factor"
        case passwordReset = "password.reset"
        case secondFactorEnabled = "second_factor.enabled"
        case recoveryCodeUsed = "second_factor.recovery_code_used"
        case secondFactorRemoved = "second_factor.removed"
        case emailCodeSent = "second_factor.email_code_sent"
        case recoveryCodesReplaced = "second_factor.recovery_codes_replaced"
        case reauthenticated = "account.reauthenticated"
        case patientView = "patient.view"
        case documentList = "document.list"
        case documentView = "document.view"
        case accessOverviewView = "access_overview.view"
        case accessEndedNotice = "access_ended.notice"
        case patientSearch = "patient.search"
        case grantsView = "grants.view"
        case grantAdded = "grant.added"
        case grantRevoked = "grant.revoked"
        case grantDocumentView = "grant.document_view"
        case invitationSent = "invitation.sent"
        case invitationWrongAnswer = "invitation.wrong_answer"
        case invitationActivated = "invitation.activated"
        case auditTrailView = "audit_trail.view"
        case enrollmentRequested = "enrollment.requested"
        case enrollmentQueueView = "enrollment.queue_view"
        case enrollmentView = "enrollment.view"
        case identityDocumentView = "identity_document.view"
        case enrollmentApproved = "enrollment.approved"
        case enrollmentRejected = "enrollment.rejected"
        case identityDocumentDeleted = "identity_document.deleted"
        case accountReported = "account.reported"
        case memberView = "member.view"
        case memberDeactivated = "member.deactivated"
        /// An account reached the limit of consecutive failed sign-ins, or had its lock lifted.
        case accountLocked = "account.locked"
        case accountUnlocked = "account.unlocked"
        case staffAccountCreated = "staff_account.created"
        case staffInvitationSent = "staff_account.invitation_sent"
        case staffRoleChanged = "staff_account.role_changed"
        case staffSecondFactorReset = "staff_account.second_factor_reset"
        case staffAccountClosed = "staff_account.closed"
        case staffAccountsView = "staff_account.view"
        case staffPasswordSet = "staff_account.password_set"
        case accountReportClosed = "account_report.closed"
        /// The EHR's feed (or `portal import`) wrote to a patient's health record.
        case recordImported = "record.imported"
        case resultList = "result.list"
        case resultView = "result.view"
        case imagingView = "imaging.view"
        case recordListView = "record_list.view"
        case documentFileView = "document.file_view"
        /// A print view opened: the health summary or the immunization record.
        case recordPrinted = "record.printed"
        /// SMART Health Cards of a patient's immunizations were signed (on the printed record, or as a file).
        case healthCardIssued = "health_card.issued"
        case shareCodesView = "share_code.list"
        case shareCodeCreated = "share_code.created"
        case shareCodeRevoked = "share_code.revoked"
        /// Someone entered a share code with a date of birth: the record shown, or refused.
        case shareCodeUsed = "share_code.used"
        case checkInView = "check_in.view"
        /// A step of a visit's online check-in was saved (or refused: the patient's own answer).
        case checkInSaved = "check_in.saved"
        case checkInCompleted = "check_in.completed"
        case insuranceCardView = "insurance_card.view"
        case insuranceCardDeleted = "insurance_card.deleted"
        /// An administrator changed which questionnaires a department asks.
        case departmentQuestionnairesChanged = "department.questionnaires_changed"
        /// `portal signing-keys rotate` or `withdraw`.
        case signingKeyRotated = "signing_key.rotated"
        case signingKeyWithdrawn = "signing_key.withdrawn"
        case itemRestricted = "item.restricted"
        case itemRestrictionLifted = "item.restriction_lifted"
        case itemMarkedConfidential = "item.marked_confidential"
        /// A clinician opened a record outside their care teams, with a reason.
        case brokeTheGlass = "record.broke_the_glass"
        case brokenGlassReviewed = "record.broken_glass_reviewed"
        case staffAccessReviewed = "staff.access_reviewed"
        case brokenGlassListView = "record.broken_glass_list_view"
        case threadList = "thread.list"
        case threadView = "thread.view"
        case threadStarted = "thread.started"
        case messageSent = "message.sent"
        case attachmentView = "attachment.view"
        /// HIM changed which care teams a patient's family may write to.
        case careTeamsChanged = "care_teams.changed"
        /// A staff member changed a thread: assigned, moved, closed, reopened, restricted.
        case threadChanged = "thread.changed"
        /// A care team's inbox was listed: patients' names and subjects, no single patient.
        case careTeamInboxView = "pool_inbox.view"
        case appointmentList = "appointment.list"
        case appointmentView = "appointment.view"
        /// The "add to calendar" file was downloaded.
        case appointmentCalendarFile = "appointment.calendar_file"
        /// A member or a guest was sent into a video visit's room.
        case videoRoomOpened = "video_room.opened"
        case guestPassCreated = "guest_pass.created"
        case guestPassRevoked = "guest_pass.revoked"
        /// A guest's link was tried: admitted, or refused (used, revoked, outside the window).
        case guestPassUsed = "guest_pass.used"
        case schedulingRequested = "scheduling.requested"
        case schedulingRequestView = "scheduling.request_view"
        /// A scheduler booked, offered times, declined, or confirmed a cancellation; or the
        /// family picked an offered time or withdrew.
        case schedulingAnswered = "scheduling.answered"
        case schedulingQueueView = "scheduling.queue_view"
        case renewalRequested = "renewal.requested"
        case renewalView = "renewal.view"
        /// A clinician approved, denied or asked for a visit.
        case renewalDecided = "renewal.decided"
        /// A queued notice was not sent: its reader could no longer see what it was about.
        case noticeDropped = "notice.dropped"
        /// A row in `audit_pending` that the portal did not write (no valid seal) was removed
        /// instead of chained: someone wrote to the database directly.
        case auditPendingRefused = "audit.pending_refused"
        /// A member allowed (or refused) an app to read a patient's record.
        case appAuthorized = "app.authorized"
        /// An app exchanged a code or a refresh token; a failure names the app when it is known.
        case appTokenIssued = "app.token_issued"
        /// A refresh token or code came back after use: the authorization was revoked.
        case appAuthorizationRevoked = "app.revoked"
        case appDisconnected = "app.disconnected"
        /// An app read a patient's record through the FHIR API (one event a request).
        case appRead = "app.read"
        /// An administrator registered an app families may connect, disabled it or enabled it again.
        case appRegistered = "app.registered"
        case appDisabled = "app.disabled"
        case appEnabled = "app.enabled"
    }

    enum Outcome: String, Sendable, CaseIterable { case success, failure, denied, throttled }

    var actorKind: ActorKind
    var actorID: UUID?
    var patientID: UUID?
    var action: Action
    var outcome: Outcome
    var clientAddress: String?
    var userAgent: String?
    var subject: AuditSubject? = nil
}

/// The thing besides a patient that an event was about.
enum AuditSubject: Sendable {
    case enrollmentRequest(UUID)
    case grant(UUID)
    case invitation(UUID)
    case member(UUID)
    case staff(UUID)
    case thread(UUID)
    case appointment(UUID)
    case schedulingRequest(UUID)
    case guestPass(UUID)
    case renewal(UUID)
    /// A clinical item, named by its kind (`lab_report`, `medication`, …).
    case clinicalItem(kind: String, UUID)
    /// A connected app (SMART), by its registration.
    case app(UUID)
    case shareCode(UUID)

    var text: String {
        switch self {
        case .enrollmentRequest(let id): "enrollment_request:\(id.uuidString.lowercased())"
        case .grant(let id): "grant:\(id.uuidString.lowercased())"
        case .invitation(let id): "invitation:\(id.uuidString.lowercased())"
        case .member(let id): "member:\(id.uuidString.lowercased())"
        case .staff(let id): "staff:\(id.uuidString.lowercased())"
        case .thread(let id): "thread:\(id.uuidString.lowercased())"
        case .appointment(let id): "appointment:\(id.uuidString.lowercased())"
        case .schedulingRequest(let id): "appointment_request:\(id.uuidString.lowercased())"
        case .guestPass(let id): "guest_pass:\(id.uuidString.lowercased())"
        case .renewal(let id): "renewal:\(id.uuidString.lowercased())"
        case .clinicalItem(let kind, let id): "\(kind):\(id.uuidString.lowercased())"
        case .app(let id): "app:\(id.uuidString.lowercased())"
        case .shareCode(let id): "share_code:\(id.uuidString.lowercased())"
        }
    }
}
