import PortalCore
import PortalRecord
import Vapor

/// The portal's table of contents: every address, who may call it and how large its body
/// may be, grouped by feature. The server registers from this table, pages build their links
/// from it (`Routes.patientThread(patient, thread)`), `RouteAccessMiddleware` enforces it,
/// and a test calls every route as every kind of caller.
enum Routes {
    // MARK: The service itself
    static let healthLive = PortalRoute(.GET, "/health/live", callers: .anyone)
    static let healthReady = PortalRoute(.GET, "/health/ready", callers: .anyone)
    static let stylesheet = PortalRoute(.GET, "/assets/portal.css", callers: .anyone)
    static let script = PortalRoute(.GET, "/assets/portal.js", callers: .anyone)
    /// What a phone needs to add the portal to its home screen; no service worker, so
    /// nothing of a family's is kept offline.
    static let webManifest = PortalRoute(.GET, "/manifest.webmanifest", callers: .anyone)
    static let favicon = PortalRoute(.GET, "/favicon.ico", callers: .anyone)
    static let iconSVG = PortalRoute(.GET, "/assets/icon.svg", callers: .anyone)
    static let icon192 = PortalRoute(.GET, "/assets/icon-192.png", callers: .anyone)
    static let icon512 = PortalRoute(.GET, "/assets/icon-512.png", callers: .anyone)
    static let touchIcon = PortalRoute(.GET, "/apple-touch-icon.png", callers: .anyone)
    static let chooseLanguage = PortalRoute(.POST, "/language", callers: .anyone)
    /// Development only: the e-mail the portal would have sent.
    static let devMailbox = PortalRoute(.GET, "/dev/mailbox", callers: .anyone)

    // MARK: Signing in and out
    static let signIn = PortalRoute(.GET, "/sign-in", callers: .anyone)
    static let submitSignIn = PortalRoute(.POST, "/sign-in", callers: .anyone)
    static let staffSignIn = PortalRoute(.GET, "/staff/sign-in", callers: .anyone)
    static let submitStaffSignIn = PortalRoute(.POST, "/staff/sign-in", callers: .anyone)
    static let signInCode = PortalRoute(.GET, "/sign-in/code", callers: .signingIn)
    static let submitSignInCode = PortalRoute(.POST, "/sign-in/code", callers: .signingIn)
    static let signOut = PortalRoute(.POST, "/sign-out", callers: .anyone)
    static let keepAlive = PortalRoute(.POST, "/session/keep-alive", callers: .signedIn)
    static let forgotPassword = PortalRoute(.GET, "/sign-in/forgot", callers: .anyone)
    static let submitForgotPassword = PortalRoute(.POST, "/sign-in/forgot", callers: .anyone)
    static let passwordReset = PortalRoute(.GET, "/sign-in/reset/:resetToken", ResetToken.self, callers: .invitee)
    static let passwordResetCode = PortalRoute(
        .POST, "/sign-in/reset/:resetToken/code", ResetToken.self, callers: .invitee)
    static let passwordResetSave = PortalRoute(
        .POST, "/sign-in/reset/:resetToken/password", ResetToken.self, callers: .invitee)

    // MARK: Home pages
    static let home = PortalRoute(.GET, "/", callers: .anyone)
    static let staffHome = PortalRoute(.GET, "/staff", callers: .staff(StaffRole.everyone))

    // MARK: A member's account
    static let account = PortalRoute(.GET, "/account", callers: .signedIn)
    static let secondFactorSetup = PortalRoute(.GET, "/account/second-factor", callers: .settingUpSecondFactor)
    static let confirmSecondFactor = PortalRoute(.POST, "/account/second-factor", callers: .settingUpSecondFactor)
    static let signOutEverywhere = PortalRoute(.POST, "/account/sign-out-everywhere", callers: .signedIn)
    static let changePassword = PortalRoute(.POST, "/account/password", callers: .signedIn)
    /// The password (and second factor) again, before a sensitive change.
    static let confirmIdentity = PortalRoute(.GET, "/account/confirm", callers: .signedIn)
    static let submitConfirmIdentity = PortalRoute(.POST, "/account/confirm", callers: .signedIn)
    static let accountSecurity = PortalRoute(.GET, "/account/security", callers: .signedIn)
    static let removeSecondFactor = PortalRoute(.POST, "/account/second-factor/remove", callers: .members)
    static let startEmailCodes = PortalRoute(.POST, "/account/email-codes", callers: .members)
    static let changeEmail = PortalRoute(.POST, "/account/email", callers: .members)
    static let confirmEmailChange = PortalRoute(.GET, "/account/email/:emailToken", EmailChangeToken.self, callers: .invitee)
    static let applyEmailChange = PortalRoute(
        .POST, "/account/email/:emailToken", EmailChangeToken.self, callers: .invitee)
    static let confirmEmailCodes = PortalRoute(.POST, "/account/email-codes/confirm", callers: .members)
    static let newRecoveryCodes = PortalRoute(.POST, "/account/recovery-codes", callers: .signedIn)
    static let resultDelay = PortalRoute(.POST, "/account/result-delay", callers: .members)
    static let accountActivity = PortalRoute(.GET, "/account/activity", callers: .members)
    static let accountReport = PortalRoute(.POST, "/account/activity/report", callers: .members)
    static let endAccountSession = PortalRoute(.POST, "/account/activity/sign-out", callers: .members)

    // MARK: Enrollment and activation
    static let enroll = PortalRoute(.GET, "/enroll", callers: .anyone)
    /// The one route that takes a file from a stranger: the applicant's identity document.
    static let submitEnrollment = PortalRoute(.POST, "/enroll", callers: .anyone, body: .document)
    static let enrollReceived = PortalRoute(.GET, "/enroll/received", callers: .anyone)
    static let activate = PortalRoute(.GET, "/activate/:token", InvitationToken.self, callers: .invitee)
    static let activateVerify = PortalRoute(.POST, "/activate/:token/verify", InvitationToken.self, callers: .invitee)
    static let activateAccount = PortalRoute(.POST, "/activate/:token/account", InvitationToken.self, callers: .invitee)

    // MARK: A patient's record
    static let patient = PortalRoute(.GET, "/patients/:patientID", Ref<Patient>.self, callers: .patient())
    static let patientAccess = PortalRoute(
        .GET, "/patients/:patientID/access", Ref<Patient>.self, callers: .patient(audit: .accessOverviewView))
    static let patientDocuments = PortalRoute(
        .GET, "/patients/:patientID/documents", Ref<Patient>.self, callers: .patient(audit: .documentList))
    static let patientDocument = PortalRoute(
        .GET, "/patients/:patientID/documents/:documentID", Ref<Patient>.self, Ref<ClinicalDocument>.self,
        callers: .patient(audit: .documentView))
    static let patientDocumentFile = PortalRoute(
        .GET, "/patients/:patientID/documents/:documentID/file", Ref<Patient>.self, Ref<ClinicalDocument>.self,
        callers: .patient(audit: .documentFileView))
    static let patientResults = PortalRoute(
        .GET, "/patients/:patientID/results", Ref<Patient>.self, callers: .patient(audit: .resultList))
    static let patientResult = PortalRoute(
        .GET, "/patients/:patientID/results/:resultID", Ref<Patient>.self, Ref<LabResult>.self,
        callers: .patient(audit: .resultView))
    static let patientImaging = PortalRoute(
        .GET, "/patients/:patientID/imaging", Ref<Patient>.self, callers: .patient(audit: .resultList))
    static let patientImagingReport = PortalRoute(
        .GET, "/patients/:patientID/imaging/:reportID", Ref<Patient>.self, Ref<ImagingReport>.self,
        callers: .patient(audit: .imagingView))
    static let patientMedications = PortalRoute(
        .GET, "/patients/:patientID/medications", Ref<Patient>.self, callers: .patient(audit: .recordListView))
    static let patientAllergies = PortalRoute(
        .GET, "/patients/:patientID/allergies", Ref<Patient>.self, callers: .patient(audit: .recordListView))
    static let patientImmunizations = PortalRoute(
        .GET, "/patients/:patientID/immunizations", Ref<Patient>.self, callers: .patient(audit: .recordListView))
    static let patientImmunizationRecord = PortalRoute(
        .GET, "/patients/:patientID/immunizations/record", Ref<Patient>.self, callers: .patient(audit: .recordPrinted))
    /// The immunization record as SMART Health Cards in a `.smart-health-card` file.
    static let patientHealthCardFile = PortalRoute(
        .GET, "/patients/:patientID/immunizations/health-card", Ref<Patient>.self,
        callers: .patient(audit: .recordPrinted))
    /// A family's share codes for a school or camp: only members, and only those who may share.
    static let patientSharing = PortalRoute(
        .GET, "/patients/:patientID/sharing", Ref<Patient>.self, callers: .family(audit: .shareCodesView))
    static let patientCreateShareCode = PortalRoute(
        .POST, "/patients/:patientID/sharing", Ref<Patient>.self, callers: .family())
    static let patientRevokeShareCode = PortalRoute(
        .POST, "/patients/:patientID/sharing/:shareCodeID/revoke", Ref<Patient>.self, Ref<ShareCodeRecord>.self,
        callers: .family())
    /// Where a school nurse enters a share code and the date of birth: the record is the
    /// answer to the POST, so nothing about it is ever in an address.
    static let sharedRecord = PortalRoute(.GET, "/share", callers: .anyone)
    static let openSharedRecord = PortalRoute(.POST, "/share", callers: .anyone)
    static let patientHealthSummary = PortalRoute(
        .GET, "/patients/:patientID/health-summary", Ref<Patient>.self, callers: .patient(audit: .recordPrinted))
    /// A clinician restricts an item, or lifts the restriction.
    static let patientRestrictions = PortalRoute(
        .POST, "/patients/:patientID/restrictions", Ref<Patient>.self, callers: .staffOnPatient([.clinician]))
    /// A clinician opens a record outside their care teams, with a reason: not through the
    /// patient's door, which is what sent them here.
    static let patientBreakTheGlass = PortalRoute(
        .POST, "/patients/:patientID/break-the-glass", Ref<Patient>.self, callers: .staff([.clinician]))
    static let staffBrokenGlass = PortalRoute(.GET, "/staff/broken-glass", callers: .staff([.him]))
    static let staffBrokenGlassReviewed = PortalRoute(
        .POST, "/staff/broken-glass/:glassID/reviewed", Ref<BrokenGlass>.self, callers: .staff([.him]))
    /// A staff account given a role that reaches patients, checked by HIM on the same page.
    static let staffAccessChangeReviewed = PortalRoute(
        .POST, "/staff/broken-glass/access/:accessChangeID/reviewed", Ref<StaffAccountChange>.self, callers: .staff([.him]))

    // MARK: Messages with the care team
    static let messages = PortalRoute(.GET, "/messages", callers: .members)
    static let messagesNew = PortalRoute(.GET, "/messages/new", callers: .members)
    static let patientMessages = PortalRoute(
        .GET, "/patients/:patientID/messages", Ref<Patient>.self, callers: .patient(audit: .threadList))
    /// Families start conversations; the care team answers them.
    static let patientCompose = PortalRoute(.GET, "/patients/:patientID/messages/new", Ref<Patient>.self, callers: .family())
    static let startThread = PortalRoute(
        .POST, "/patients/:patientID/messages", Ref<Patient>.self, callers: .family(), body: .messageWithAttachments)
    static let patientThread = PortalRoute(
        .GET, "/patients/:patientID/messages/:threadID", Ref<Patient>.self, Ref<MessageThread>.self, callers: .patient())
    static let patientThreadReplies = PortalRoute(
        .POST, "/patients/:patientID/messages/:threadID/replies", Ref<Patient>.self, Ref<MessageThread>.self,
        callers: .patient(), body: .messageWithAttachments)
    static let patientThreadAttachment = PortalRoute(
        .GET, "/patients/:patientID/messages/:threadID/attachments/:attachmentID", Ref<Patient>.self,
        Ref<MessageThread>.self, Ref<MessageAttachment>.self, callers: .patient())
    static let patientThreadActions = PortalRoute(
        .POST, "/patients/:patientID/messages/:threadID/actions", Ref<Patient>.self, Ref<MessageThread>.self,
        callers: .staffOnPatient([.clinician, .him]))
    static let staffInbox = PortalRoute(.GET, "/staff/inbox", callers: .staff([.clinician, .him]))
    static let careTeamInbox = PortalRoute(
        .GET, "/staff/inbox/:careTeamID", Ref<CareTeam>.self, callers: .staff([.clinician, .him]))
    static let staffSavedReplies = PortalRoute(
        .GET, "/staff/inbox/:careTeamID/saved-replies", Ref<CareTeam>.self, callers: .staff([.clinician, .him]))
    static let addSavedReply = PortalRoute(
        .POST, "/staff/inbox/:careTeamID/saved-replies", Ref<CareTeam>.self, callers: .staff([.clinician, .him]))
    static let staffSavedReplyDelete = PortalRoute(
        .POST, "/staff/inbox/:careTeamID/saved-replies/:savedReplyID/delete", Ref<CareTeam>.self, Ref<SavedReply>.self,
        callers: .staff([.clinician, .him]))
    static let staffCareTeams = PortalRoute(.GET, "/staff/care-teams", callers: .staff([.administrator]))
    static let createCareTeam = PortalRoute(.POST, "/staff/care-teams", callers: .staff([.administrator]))
    static let staffCareTeam = PortalRoute(
        .GET, "/staff/care-teams/:careTeamID", Ref<CareTeam>.self, callers: .staff([.administrator]))
    static let updateCareTeam = PortalRoute(
        .POST, "/staff/care-teams/:careTeamID", Ref<CareTeam>.self, callers: .staff([.administrator]))
    static let staffCareTeamMembers = PortalRoute(
        .POST, "/staff/care-teams/:careTeamID/members", Ref<CareTeam>.self, callers: .staff([.administrator]))
    static let staffCareTeamMemberRemove = PortalRoute(
        .POST, "/staff/care-teams/:careTeamID/members/:staffID/remove", Ref<CareTeam>.self, Ref<StaffUser>.self,
        callers: .staff([.administrator]))

    // MARK: Appointments and video visits
    static let patientAppointments = PortalRoute(
        .GET, "/patients/:patientID/appointments", Ref<Patient>.self, callers: .patient(audit: .appointmentList))
    static let patientAppointment = PortalRoute(
        .GET, "/patients/:patientID/appointments/:appointmentID", Ref<Patient>.self, Ref<Appointment>.self,
        callers: .patient(audit: .appointmentView))
    static let patientAppointmentCalendar = PortalRoute(
        .GET, "/patients/:patientID/appointments/:appointmentID/calendar.ics", Ref<Patient>.self, Ref<Appointment>.self,
        callers: .patient(audit: .appointmentCalendarFile))
    static let patientAppointmentCancel = PortalRoute(
        .POST, "/patients/:patientID/appointments/:appointmentID/cancel", Ref<Patient>.self, Ref<Appointment>.self,
        callers: .family())
    static let patientAppointmentInterpreter = PortalRoute(
        .POST, "/patients/:patientID/appointments/:appointmentID/interpreter", Ref<Patient>.self, Ref<Appointment>.self,
        callers: .family())
    static let patientAppointmentJoin = PortalRoute(
        .GET, "/patients/:patientID/appointments/:appointmentID/join", Ref<Patient>.self, Ref<Appointment>.self,
        callers: .family())
    static let patientAppointmentGuests = PortalRoute(
        .POST, "/patients/:patientID/appointments/:appointmentID/guests", Ref<Patient>.self, Ref<Appointment>.self,
        callers: .family())
    static let patientAppointmentGuestRevoke = PortalRoute(
        .POST, "/patients/:patientID/appointments/:appointmentID/guests/:guestID/revoke", Ref<Patient>.self,
        Ref<Appointment>.self, Ref<VisitGuestPass>.self, callers: .family())
    /// Online check-in before a visit: the steps, each saved on its own.
    static let patientCheckIn = PortalRoute(
        .GET, "/patients/:patientID/appointments/:appointmentID/check-in", Ref<Patient>.self, Ref<Appointment>.self,
        callers: .family(audit: .checkInView))
    static let patientCheckInContact = PortalRoute(
        .GET, "/patients/:patientID/appointments/:appointmentID/check-in/contact", Ref<Patient>.self,
        Ref<Appointment>.self, callers: .family(audit: .checkInView))
    static let saveCheckInContact = PortalRoute(
        .POST, "/patients/:patientID/appointments/:appointmentID/check-in/contact", Ref<Patient>.self,
        Ref<Appointment>.self, callers: .family())
    static let patientCheckInInsurance = PortalRoute(
        .GET, "/patients/:patientID/appointments/:appointmentID/check-in/insurance", Ref<Patient>.self,
        Ref<Appointment>.self, callers: .family(audit: .checkInView))
    /// Two card photos may come with the form.
    static let saveCheckInInsurance = PortalRoute(
        .POST, "/patients/:patientID/appointments/:appointmentID/check-in/insurance", Ref<Patient>.self,
        Ref<Appointment>.self, callers: .family(), body: .twoPhotos)
    static let patientCheckInReview = PortalRoute(
        .GET, "/patients/:patientID/appointments/:appointmentID/check-in/allergies-and-medicines", Ref<Patient>.self,
        Ref<Appointment>.self, callers: .family(audit: .checkInView))
    static let saveCheckInReview = PortalRoute(
        .POST, "/patients/:patientID/appointments/:appointmentID/check-in/allergies-and-medicines", Ref<Patient>.self,
        Ref<Appointment>.self, callers: .family())
    static let patientCheckInQuestionnaire = PortalRoute(
        .GET, "/patients/:patientID/appointments/:appointmentID/check-in/questionnaires/:questionnaireID",
        Ref<Patient>.self, Ref<Appointment>.self, Ref<StoredQuestionnaire>.self, callers: .family(audit: .checkInView))
    static let saveCheckInQuestionnaire = PortalRoute(
        .POST, "/patients/:patientID/appointments/:appointmentID/check-in/questionnaires/:questionnaireID",
        Ref<Patient>.self, Ref<Appointment>.self, Ref<StoredQuestionnaire>.self, callers: .family())
    static let finishCheckIn = PortalRoute(
        .POST, "/patients/:patientID/appointments/:appointmentID/check-in/finish", Ref<Patient>.self,
        Ref<Appointment>.self, callers: .family())
    static let guestVisit = PortalRoute(.GET, "/visit/:guestToken", GuestToken.self, callers: .guest)
    static let videoCheck = PortalRoute(.GET, "/video-check", callers: .anyone)

    // MARK: Scheduling requests
    static let patientNewSchedulingRequest = PortalRoute(
        .GET, "/patients/:patientID/scheduling-requests/new", Ref<Patient>.self, callers: .family())
    static let patientSchedulingRequests = PortalRoute(
        .POST, "/patients/:patientID/scheduling-requests", Ref<Patient>.self, callers: .family())
    static let patientSchedulingRequest = PortalRoute(
        .GET, "/patients/:patientID/scheduling-requests/:schedulingRequestID", Ref<Patient>.self,
        Ref<SchedulingRequest>.self, callers: .patient(audit: .schedulingRequestView))
    static let patientSchedulingRequestChoice = PortalRoute(
        .POST, "/patients/:patientID/scheduling-requests/:schedulingRequestID/choice", Ref<Patient>.self,
        Ref<SchedulingRequest>.self, callers: .family())
    static let patientSchedulingRequestWithdraw = PortalRoute(
        .POST, "/patients/:patientID/scheduling-requests/:schedulingRequestID/withdraw", Ref<Patient>.self,
        Ref<SchedulingRequest>.self, callers: .family())
    static let staffScheduling = PortalRoute(.GET, "/staff/scheduling", callers: .staff([.scheduler]))
    static let staffSchedulingQueue = PortalRoute(
        .GET, "/staff/scheduling/:departmentID", Ref<Department>.self, callers: .staff([.scheduler]))
    /// A department's visits of the next 7 days with each online check-in's progress.
    static let staffSchedulingVisits = PortalRoute(
        .GET, "/staff/scheduling/:departmentID/visits", Ref<Department>.self, callers: .staff([.scheduler]))
    static let staffCheckIn = PortalRoute(
        .GET, "/staff/patients/:patientID/appointments/:appointmentID/check-in", Ref<Patient>.self, Ref<Appointment>.self,
        callers: .staffOnPatient([.scheduler, .clinician, .him], audit: .checkInView))
    static let staffCheckInResponse = PortalRoute(
        .GET, "/staff/patients/:patientID/appointments/:appointmentID/check-in/questionnaires/:questionnaireID",
        Ref<Patient>.self, Ref<Appointment>.self, Ref<StoredQuestionnaire>.self,
        callers: .staffOnPatient([.scheduler, .clinician, .him], audit: .checkInView))
    static let staffCheckInInsuranceCard = PortalRoute(
        .GET, "/staff/patients/:patientID/appointments/:appointmentID/check-in/insurance-card/:side", Ref<Patient>.self,
        Ref<Appointment>.self, CheckInInsurance.Side.self,
        callers: .staffOnPatient([.scheduler, .him], audit: .insuranceCardView))
    static let staffSchedulingRequest = PortalRoute(
        .GET, "/staff/patients/:patientID/scheduling-requests/:schedulingRequestID", Ref<Patient>.self,
        Ref<SchedulingRequest>.self, callers: .staffOnPatient([.scheduler], audit: .schedulingRequestView))
    static let staffSchedulingAnswer = PortalRoute(
        .POST, "/staff/patients/:patientID/scheduling-requests/:schedulingRequestID/answer", Ref<Patient>.self,
        Ref<SchedulingRequest>.self, callers: .staffOnPatient([.scheduler]))

    // MARK: Prescription renewals
    static let patientMedicationRenewal = PortalRoute(
        .GET, "/patients/:patientID/medications/:medicationID/renewal", Ref<Patient>.self, Ref<Medication>.self,
        callers: .family())
    static let requestRenewal = PortalRoute(
        .POST, "/patients/:patientID/medications/:medicationID/renewal", Ref<Patient>.self, Ref<Medication>.self,
        callers: .family())
    static let patientRenewal = PortalRoute(
        .GET, "/patients/:patientID/renewals/:renewalID", Ref<Patient>.self, Ref<RenewalRequest>.self,
        callers: .patient(audit: .renewalView))
    static let staffRenewal = PortalRoute(
        .GET, "/staff/patients/:patientID/renewals/:renewalID", Ref<Patient>.self, Ref<RenewalRequest>.self,
        callers: .staffOnPatient([.clinician], audit: .renewalView))
    static let staffRenewalDecision = PortalRoute(
        .POST, "/staff/patients/:patientID/renewals/:renewalID/decision", Ref<Patient>.self, Ref<RenewalRequest>.self,
        callers: .staffOnPatient([.clinician]))

    // MARK: Health Information Management
    static let staffEnrollment = PortalRoute(.GET, "/staff/enrollment", callers: .staff([.him]))
    static let staffEnrollmentRequest = PortalRoute(
        .GET, "/staff/enrollment/:requestID", Ref<EnrollmentRequest>.self, callers: .staff([.him]))
    static let staffEnrollmentDocument = PortalRoute(
        .GET, "/staff/enrollment/:requestID/document", Ref<EnrollmentRequest>.self, callers: .staff([.him]))
    static let staffEnrollmentApprove = PortalRoute(
        .POST, "/staff/enrollment/:requestID/approve", Ref<EnrollmentRequest>.self, callers: .staff([.him]))
    static let staffEnrollmentReject = PortalRoute(
        .POST, "/staff/enrollment/:requestID/reject", Ref<EnrollmentRequest>.self, callers: .staff([.him]))
    static let staffPatients = PortalRoute(.GET, "/staff/patients", callers: .staff([.him]))
    static let staffPatient = PortalRoute(
        .GET, "/staff/patients/:patientID", Ref<Patient>.self, callers: .staffOnPatient([.him], audit: .grantsView))
    static let staffPatientGrants = PortalRoute(
        .POST, "/staff/patients/:patientID/grants", Ref<Patient>.self, callers: .staffOnPatient([.him], audit: .grantsView),
        body: .document)
    static let staffGrantRevoke = PortalRoute(
        .POST, "/staff/patients/:patientID/grants/:grantID/revoke", Ref<Patient>.self, Ref<AccessGrant>.self,
        callers: .staffOnPatient([.him], audit: .grantsView))
    static let staffGrantDocument = PortalRoute(
        .GET, "/staff/patients/:patientID/grants/:grantID/document", Ref<Patient>.self, Ref<AccessGrant>.self,
        callers: .staffOnPatient([.him], audit: .grantsView))
    static let staffPatientCareTeams = PortalRoute(
        .POST, "/staff/patients/:patientID/care-teams", Ref<Patient>.self, callers: .staffOnPatient([.him]))
    static let staffPatientInvitations = PortalRoute(
        .POST, "/staff/patients/:patientID/invitations", Ref<Patient>.self,
        callers: .staffOnPatient([.him], audit: .grantsView))
    static let staffMember = PortalRoute(.GET, "/staff/members/:memberID", Ref<Member>.self, callers: .staff([.him]))
    static let staffMemberDeactivate = PortalRoute(
        .POST, "/staff/members/:memberID/deactivate", Ref<Member>.self, callers: .staff([.him]))
    static let staffMemberReinvite = PortalRoute(
        .POST, "/staff/members/:memberID/reinvite", Ref<Member>.self, callers: .staff([.him]))
    static let staffMemberUnlock = PortalRoute(
        .POST, "/staff/members/:memberID/unlock", Ref<Member>.self, callers: .staff([.him]))
    static let staffMemberCloseReports = PortalRoute(
        .POST, "/staff/members/:memberID/reports/close", Ref<Member>.self, callers: .staff([.him]))
    static let staffRecords = PortalRoute(.GET, "/staff/records", callers: .staff([.clinician, .him]))
    /// Names patients and family members: HIM's, not administrators' (who see no patient data).
    static let auditTrail = PortalRoute(.GET, "/staff/audit", callers: .staff([.him]))

    // MARK: Administration
    static let staffMail = PortalRoute(.GET, "/staff/mail", callers: .staff([.administrator]))
    static let staffAccounts = PortalRoute(.GET, "/staff/accounts", callers: .staff([.administrator]))
    static let createStaffAccount = PortalRoute(.POST, "/staff/accounts", callers: .staff([.administrator]))
    static let staffAccount = PortalRoute(
        .GET, "/staff/accounts/:staffID", Ref<StaffUser>.self, callers: .staff([.administrator]))
    static let changeStaffAccount = PortalRoute(
        .POST, "/staff/accounts/:staffID", Ref<StaffUser>.self, callers: .staff([.administrator]))
    static let staffWelcome = PortalRoute(.GET, "/staff/welcome/:staffToken", StaffInvitationToken.self, callers: .invitee)
    static let staffWelcomePassword = PortalRoute(
        .POST, "/staff/welcome/:staffToken", StaffInvitationToken.self, callers: .invitee)
    static let staffMailRetry = PortalRoute(
        .POST, "/staff/mail/:messageID/retry", Ref<OutboxMessage>.self, callers: .staff([.administrator]))
    static let staffDepartments = PortalRoute(.GET, "/staff/departments", callers: .staff([.administrator]))
    static let createDepartment = PortalRoute(.POST, "/staff/departments", callers: .staff([.administrator]))
    static let staffDepartment = PortalRoute(
        .GET, "/staff/departments/:departmentID", Ref<Department>.self, callers: .staff([.administrator]))
    static let updateDepartment = PortalRoute(
        .POST, "/staff/departments/:departmentID", Ref<Department>.self, callers: .staff([.administrator]))
    static let staffDepartmentQuestionnaires = PortalRoute(
        .POST, "/staff/departments/:departmentID/questionnaires", Ref<Department>.self, callers: .staff([.administrator]))
    static let staffDepartmentSchedulers = PortalRoute(
        .POST, "/staff/departments/:departmentID/schedulers", Ref<Department>.self, callers: .staff([.administrator]))
    static let staffDepartmentSchedulerRemove = PortalRoute(
        .POST, "/staff/departments/:departmentID/schedulers/:staffID/remove", Ref<Department>.self, Ref<StaffUser>.self,
        callers: .staff([.administrator]))

    // MARK: The EHR
    /// Where the EHR's interface engine posts FHIR bundles.
    static let fhirImport = PortalRoute(.POST, "/import/fhir", callers: .systemClient(.ehr), body: .fhirBundle)

    // MARK: Apps a family connects (SMART App Launch 2.0)
    static let smartConfiguration = PortalRoute(.GET, "/.well-known/smart-configuration", callers: .anyone)
    /// The hospital's public signing keys: ID tokens (and later health cards) verify against them.
    static let jwks = PortalRoute(.GET, "/.well-known/jwks.json", callers: .anyone)
    /// Where an app sends the person; checks the app, then hands over to the consent page.
    static let appAuthorize = PortalRoute(.GET, "/oauth/authorize", callers: .anyone)
    static let appConsent = PortalRoute(.GET, "/apps/connect/:appRequestID", Ref<AppRequest>.self, callers: .members)
    static let answerAppConsent = PortalRoute(
        .POST, "/apps/connect/:appRequestID", Ref<AppRequest>.self, callers: .members)
    static let appToken = PortalRoute(.POST, "/oauth/token", callers: .appClient)
    static let connectedApps = PortalRoute(.GET, "/account/apps", callers: .members)
    static let staffApps = PortalRoute(.GET, "/staff/apps", callers: .staff([.administrator]))
    static let registerApp = PortalRoute(.POST, "/staff/apps", callers: .staff([.administrator]))
    static let staffApp = PortalRoute(.GET, "/staff/apps/:appID", Ref<SMARTApp>.self, callers: .staff([.administrator]))
    static let staffAppStatus = PortalRoute(
        .POST, "/staff/apps/:appID/status", Ref<SMARTApp>.self, callers: .staff([.administrator]))
    static let disconnectApp = PortalRoute(
        .POST, "/account/apps/:authorizationID/disconnect", Ref<AppAuthorization>.self, callers: .members)

    // MARK: The FHIR R4 API (read-only, for connected apps)
    static let fhirMetadata = PortalRoute(.GET, "/fhir/r4/metadata", callers: .anyone)
    static let fhirPatientRead = PortalRoute(.GET, "/fhir/r4/Patient/:resourceID", FHIRResourceID.self, callers: .app)
    static let fhirPatientSearch = PortalRoute(.GET, "/fhir/r4/Patient", callers: .app)
    static let fhirObservationRead = PortalRoute(.GET, "/fhir/r4/Observation/:resourceID", FHIRResourceID.self, callers: .app)
    static let fhirObservationSearch = PortalRoute(.GET, "/fhir/r4/Observation", callers: .app)
    static let fhirDiagnosticReportRead = PortalRoute(
        .GET, "/fhir/r4/DiagnosticReport/:resourceID", FHIRResourceID.self, callers: .app)
    static let fhirDiagnosticReportSearch = PortalRoute(.GET, "/fhir/r4/DiagnosticReport", callers: .app)
    static let fhirMedicationRequestRead = PortalRoute(
        .GET, "/fhir/r4/MedicationRequest/:resourceID", FHIRResourceID.self, callers: .app)
    static let fhirMedicationRequestSearch = PortalRoute(.GET, "/fhir/r4/MedicationRequest", callers: .app)
    static let fhirAllergyIntoleranceRead = PortalRoute(
        .GET, "/fhir/r4/AllergyIntolerance/:resourceID", FHIRResourceID.self, callers: .app)
    static let fhirAllergyIntoleranceSearch = PortalRoute(.GET, "/fhir/r4/AllergyIntolerance", callers: .app)
    static let fhirImmunizationRead = PortalRoute(.GET, "/fhir/r4/Immunization/:resourceID", FHIRResourceID.self, callers: .app)
    static let fhirImmunizationSearch = PortalRoute(.GET, "/fhir/r4/Immunization", callers: .app)
    static let fhirDocumentReferenceRead = PortalRoute(
        .GET, "/fhir/r4/DocumentReference/:resourceID", FHIRResourceID.self, callers: .app)
    static let fhirDocumentReferenceSearch = PortalRoute(.GET, "/fhir/r4/DocumentReference", callers: .app)
    static let fhirAppointmentRead = PortalRoute(.GET, "/fhir/r4/Appointment/:resourceID", FHIRResourceID.self, callers: .app)
    static let fhirAppointmentSearch = PortalRoute(.GET, "/fhir/r4/Appointment", callers: .app)
    /// A document's content, as DocumentReference.content.attachment.url names it.
    static let fhirBinaryRead = PortalRoute(.GET, "/fhir/r4/Binary/:resourceID", FHIRResourceID.self, callers: .app)

    // MARK: Monitoring
    /// The Prometheus text format, for the monitoring system's secret only.
    static let metrics = PortalRoute(.GET, "/metrics", callers: .systemClient(.metricsScraper))
}

/// Registers every feature's handlers for the routes above.
func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: AssetsController())
    try app.register(collection: LanguageController())
    try app.register(collection: SignInController())
    try app.register(collection: HomeController())
    try app.register(collection: AccountController())
    try app.register(collection: AccountActivityController())
    try app.register(collection: PasswordResetController())
    try app.register(collection: SecurityController())
    try app.register(collection: EmailChangeController())
    try app.register(collection: StaffAccountsController())
    try app.register(collection: PatientController())
    try app.register(collection: DocumentsController())
    try app.register(collection: ResultsController())
    try app.register(collection: ImagingController())
    try app.register(collection: HealthListsController())
    try app.register(collection: HealthCardsController())
    try app.register(collection: SharingController())
    try app.register(collection: CheckInController())
    try app.register(collection: StaffCheckInController())
    try app.register(collection: SharedRecordController())
    try app.register(collection: RestrictionsController())
    try app.register(collection: BreakTheGlassController())
    try app.register(collection: RecordSearchController())
    try app.register(collection: AccessOverviewController())
    try app.register(collection: GrantToolsController())
    try app.register(collection: ActivationController())
    try app.register(collection: EnrollmentController())
    try app.register(collection: EnrollmentQueueController())
    try app.register(collection: AuditTrailController())
    try app.register(collection: MailStatusController())
    try app.register(collection: MemberToolsController())
    try app.register(collection: ImportController())
    try app.register(collection: MemberInboxController())
    try app.register(collection: ThreadsController())
    try app.register(collection: ThreadActionsController())
    try app.register(collection: CareTeamInboxController())
    try app.register(collection: SavedRepliesController())
    try app.register(collection: PatientCareTeamsController())
    try app.register(collection: CareTeamSetupController())
    try app.register(collection: AppointmentsController())
    try app.register(collection: GuestVisitController())
    try app.register(collection: SchedulingController())
    try app.register(collection: SchedulerQueueController())
    try app.register(collection: RenewalsController())
    try app.register(collection: RenewalReviewController())
    try app.register(collection: DepartmentSetupController())
    try app.register(collection: MetricsController())
    try app.register(collection: AppAuthorizationController())
    try app.register(collection: AppTokenController())
    try app.register(collection: FHIRController())
    try app.register(collection: ConnectedAppsController())
    try app.register(collection: AppRegistrationController())
    if let directory = app.portal.config.mailDirectory, app.portal.config.mode != .production {
        try app.register(collection: DevMailboxController(directory: MailDirectory(path: directory, from: "")))
    }
}
