import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Testing

@testable import Portal

/// The pages a family sees, rendered from fixed data in both languages.
@Suite("Family pages as snapshots")
struct FamilyPageSnapshotTests {
    static let sofia = Ref<Patient>(UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!)
    static let item = Ref<LabResult>(UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!)
    static func text(_ english: String, _ spanish: String) -> LocalizedText { LocalizedText(en: english, es: spanish) }

    @Test("Sign-in, with a wrong password", arguments: Language.allCases)
    func signIn(language: Language) {
        let model = SignInPage.Model(
            audience: .member, email: "maria.garcia@example.org", error: Strings.signIn.wrongCredentials)
        PageSnapshot.check(SignInPage.render(model, context: PageSnapshot.anonymousContext(language)), named: "SignIn", language)
        let staff = SignInPage.Model(audience: .staff, notice: Strings.signIn.signedOut)
        PageSnapshot.check(
            SignInPage.render(staff, context: PageSnapshot.anonymousContext(language)), named: "StaffSignIn", language)
    }

    @Test("A forgotten password: each step, with its messages", arguments: Language.allCases)
    func passwordReset(language: Language) {
        let context = PageSnapshot.anonymousContext(language)
        let contact = HospitalContact(phone: "(555) 010-0100", email: "him@example.org")
        let steps: [(String, PasswordResetPage.Step)] = [
            ("Request", .request(email: "", error: Strings.passwordReset.missingEmail)),
            ("Sent", .sent(email: "maria.garcia@example.org")),
            ("Code", .code(token: "TOKEN", error: Strings.passwordReset.wrongCode)),
            ("SendCode", .sendCode(token: "TOKEN", emailedTo: "m•••@example.org")),
            ("Password", .password(token: "TOKEN", minimumLength: 15, errors: [Strings.account.problem(.commonlyUsed)])),
            ("Closed", .closed),
        ]
        for (name, step) in steps {
            PageSnapshot.check(
                PasswordResetPage.render(step, contact: contact, context: context), named: "PasswordReset\(name)", language)
        }
    }

    @Test("Connecting an app: the question, with two records to choose from", arguments: Language.allCases)
    func appConsent(language: Language) {
        var model = AppConsentPage.Model(
            appName: "Growth Tracker",
            scopes: AppScopes(
                granting: SMARTScope.list("launch/patient patient/*.rs offline_access"),
                registeredFor: SMARTScope.list("patient/*.rs offline_access")),
            requestRef: Ref(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!),
            patients: [
                .init(id: Self.sofia.uuid, name: "Sofia García"),
                .init(id: UUID(uuidString: "00000000-0000-0000-0000-00000000000b")!, name: "Mateo García"),
            ])
        PageSnapshot.check(AppConsentPage.render(model, context: PageSnapshot.context(language)), named: "AppConsent", language)
        model.scopes = AppScopes(
            granting: SMARTScope.list("patient/Immunization.rs"), registeredFor: SMARTScope.list("patient/*.rs"))
        model.patients = [.init(id: Self.sofia.uuid, name: "Sofia García")]
        model.error = Strings.connectedApps.chooseRecord
        PageSnapshot.check(
            AppConsentPage.render(model, context: PageSnapshot.context(language)), named: "AppConsentOneRecord", language)
    }

    @Test("Connected apps: one reading a record, one whose record the member no longer sees", arguments: Language.allCases)
    func connectedApps(language: Language) {
        let model = ConnectedAppsPage.Model(
            connections: [
                .init(
                    ref: Ref(UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!), appName: "Growth Tracker",
                    patientName: "Sofia García", connected: "Nov 20, 2026, 9:14 AM", lastUsed: "Nov 24, 2026, 7:02 AM",
                    reads: [.basicDetails, .labResults, .immunizations], staysConnected: true, accessEnded: false),
                .init(
                    ref: Ref(UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!), appName: "School Forms",
                    patientName: "Lucia García", connected: "Jan 3, 2026, 4:00 PM", lastUsed: nil, reads: [.immunizations],
                    staysConnected: false, accessEnded: true),
            ], disconnected: true, fhirBase: "https://portal.example.org/fhir/r4")
        PageSnapshot.check(
            ConnectedAppsPage.render(model, context: PageSnapshot.context(language)), named: "ConnectedApps", language)
        let empty = ConnectedAppsPage.Model(connections: [], fhirBase: "https://portal.example.org/fhir/r4")
        PageSnapshot.check(
            ConnectedAppsPage.render(empty, context: PageSnapshot.context(language)), named: "ConnectedAppsNone", language)
    }

    @Test("The second-factor code step", arguments: Language.allCases)
    func secondFactorCode(language: Language) {
        let model = SecondFactorCodePage.Model(error: Strings.signIn.wrongCode)
        PageSnapshot.check(
            SecondFactorCodePage.render(model, context: PageSnapshot.anonymousContext(language)), named: "SecondFactorCode",
            language)
    }

    @Test("The member's home with two children and one turning 18", arguments: Language.allCases)
    func memberHome(language: Language) {
        let model = MemberHomePage.Model(
            firstName: "Maria",
            patients: [
                .init(
                    name: "Sofia Garcia", age: 5, access: .proxy(.parent), link: Routes.patient(Self.sofia),
                    nextAppointment: "Tuesday, December 1, 2026, 9:30 AM CST",
                    appointmentsLink: Routes.patientAppointments(Self.sofia)),
                .init(
                    name: "Mateo Garcia", age: 14, access: .limitedSinceTwelve(.parent),
                    link: "/patients/00000000-0000-0000-0000-00000000000b"),
            ],
            ended: [
                .init(
                    name: "Lucia Garcia",
                    message: Self.text("Your access ended on her 18th birthday.", "Su acceso terminó en su cumpleaños 18."))
            ],
            unreadMessages: 2, canWrite: true)
        PageSnapshot.check(MemberHomePage.render(model, context: PageSnapshot.context(language)), named: "MemberHome", language)
    }

    @Test("The account page", arguments: Language.allCases)
    func account(language: Language) {
        let model = AccountPage.Model(
            name: "Maria Garcia", email: "maria.garcia@example.org", hasSecondFactor: true, recoveryCodesLeft: 8,
            notice: Strings.account.resultDelaySaved, resultDelayDays: 3)
        PageSnapshot.check(AccountPage.render(model, context: PageSnapshot.context(language)), named: "Account", language)
    }

    @Test("Confirming it is you, and the security page with its messages", arguments: Language.allCases)
    func security(language: Language) {
        let context = PageSnapshot.context(language)
        PageSnapshot.check(
            ConfirmIdentityPage.render(
                .init(hasSecondFactor: true, returnTo: Routes.accountSecurity(), error: Strings.account.wrongProof),
                context: context),
            named: "ConfirmIdentity", language)
        var model = SecurityPage.Model(
            isStaff: false, hasSecondFactor: true, recoveryCodesLeft: 7, notice: Strings.account.passwordChanged)
        model.newPasswordErrors = [Strings.account.problem(.commonlyUsed)]
        model.removeError = Strings.account.removeNeedsLongerPassword
        model.email = "maria.garcia@example.org"
        model.newEmail = "maria@example"
        model.emailError = Strings.account.emailBad
        PageSnapshot.check(SecurityPage.render(model, context: context), named: "Security", language)
        PageSnapshot.check(
            EmailCodeSetupPage.render(.init(emailedTo: "m•••@example.org", error: Strings.signIn.wrongCode), context: context),
            named: "EmailCodeSetup", language)
        PageSnapshot.check(
            SecondFactorCodePage.render(
                .init(emailedTo: "m•••@example.org", notice: Strings.signIn.newCodeSent),
                context: PageSnapshot.anonymousContext(language)),
            named: "SecondFactorEmailCode", language)
        let emailSteps: [(String, EmailChangePage.Step)] = [
            ("Confirm", .confirm(token: "TOKEN", email: "maria@example.org")), ("Done", .done(email: "maria@example.org")),
            ("Closed", .closed),
        ]
        for (name, step) in emailSteps {
            PageSnapshot.check(EmailChangePage.render(step, context: context), named: "EmailChange\(name)", language)
        }
        let staff = SecurityPage.Model(isStaff: true, hasSecondFactor: true, recoveryCodesLeft: 10)
        PageSnapshot.check(
            SecurityPage.render(staff, context: PageSnapshot.context(language, staff: true)), named: "StaffSecurity", language)
    }

    @Test("Setting up a second factor, and the recovery codes", arguments: Language.allCases)
    func secondFactorSetup(language: Language) {
        let model = SecondFactorSetupPage.Model(
            secret: "JBSWY3DPEHPK3PXP", provisioningURI: "otpauth://totp/Lakeside:maria?secret=JBSWY3DPEHPK3PXP",
            isRequiredStaffSetup: false, error: Strings.account.wrongSetupCode, welcomesNewMember: true)
        PageSnapshot.check(
            SecondFactorSetupPage.render(model, context: PageSnapshot.context(language)), named: "SecondFactorSetup", language)
        PageSnapshot.check(
            RecoveryCodesPage.render(
                codes: ["ABCD-EFGH-JKLM-NPQR", "STUV-WXYZ-2345-6789"], isStaff: false, context: PageSnapshot.context(language)),
            named: "RecoveryCodes", language)
    }

    @Test("The error page", arguments: Language.allCases)
    func errorPage(language: Language) {
        PageSnapshot.check(
            ErrorPage.render(error: .notFound, requestID: "REQUEST-1", context: PageSnapshot.anonymousContext(language)),
            named: "ErrorNotFound", language)
    }

    @Test("A patient's summary", arguments: Language.allCases)
    func patientSummary(language: Language) {
        let model = PatientSummaryPage.Model(
            name: "Sofia Garcia", legalName: "Sofia Isabel Garcia", dateOfBirth: "March 3, 2021", age: 5,
            recordNumber: "MRN100200", access: .proxy(.parent),
            sections: [
                .init(name: Strings.healthLists.medications, count: 2, link: Routes.patientMedications(Self.sofia)),
                .init(name: Strings.healthLists.allergies, count: 1, link: Routes.patientAllergies(Self.sofia)),
            ],
            printLinks: [.init(name: Strings.healthLists.healthSummary, count: 0, link: Routes.patientHealthSummary(Self.sofia))],
            accessOverviewLink: nil)
        PageSnapshot.check(
            PatientSummaryPage.render(model, context: PageSnapshot.context(language, patientInView: "Sofia Garcia")),
            named: "PatientSummary", language)
    }

    @Test("Test results, one new and flagged", arguments: Language.allCases)
    func results(language: Language) {
        let model = ResultListPage.Model(
            patientName: "Sofia Garcia", recordLink: Routes.patient(Self.sofia),
            groups: [
                .init(
                    name: "Complete blood count", collected: "November 20, 2026", status: nil, isNew: true,
                    sensitivityNote: nil,
                    rows: [
                        .init(
                            test: "Hemoglobin", value: "10.1 g/dL", range: "11.5-15.5 g/dL", flag: .low,
                            link: Routes.patientResult(Self.sofia, Self.item), isCorrected: false),
                        .init(
                            test: "Platelets", value: "250 10*3/uL", range: "150-400 10*3/uL", flag: .normal,
                            link: Routes.patientResult(Self.sofia, Self.item), isCorrected: true),
                    ])
            ],
            page: 1, totalPages: 2, newerLink: nil, olderLink: Routes.patientResults(Self.sofia).query(["page": "2"]),
            showsDelayNote: true)
        PageSnapshot.check(
            ResultListPage.render(model, context: PageSnapshot.context(language, patientInView: "Sofia Garcia")),
            named: "ResultList", language)
    }

    @Test("Medications, allergies and immunizations, and their print views", arguments: Language.allCases)
    func healthLists(language: Language) {
        let context = PageSnapshot.context(language, patientInView: "Sofia Garcia")
        let medicine = HealthListModels.MedicationItem(
            name: "Amoxicillin 250 mg/5 mL suspension", dose: "5 mL", instructions: "Twice a day for 10 days",
            prescriber: "Dr. Priya Patel", started: "November 2, 2026", refills: 1, pharmacy: "Lincoln Park Pharmacy",
            status: Self.text("Active", "Activo"), isActive: true, sensitivityNote: nil,
            renewal: (nil, "/renewal", Strings.renewals.requestOf("Amoxicillin 250 mg/5 mL suspension")))
        let allergy = HealthListModels.AllergyItem(
            substance: "Peanut", type: Self.text("Food", "Alimento"), reactions: ["Hives"],
            severity: Self.text("Severe", "Grave"), isHighRisk: true, status: Self.text("Active", "Activa"), isActive: true,
            recorded: "May 1, 2024", sensitivityNote: nil)
        let shot = HealthListModels.ImmunizationItem(
            vaccine: "MMR", groups: [.measlesMumpsRubella], givenOn: "2022-03-03", date: "March 3, 2022",
            dose: Self.text("Dose 1", "Dosis 1"), site: Self.text("Left thigh", "Muslo izquierdo"),
            route: Self.text("Injection under the skin", "Inyección debajo de la piel"), lot: "M123", wasGiven: true)
        // A school reads DTaP and Tdap under one disease, each dose named; a vaccine the
        // portal cannot place keeps the EHR's name.
        let infantDose = HealthListModels.ImmunizationItem(
            vaccine: "DTaP", groups: [.diphtheriaTetanusPertussis], code: "20", givenOn: "2021-05-06", date: "May 6, 2021",
            dose: Self.text("Dose 1 of 5", "Dosis 1 de 5"), lot: "D1", wasGiven: true)
        let booster = HealthListModels.ImmunizationItem(
            vaccine: "Tdap", groups: [.diphtheriaTetanusPertussis], code: "115", givenOn: "2026-09-01", date: "September 1, 2026",
            dose: Self.text("Dose 1 of 1", "Dosis 1 de 1"), lot: "T1", wasGiven: true)
        let travel = HealthListModels.ImmunizationItem(
            vaccine: "Typhoid, oral", givenOn: "2025-06-01", date: "June 1, 2025", route: Self.text("By mouth", "Por la boca"),
            wasGiven: true)
        let shots = [shot, booster, infantDose, travel]
        PageSnapshot.check(
            MedicationListPage.render(
                .init(patientName: "Sofia Garcia", recordLink: Routes.patient(Self.sofia), items: [medicine]),
                context: context), named: "MedicationList", language)
        PageSnapshot.check(
            AllergyListPage.render(
                .init(patientName: "Sofia Garcia", recordLink: Routes.patient(Self.sofia), items: [allergy]),
                context: context), named: "AllergyList", language)
        PageSnapshot.check(
            ImmunizationListPage.render(
                .init(
                    patientName: "Sofia Garcia", recordLink: Routes.patient(Self.sofia),
                    printLink: Routes.patientImmunizationRecord(Self.sofia), items: shots), context: context),
            named: "ImmunizationList", language)
        let header = PrintHeader.Model(
            title: Strings.healthLists.immunizationRecord, patientName: "Sofia Isabel Garcia", dateOfBirth: "March 3, 2021",
            hospitalName: "Lakeside Children's Hospital", printedOn: "November 24, 2026",
            backLink: Routes.patientImmunizations(Self.sofia))
        PageSnapshot.check(
            ImmunizationRecordPage.render(
                .init(
                    header: header, items: shots,
                    healthCards: .init(
                        codes: [(try! QRCode.encode([.bytes(Array("shc:/56762909".utf8))], mask: 0), [VaccineGroup.polio.name])],
                        leftOut: 1, fileLink: Routes.patientHealthCardFile(Self.sofia))),
                context: context),
            named: "ImmunizationRecord", language)
        PageSnapshot.check(
            HealthSummaryPage.render(
                .init(header: header, allergies: [allergy], medications: [medicine], immunizations: [shot]), context: context),
            named: "HealthSummary", language)
    }

    @Test("Share codes: the family's list, a new code, and the nurse's form", arguments: Language.allCases)
    func sharing(language: Language) {
        let context = PageSnapshot.context(language, patientInView: "Sofia Garcia")
        let code = SharingPage.Code(
            revokeLink: Routes.patientRevokeShareCode(
                Self.sofia, Ref(UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!)),
            ending: "7QX2", kind: .immunizations, note: "Lincoln Elementary", state: .active,
            stateMoment: "December 24, 2026 at 12:00 PM", madeOn: "November 24, 2026 at 12:00 PM", madeBy: "David Garcia",
            uses: [("November 25, 2026 at 8:15 AM", "Chrome on Windows", "Record viewed")])
        let ended = SharingPage.Code(
            revokeLink: "", ending: "K9P4", kind: .healthSummary, note: nil, state: .locked,
            stateMoment: "November 20, 2026 at 3:02 PM", madeOn: "November 1, 2026 at 9:00 AM", madeBy: nil, uses: [])
        let model = SharingPage.Model(
            patientName: "Sofia Garcia", recordLink: Routes.patient(Self.sofia),
            createLink: Routes.patientCreateShareCode(Self.sofia),
            form: .init(
                kind: "", days: "30", note: "x", kindError: Strings.sharing.chooseKind,
                submissionKey: "form-key-0000000000000000000000000000000000"), codes: [code, ended])
        PageSnapshot.check(SharingPage.render(model, context: context), named: "Sharing", language)
        var teen = model
        teen.form = nil
        PageSnapshot.check(SharingPage.render(teen, context: context), named: "SharingTeenDecides", language)
        PageSnapshot.check(
            ShareCodeCreatedPage.render(
                .init(
                    patientName: "Sofia Garcia", code: "ABCD-EFGH-7QX2", kind: .immunizations,
                    until: "December 24, 2026 at 12:00 PM", address: "https://portal.example.org/share",
                    codesLink: Routes.patientSharing(Self.sofia)), context: context),
            named: "ShareCodeCreated", language)
        PageSnapshot.check(
            SharedRecordFormPage.render(
                .init(code: "ABCD", birthDate: "", codeError: Strings.sharing.codeUnreadable, problem: Strings.sharing.noMatch),
                context: PageSnapshot.anonymousContext(language)),
            named: "SharedRecordForm", language)
    }

    @Test(
        "Check-in: the steps, the contact details with problems, the insurance, the allergies and medicines, a questionnaire's part",
        arguments: Language.allCases)
    func checkIn(language: Language) throws {
        let context = PageSnapshot.context(language, patientInView: "Sofia Garcia")
        let hub = CheckInPages.HubModel(
            visit: "December 4, 2026, 9:30 AM", startsAt: "December 4, 2026, 9:30 AM", appointmentLink: "/visit",
            steps: [
                .init(name: "Contact details", status: "Saved December 2, 2026, 8:00 AM", link: "/contact", isSaved: true),
                .init(name: "Before your visit", status: "Not started", link: "/q", isSaved: false),
                .init(
                    name: "Health history", status: "Answered by Mateo Garcia from their own account", link: nil, isSaved: true),
            ], finishAction: "/finish", done: nil, problem: Strings.checkIn.saveEveryStep)
        PageSnapshot.check(CheckInPages.hub(hub, context: context), named: "CheckIn", language)
        var contact = CheckInContact()
        contact.street = "2300 N Lincoln Ave"
        contact.zip = "606"
        PageSnapshot.check(
            CheckInPages.contact(
                .init(
                    visit: "December 4, 2026, 9:30 AM", hubLink: "/hub", action: "/contact", contact: contact,
                    problems: [.zip: .notAZIP, .city: .required, .mobilePhone: .onePhoneNeeded]), context: context),
            named: "CheckInContact", language)
        let questionnaire = try IntakeQuestionnaire.read(DemoQuestionnaires.pediatricIntake)
        let items = CheckInController.parts(of: questionnaire)[0]
        let fever = try #require(questionnaire.item("fever"))
        PageSnapshot.check(
            CheckInPages.questionnaire(
                .init(
                    visit: "December 4, 2026, 9:30 AM", hubLink: "/hub", action: "/q", title: questionnaire.title,
                    isPrivate: false, part: 0, parts: 2, items: items,
                    conditions: ["fever-days": (fever.text, Strings.checkIn.yes)],
                    answers: IntakeAnswers(["fever": [.boolean(true)], "symptoms": [.coding(system: nil, code: "cough")]]),
                    typed: [:], problems: ["reason": .required, "fever-days": .notANumber], locked: nil),
                context: context),
            named: "CheckInQuestionnaire", language)
        var insurance = CheckInInsurance()
        insurance.coverage = .insured
        insurance.payer = "Blue Cross Blue Shield of Illinois"
        insurance.memberID = "???"
        PageSnapshot.check(
            CheckInPages.insurance(
                .init(
                    visit: "December 4, 2026, 9:30 AM", patientName: "Sofia Garcia", hubLink: "/hub", action: "/insurance",
                    insurance: insurance, problems: [.memberID: .notAnID, .backPhoto: .photoNeeded], savedPhotos: [.front],
                    choseFiles: true, ownAccount: false),
                context: context),
            named: "CheckInInsurance", language)
        var peanut = CheckInRecordReview.Entry(
            kind: .allergy, itemID: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, name: "Peanut",
            detail: "Hives", sensitivity: "normal")
        peanut.answer = .noLonger
        peanut.note = "Outgrew it"
        let inhaler = CheckInRecordReview.Entry(
            kind: .medication, itemID: UUID(uuidString: "00000000-0000-0000-0000-000000000002")!,
            name: "Albuterol 90 mcg inhaler", detail: "2 puffs", sensitivity: "normal")
        PageSnapshot.check(
            CheckInPages.review(
                .init(
                    visit: "December 4, 2026, 9:30 AM", patientName: "Sofia Garcia", hubLink: "/hub", action: "/review",
                    review: CheckInRecordReview(entries: [peanut, inhaler], missing: "Cetirizine 5 mg"),
                    problems: [.entry(inhaler.itemID): .chooseOne]),
                context: context),
            named: "CheckInReview", language)
    }

    @Test("Messages: the inbox and a patient's list", arguments: Language.allCases)
    func threadList(language: Language) {
        let model = ThreadListPage.Model(
            title: Strings.messaging.inboxTitle, backLink: nil, unreadCount: 1, search: "",
            writeLink: Routes.messagesNew(),
            rows: [
                .init(
                    subject: "Question about the rash", link: "/thread", patientName: "Sofia Garcia",
                    teamName: "General Pediatrics", lastMessage: "November 23, 2026", count: 3, isUnread: true,
                    isClosed: false, isRestricted: false)
            ])
        PageSnapshot.check(ThreadListPage.render(model, context: PageSnapshot.context(language)), named: "Inbox", language)
    }

    @Test("Appointments: upcoming, past and requests", arguments: Language.allCases)
    func appointments(language: Language) {
        let model = AppointmentListPage.Model(
            patientName: "Sofia Garcia", recordLink: Routes.patient(Self.sofia), zoneName: "Central Time",
            upcoming: [
                .init(
                    when: "Tuesday, December 1, 2026, 9:30 AM", link: "/visit", department: "General Pediatrics",
                    clinician: "Dr. Priya Patel", isVideo: true, status: Self.text("Booked", "Programada"),
                    cancelRequested: false)
            ],
            past: [],
            requests: .init(
                newRequestLink: Routes.patientNewSchedulingRequest(Self.sofia),
                rows: [
                    .init(
                        title: "New appointment", link: "/request", sent: "November 22, 2026",
                        status: Self.text("Times offered", "Horarios ofrecidos"), needsAction: true)
                ]))
        PageSnapshot.check(
            AppointmentListPage.render(model, context: PageSnapshot.context(language, patientInView: "Sofia Garcia")),
            named: "AppointmentList", language)
    }
}
