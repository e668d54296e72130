import Foundation
import PortalCore
import Testing

@testable import Portal

/// The back office's pages, and the few a stranger sees, rendered from fixed data in both languages.
@Suite("Back-office and public pages as snapshots")
struct StaffPageSnapshotTests {
    static let sofia = FamilyPageSnapshotTests.sofia
    static let contact = HospitalContact(phone: "(312) 555-0100", email: "him@lakeside.example.org")
    static func text(_ english: String, _ spanish: String) -> LocalizedText { LocalizedText(en: english, es: spanish) }
    static func staff(_ language: Language, patient: String? = nil) -> PageContext {
        PageSnapshot.context(language, staff: true, patientInView: patient)
    }

    @Test(
        "Staff accounts: the list with a form problem, one account with its history, the welcome link",
        arguments: Language.allCases)
    func staffAccounts(language: Language) {
        let context = Self.staff(language)
        var form = StaffAccountsPages.NewAccount(name: "Robin Vale", email: "robin@", role: "him")
        form.emailError = Strings.staffAccounts.emailBad
        let rows = [
            StaffAccountsPages.Row(
                name: "Alex Morgan", email: "admin@example.org", role: Strings.home.role(.administrator), status: .active,
                link: "/staff/accounts/00000000-0000-0000-0000-000000000001"),
            StaffAccountsPages.Row(
                name: "Dr. Sam Okafor", email: "sam@example.org", role: Strings.home.role(.clinician), status: .invited,
                link: "/staff/accounts/00000000-0000-0000-0000-000000000002"),
        ]
        PageSnapshot.check(StaffAccountsPages.list(rows: rows, form: form, context: context), named: "StaffAccounts", language)
        let account = StaffAccountsPages.Account(
            id: UUID(uuidString: "00000000-0000-0000-0000-000000000002")!, name: "Dr. Sam Okafor", email: "sam@example.org",
            role: .clinician, status: .invited, isSelf: false,
            history: [
                .init(
                    when: "November 24, 2026, 8:00 AM", what: "Role changed: scheduler→clinician", by: "Alex Morgan",
                    reason: "Joined the asthma clinic")
            ],
            state: .init(action: "close", reason: "", error: Strings.staffAccounts.reasonRequired))
        PageSnapshot.check(StaffAccountsPages.account(account, context: context), named: "StaffAccount", language)
        PageSnapshot.check(
            StaffAccountsPages.welcome(
                .password(token: "TOKEN", name: "Dr. Sam Okafor", errors: [Strings.account.problem(.tooShort(minimum: 8))]),
                context: PageSnapshot.anonymousContext(language)),
            named: "StaffWelcome", language)
        PageSnapshot.check(
            StaffAccountsPages.welcome(.closed, context: PageSnapshot.anonymousContext(language)), named: "StaffWelcomeClosed",
            language)
    }

    @Test("The staff home of a clinician", arguments: Language.allCases)
    func staffHome(language: Language) {
        let model = StaffHomePage.Model(
            name: "Dr. Priya Patel", role: Strings.home.role(.clinician), canReadAuditTrail: false, canManageAccess: false,
            canSeeMailStatus: false, canOpenRecords: true, canReadMessages: true, canSetUpCareTeams: false)
        PageSnapshot.check(StaffHomePage.render(model, context: Self.staff(language)), named: "StaffHome", language)
    }

    @Test("Care team inboxes: the list and one inbox with a late thread and a renewal", arguments: Language.allCases)
    func careTeamInbox(language: Language) {
        let summary = CareTeamListPage.Summary(
            name: "General Pediatrics", link: "/staff/inbox/team", waiting: 3, late: 1, responseDays: 2, renewals: 1)
        PageSnapshot.check(CareTeamListPage.render([summary], context: Self.staff(language)), named: "CareTeamList", language)
        let model = CareTeamInboxPage.Model(
            careTeamName: "General Pediatrics", responseDays: 2, showsDone: false, openLink: "/open", doneLink: "/done",
            savedRepliesLink: "/saved",
            rows: [
                .init(
                    patientName: "Sofia Garcia", subject: "Question about the rash", link: "/thread",
                    waited: Self.text("3 business days", "3 días hábiles"), isLate: true, assignee: "Dr. Priya Patel",
                    lastMessage: "November 22, 2026", isRestricted: false)
            ],
            page: 1, totalPages: 1, newerLink: nil, olderLink: nil,
            renewals: [
                .init(
                    patientName: "Sofia Garcia", medicine: "Amoxicillin", link: "/renewal",
                    waited: Self.text("1 business day", "1 día hábil"), isLate: false)
            ])
        PageSnapshot.check(CareTeamInboxPage.render(model, context: Self.staff(language)), named: "CareTeamInbox", language)
    }

    @Test("A thread as the care team sees it, with its controls", arguments: Language.allCases)
    func staffThread(language: Language) {
        let team = UUID(uuidString: "00000000-0000-0000-0000-0000000000e1")!
        let panel = StaffPanel.Model(
            patientName: "Sofia Garcia", age: 5, startedBy: "Maria Garcia (parent)", audience: .proxies,
            waited: Self.text("1 business day", "1 día hábil"), isLate: false, assigneeName: nil, actionsPath: "/actions",
            recordLink: Routes.patient(Self.sofia), isClosed: false,
            colleagues: [(UUID(uuidString: "00000000-0000-0000-0000-0000000000f1")!, "Dr. Priya Patel")],
            careTeams: [(team, "General Pediatrics")], currentCareTeamID: team, worksCareTeam: true, canRestrict: true,
            isRestricted: false, medications: ["Amoxicillin 250 mg/5 mL"], allergies: ["Peanut"])
        let model = ThreadPage.Model(
            subject: "Question about the rash", patientName: "Sofia Garcia", teamName: "General Pediatrics",
            backLink: "/staff/inbox/team", isClosed: false, restrictedBecause: nil,
            entries: [
                .init(
                    author: "Maria Garcia", isFromCareTeam: false, time: "November 22, 2026, 8:15 PM",
                    body: "Sofia has a rash on her arms since yesterday.", readNote: nil)
            ],
            flash: nil, problem: nil,
            reply: .init(
                action: "/replies", submissionKey: "KEY", text: "", error: nil, careTeamID: team.uuidString.lowercased(),
                savedReplies: [("Photo please", "/saved-reply")]),
            newMessageLink: nil, staff: panel)
        PageSnapshot.check(
            ThreadPage.render(model, context: Self.staff(language, patient: "Sofia Garcia")), named: "StaffThread", language)
    }

    @Test(
        "Breaking the glass: the clinician's reason, HIM's review, and a reply that lost its thread", arguments: Language.allCases
    )
    func breakTheGlass(language: Language) {
        var form = BreakTheGlassPages.FormModel(
            action: Routes.patientBreakTheGlass(Self.sofia), returnPath: "/patients/x/results", reason: "other",
            explanation: "ED")
        form.explanationError = Strings.breakTheGlass.explanationNeeded
        PageSnapshot.check(
            BreakTheGlassPages.reasonForm(form, context: Self.staff(language)), named: "BreakTheGlassForm", language)
        let opening = BreakTheGlassPages.Opening(
            patientName: "Sofia Garcia", patientLink: "/staff/patients/sofia",
            opened: "Dr. Priya Patel, November 24, 2026, 9:00 AM",
            until: "Open until November 24, 2026, 11:00 AM", reason: Strings.breakTheGlass.reasonName(.emergency),
            explanation: "Seeing her in the emergency department", reviewAction: "/reviewed", reviewed: nil)
        var done = opening
        done.reviewAction = nil
        done.reviewed = "Reviewed by Casey Staff, November 25, 2026, 8:00 AM"
        let access = BreakTheGlassPages.AccessChange(
            person: "Jordan Roe (jroe@hospital.example.org)", role: Strings.home.role(.him)(language),
            given: "Given by Alex Admin, November 24, 2026, 8:00 AM", reason: "", reviewAction: "/access/reviewed",
            reviewed: nil)
        PageSnapshot.check(
            BreakTheGlassPages.review(
                .init(waiting: [opening], reviewed: [done], accessWaiting: [access], accessReviewed: []),
                context: Self.staff(language)),
            named: "BreakTheGlassReview", language)
        PageSnapshot.check(
            ThreadPage.movedAway(text: "The rash should fade in a week.", context: Self.staff(language)),
            named: "StaffReplyMovedAway", language)
    }

    @Test("Saved replies", arguments: Language.allCases)
    func savedReplies(language: Language) {
        let model = SavedRepliesPage.Model(
            careTeamName: "General Pediatrics", careTeamLink: "/staff/inbox/team", action: "/saved",
            replies: [("Photo please", "Hello {first_name}'s family, please send a photo.", "/delete")], typedTitle: "",
            typedBody: "", problems: .init(title: Strings.savedReplies.titleProblem, body: nil))
        PageSnapshot.check(SavedRepliesPage.render(model, context: Self.staff(language)), named: "SavedReplies", language)
    }

    @Test("The schedulers' queues and one request to answer", arguments: Language.allCases)
    func scheduling(language: Language) {
        PageSnapshot.check(
            SchedulerDepartmentsPage.render(
                [.init(name: "General Pediatrics", link: "/queue", waiting: 2, late: 0)], context: Self.staff(language)),
            named: "SchedulerDepartments", language)
        PageSnapshot.check(
            SchedulerQueuePage.render(
                department: "General Pediatrics",
                rows: [
                    .init(
                        patientName: "Sofia Garcia", link: "/request", kind: Strings.schedulerQueue.newAppointment,
                        details: "Sick visit", received: "November 22, 2026",
                        waited: Self.text("1 business day", "1 día hábil"), isLate: false)
                ], context: Self.staff(language)),
            named: "SchedulerQueue", language)
        let model = SchedulerRequestPage.Model(
            patientName: "Sofia Garcia", dateOfBirth: "March 3, 2021", department: "General Pediatrics", backLink: "/queue",
            kind: .appointment, facts: [(Self.text("Reason", "Motivo"), "Sick visit")], isOpen: true,
            status: Self.text("Waiting", "En espera"), action: "/answer", offersVideo: true, prefersVideo: false,
            zoneName: "Central Time", sentForm: "book", values: ["date": "2026-12-01"],
            errors: ["time": Self.text("Enter a time.", "Escriba una hora.")], flash: nil, problem: nil)
        PageSnapshot.check(
            SchedulerRequestPage.render(model, context: Self.staff(language, patient: "Sofia Garcia")),
            named: "SchedulerRequest", language)
    }

    @Test("HIM's tools: finding a patient, the patient's access, a member's account", arguments: Language.allCases)
    func himTools(language: Language) {
        let search = PatientSearchPage.Model(
            query: "Garcia", queryTooShort: false,
            matches: [
                .init(name: "Sofia Garcia", recordNumber: "MRN100200", dateOfBirth: "March 3, 2021", link: "/p", note: nil)
            ],
            endedAtEighteen: [])
        PageSnapshot.check(PatientSearchPage.render(search, context: Self.staff(language)), named: "PatientSearch", language)
        let patient = BackOfficePatientPage.Model(
            name: "Sofia Garcia", recordNumber: "MRN100200", dateOfBirth: "March 3, 2021", age: 5,
            grants: [
                .init(
                    id: "g1", account: "Maria Garcia", email: "maria.garcia@example.org", memberLink: "/m",
                    relationship: Self.text("Parent", "Madre o padre"), kind: Self.text("Ordinary", "Ordinario"),
                    courtOrdered: false, dates: Self.text("Since May 1, 2024", "Desde el 1 de mayo de 2024"),
                    status: "active", recordedBy: nil, reason: nil, revocation: nil, documentLink: nil, revokeAction: nil)
            ],
            notice: nil, addAction: "/grants", inviteAction: "/invitations",
            careTeams: [("t1", "General Pediatrics", true)], careTeamsAction: "/care-teams")
        PageSnapshot.check(
            BackOfficePatientPage.render(patient, context: Self.staff(language, patient: "Sofia Garcia")),
            named: "BackOfficePatient", language)
        let member = MemberPage.Model(
            id: UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!, name: "Maria Garcia",
            email: "maria.garcia@example.org", isActive: true, deactivation: nil,
            grants: [
                .init(
                    patientName: "Sofia Garcia", recordNumber: "MRN100200", link: "/p",
                    relationship: Self.text("Parent", "Madre o padre"), status: "active")
            ],
            openReports: [], replacementInvitations: [], activity: [],
            state: .init())
        PageSnapshot.check(MemberPage.render(member, context: Self.staff(language)), named: "StaffMember", language)
        let records = RecordSearchPage.Model(
            query: "Sofia", queryTooShort: false,
            matches: [.init(name: "Sofia Garcia", recordNumber: "MRN100200", dateOfBirth: "March 3, 2021", link: "/p")])
        PageSnapshot.check(RecordSearchPage.render(records, context: Self.staff(language)), named: "RecordSearch", language)
    }

    @Test("The enrollment queue", arguments: Language.allCases)
    func enrollmentQueue(language: Language) {
        let model = EnrollmentQueuePage.Model(
            pending: [
                .init(
                    link: "/request", applicantName: "Grace Kim", applicant: Strings.enrollment.applicantName(.parent),
                    patientName: "Noah Kim", patientBirthDate: "June 1, 2019", submitted: "November 18, 2026",
                    businessDaysWaited: 4, isLate: true, status: .pending)
            ],
            decided: [])
        PageSnapshot.check(EnrollmentQueuePage.render(model, context: Self.staff(language)), named: "EnrollmentQueue", language)
        let request = EnrollmentRequestPage.Model(
            id: UUID(uuidString: "00000000-0000-0000-0000-0000000000c9")!,
            request: .init(
                applicantName: "Grace Kim", applicantEmail: "grace.kim@example.org", applicantPhone: "(773) 555-0199",
                patientLegalName: "Noah Kim", patientZIP: "60657", patientRecordNumber: nil, status: .pending,
                matchedPatientID: nil),
            applicant: .parent, identification: .driversLicense, submitted: "November 18, 2026", birthDate: "June 1, 2019",
            warnings: [Strings.enrollmentQueue.emailHasAccount], hasDocument: true, decisionSummary: nil,
            searchText: "Kim", searchBirth: "",
            candidates: [
                .init(
                    id: UUID(uuidString: "00000000-0000-0000-0000-0000000000ca")!, name: "Noah Kim",
                    recordNumber: "MRN300400", birthDate: "June 1, 2019", zipMatches: true, birthDateMatches: true)
            ],
            decision: .init())
        PageSnapshot.check(
            EnrollmentRequestPage.render(request, context: Self.staff(language)), named: "EnrollmentRequest", language)
    }

    @Test("Online check-in for staff: a department's visits and one check-in's answers", arguments: Language.allCases)
    func checkIns(language: Language) {
        PageSnapshot.check(
            StaffCheckInPages.visits(
                department: "General Pediatrics",
                rows: [
                    .init(
                        patientName: "Sofia Garcia", when: "December 3, 2026, 9:30 AM", progress: "Done", isDone: true, link: "/c"
                    ),
                    .init(
                        patientName: "Noah Kim", when: "December 4, 2026, 2:00 PM", progress: "Not started", isDone: false,
                        link: nil),
                ], context: Self.staff(language)),
            named: "StaffCheckInVisits", language)
        PageSnapshot.check(
            StaffCheckInPages.detail(
                .init(
                    patientName: "Sofia Garcia", visit: "December 3, 2026, 9:30 AM", backLink: "/visit",
                    progress: "Check-in done December 2, 2026, 8:10 AM",
                    contact: [("Street address", "2300 N Lincoln Ave"), ("ZIP code", "60614")],
                    sections: [
                        .init(
                            title: Strings.checkIn.insuranceStep(language), status: "Saved December 2, 2026, 8:03 AM",
                            answers: [("Member ID", "XOH 123456789")], files: [("Front of the card", "/front")]),
                        .init(
                            title: Strings.checkIn.reviewStep(language), status: "Saved December 2, 2026, 8:04 AM",
                            answers: [("Peanut (Hives)", "No longer has this allergy: Outgrew it")],
                            withheld: nil),
                        .init(
                            title: Strings.checkIn.fromOwnAccount(Strings.checkIn.reviewStep(language), "Mateo Garcia")(
                                language), status: "Saved December 2, 2026, 8:04 AM",
                            withheld: Strings.checkIn.staffRecordWithheld(language)),
                        .init(
                            title: "Before your visit", status: "Saved December 2, 2026, 8:05 AM",
                            answers: [("What would you like to talk about at this visit?", "Ear pain"), ("Fever?", "Yes")],
                            withheld: nil, responseLink: "/response"),
                        .init(
                            title: "Teen health check-in (private)", status: "Saved December 2, 2026, 8:07 AM", answers: nil,
                            withheld: Strings.checkIn.staffWithheld(language), responseLink: nil),
                    ]), context: Self.staff(language, patient: "Sofia Garcia")),
            named: "StaffCheckIn", language)
    }

    @Test("Administration: the audit trail, mail status, care teams and departments", arguments: Language.allCases)
    func administration(language: Language) {
        let audit = AuditTrailPage.Model(
            rows: [
                .init(
                    sequence: 42, time: "November 24, 2026, 12:00 PM", who: "member 1a2b", patient: "MRN100200",
                    action: "patient.view", outcome: "success", address: "127.0.0.1")
            ],
            filters: .init(), actions: ["patient.view"], outcomes: ["success", "denied"], olderLink: nil, filterError: false)
        PageSnapshot.check(AuditTrailPage.render(audit, context: Self.staff(language)), named: "AuditTrail", language)
        let mail = MailStatusPage.Model(
            rows: [
                .init(
                    id: UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!, recipient: "m***@example.org",
                    subject: "A new message in your portal", queued: "November 24, 2026, 11:00 AM", attempts: 5,
                    lastError: "RCPT 550", failed: true, nextAttempt: "")
            ],
            waiting: 1, notice: nil)
        PageSnapshot.check(MailStatusPage.render(mail, context: Self.staff(language)), named: "MailStatus", language)
        let form = CareTeamSetupPages.FormValues(
            nameEnglish: "", nameSpanish: "", kind: "care_team", responseDays: "2", sendsDigest: true, category: "")
        PageSnapshot.check(
            CareTeamSetupPages.list(
                .init(
                    careTeams: [.init(name: "General Pediatrics", link: "/t", isHIM: false, responseDays: 2, members: 3)],
                    form: form, problem: nil), context: Self.staff(language)),
            named: "CareTeamSetupList", language)
        PageSnapshot.check(
            CareTeamSetupPages.careTeam(
                .init(
                    name: "General Pediatrics", action: "/t", form: form,
                    members: [("Dr. Priya Patel", Self.text("Clinician", "Personal clínico"), "/remove")],
                    candidates: [("s2", "Sam Rivera (scheduler)")], addAction: "/add", problem: nil, saved: true),
                context: Self.staff(language)),
            named: "CareTeamSetup", language)
        var department = DepartmentSetupPages.FormValues()
        department.nameEnglish = "General Pediatrics"
        PageSnapshot.check(
            DepartmentSetupPages.list(
                .init(
                    departments: [.init(name: "General Pediatrics", link: "/d", details: [], schedulers: 1)],
                    form: .init(), problem: nil), context: Self.staff(language)),
            named: "DepartmentSetupList", language)
        PageSnapshot.check(
            DepartmentSetupPages.department(
                .init(
                    name: "General Pediatrics", action: "/d", form: department, schedulers: [("Sam Rivera", "/remove")],
                    candidates: [], addAction: "/add",
                    questionnaires: [
                        ("q1", "Before your visit (1)", false, true), ("q2", "Teen health check-in (private) (1)", true, false),
                    ], questionnairesAction: "/q", problem: nil, saved: false),
                context: Self.staff(language)),
            named: "DepartmentSetup", language)
    }

    @Test("Registered apps: the list with a refused registration, and one app just registered", arguments: Language.allCases)
    func appRegistration(language: Language) {
        var form = AppRegistrationPages.FormValues()
        form.name = "Growth Tracker"
        form.redirects = "http://app.example.org/callback"
        PageSnapshot.check(
            AppRegistrationPages.list(
                .init(
                    apps: [
                        .init(
                            name: "School Forms", link: "/staff/apps/1", clientID: "abc", confidential: true, disabled: true,
                            connections: 3)
                    ], form: form, problem: Strings.appRegistration.badRedirect("http://app.example.org/callback")),
                context: Self.staff(language)),
            named: "AppRegistrationList", language)
        PageSnapshot.check(
            AppRegistrationPages.app(
                .init(
                    name: "Growth Tracker", clientID: "Q2xpZW50SWRFeGFtcGxl", confidential: true,
                    redirects: ["https://app.example.org/callback", "http://127.0.0.1:8765/callback"],
                    scopes: AppRegistrationRules.defaultScopes, registered: "Dec 2, 2026, 9:00 AM", connections: 0,
                    disabled: false, secret: "U2VjcmV0RXhhbXBsZVNob3duT25jZQ", statusAction: "/staff/apps/1/status",
                    notice: nil),
                context: Self.staff(language)),
            named: "AppRegistration", language)
    }

    @Test("Who can see a record, and the member's account activity", arguments: Language.allCases)
    func accessAndActivity(language: Language) {
        let access = AccessOverviewPage.Model(
            forStaff: false,
            rows: [
                .init(
                    name: "Mateo Garcia", isViewer: true, access: Self.text("Your own record", "Su propio expediente"),
                    whatTheySee: Self.text("Everything", "Todo")),
                .init(
                    name: "Maria Garcia", isViewer: false, access: Self.text("Parent", "Madre o padre"),
                    whatTheySee: Self.text("Not what is confidential to you", "No lo que es confidencial para usted")),
            ],
            adulthoodDate: "June 1, 2030", recordLink: "/patients/00000000-0000-0000-0000-00000000000b")
        PageSnapshot.check(
            AccessOverviewPage.render(access, context: PageSnapshot.context(language, patientInView: "Mateo Garcia")),
            named: "AccessOverview", language)
        let activity = AccountActivityPage.Model(
            entries: [
                .init(
                    when: "November 24, 2026, 8:00 AM", what: Self.text("Signed in", "Inició sesión"), address: "203.0.113.9",
                    device: Self.text("Chrome on Android", "Chrome en Android"), isWarning: false)
            ],
            reported: false, contact: Self.contact,
            sessions: [
                .init(
                    handle: "0123456789abcdef01234567", device: Self.text("Chrome on Android", "Chrome en Android"),
                    address: "203.0.113.9", signedIn: "November 24, 2026, 8:00 AM", lastActive: "November 24, 2026, 8:05 AM",
                    isCurrent: true),
                .init(
                    handle: "89abcdef0123456789abcdef", device: nil, address: "198.51.100.20",
                    signedIn: "November 23, 2026, 9:15 PM", lastActive: "November 23, 2026, 9:40 PM", isCurrent: false),
            ],
            sessionEnded: true)
        PageSnapshot.check(
            AccountActivityPage.render(activity, context: PageSnapshot.context(language)), named: "AccountActivity", language)
    }

    @Test("Enrollment, activation, a guest's visit link and the camera check", arguments: Language.allCases)
    func publicPages(language: Language) {
        let context = PageSnapshot.anonymousContext(language)
        var values = EnrollmentPage.Values()
        values.applicant = "parent"
        values.submissionKey = "KEY"
        PageSnapshot.check(EnrollmentPage.render(values, problems: nil, context: context), named: "Enrollment", language)
        PageSnapshot.check(
            EnrollmentPage.received(context: context, contact: Self.contact), named: "EnrollmentReceived", language)
        PageSnapshot.check(
            ActivationPage.render(
                token: "TOKEN", step: .verify(zip: "", birthDate: "", error: nil), contact: Self.contact, context: context),
            named: "ActivationVerify", language)
        PageSnapshot.check(
            ActivationPage.render(
                token: "TOKEN",
                step: .account(
                    email: "grace.kim@example.org", name: "", nameError: nil, emailError: nil,
                    passwordErrors: []), contact: Self.contact, context: context),
            named: "ActivationAccount", language)
        PageSnapshot.check(
            GuestVisitPage.render(message: Self.text("This link has been used.", "Este enlace ya se usó."), context: context),
            named: "GuestVisit", language)
        PageSnapshot.check(VideoCheckPage.render(context: context), named: "VideoCheck", language)
        PageSnapshot.check(
            DevMailboxPage.render(
                [
                    .init(
                        to: "grace.kim@example.org", subject: "Your invitation", date: "November 24, 2026",
                        body: "Open the link to choose your password.", links: ["/activate/TOKEN"])
                ], context: context),
            named: "DevMailbox", language)
        PageSnapshot.check(
            ChoosePatientPage.render(
                patients: [("Sofia Garcia", "/compose-a"), ("Mateo Garcia", "/compose-b")],
                context: PageSnapshot.context(language)),
            named: "ChoosePatient", language)
    }
}
