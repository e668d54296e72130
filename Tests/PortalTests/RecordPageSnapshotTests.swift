import Foundation
import PortalCore
import Testing

@testable import Portal

/// A patient's record, messages and requests, rendered from fixed data in both languages.
@Suite("Record, message and request pages as snapshots")
struct RecordPageSnapshotTests {
    static let sofia = FamilyPageSnapshotTests.sofia
    static func text(_ english: String, _ spanish: String) -> LocalizedText { LocalizedText(en: english, es: spanish) }
    static func context(_ language: Language, staff: Bool = false) -> PageContext {
        PageSnapshot.context(language, staff: staff, patientInView: "Sofia Garcia")
    }
    static let restriction = RestrictionForm.Model(
        action: Routes.patientRestrictions(sofia), kind: .labReport,
        itemID: UUID(uuidString: "00000000-0000-0000-0000-0000000000d1")!, returnPath: "/return", mark: nil)

    @Test("A result with its trend, as a clinician sees it", arguments: Language.allCases)
    func result(language: Language) {
        let model = ResultPage.Model(
            patientName: "Sofia Garcia", test: "Hemoglobin", value: "10.1 g/dL", range: "11.5-15.5 g/dL", flag: .low,
            status: Self.text("Final", "Final"), isCorrected: false, collected: "November 20, 2026",
            issued: "November 21, 2026", reportName: "Complete blood count", note: "Repeat in 3 months.",
            sensitivityNote: nil, listLink: Routes.patientResults(Self.sofia), chart: nil, chartFrom: "November 2024",
            chartTo: "November 2026", chartValues: 41, chartIsSampled: true, axisUnit: "g/dL",
            trend: [
                .init(date: "November 20, 2026", value: "10.1", flag: .low, isThisOne: true),
                .init(date: "November 18, 2025", value: "12.0", flag: .normal, isThisOne: false),
            ], valuesPage: 1, valuesPages: 3, newerValues: nil, olderValues: "/values-page-2",
            periods: [.init(label: Self.text("2 years", "2 años"), link: "/years-2", isCurrent: true)],
            restriction: Self.restriction)
        PageSnapshot.check(ResultPage.render(model, context: Self.context(language, staff: true)), named: "Result", language)
    }

    @Test("Documents: the list and one document", arguments: Language.allCases)
    func documents(language: Language) {
        let list = DocumentListPage.Model(
            patientName: "Sofia Garcia", recordLink: Routes.patient(Self.sofia),
            items: [
                .init(
                    title: "After-visit summary", date: "November 20, 2026", author: "Dr. Priya Patel", link: "/document",
                    isConfidential: false)
            ])
        PageSnapshot.check(DocumentListPage.render(list, context: Self.context(language)), named: "DocumentList", language)
        let document = DocumentPage.Model(
            patientName: "Sofia Garcia", patientBirthDate: "March 3, 2021", title: "Return-to-school note",
            date: "November 20, 2026", author: "Dr. Priya Patel",
            body: .paragraphs(["Sofia may return to school on Monday.", "No gym class for one week."]),
            sensitivityNote: nil, listLink: Routes.patientDocuments(Self.sofia), printedOn: "November 24, 2026",
            encounter: "Office visit", restriction: nil)
        PageSnapshot.check(DocumentPage.render(document, context: Self.context(language)), named: "Document", language)
    }

    @Test("Imaging: the list and one report", arguments: Language.allCases)
    func imaging(language: Language) {
        let list = ImagingListPage.Model(
            patientName: "Sofia Garcia", recordLink: Routes.patient(Self.sofia),
            items: [
                .init(name: "Chest X-ray, 2 views", date: "October 2, 2026", link: "/report", isNew: true, sensitivityNote: nil)
            ])
        PageSnapshot.check(ImagingListPage.render(list, context: Self.context(language)), named: "ImagingList", language)
        let report = ImagingReportPage.Model(
            patientName: "Sofia Garcia", name: "Chest X-ray, 2 views", performed: "October 2, 2026",
            modality: Self.text("X-ray", "Radiografía"), bodySite: "Chest", status: Self.text("Final", "Final"),
            findings: ["The lungs are clear."], impression: "Normal chest.", sensitivityNote: nil,
            listLink: Routes.patientImaging(Self.sofia), restriction: nil)
        PageSnapshot.check(ImagingReportPage.render(report, context: Self.context(language)), named: "ImagingReport", language)
    }

    @Test("A thread as the family sees it, with a reply box", arguments: Language.allCases)
    func thread(language: Language) {
        let model = ThreadPage.Model(
            subject: "Question about the rash", patientName: "Sofia Garcia", teamName: "General Pediatrics",
            backLink: Routes.patientMessages(Self.sofia), isClosed: false, restrictedBecause: nil,
            entries: [
                .init(
                    author: "Maria Garcia", isFromCareTeam: false, time: "November 22, 2026, 8:15 PM",
                    body: "Sofia has a rash on her arms since yesterday.", readNote: nil,
                    attachments: [(Self.text("rash.jpg", "rash.jpg"), "/attachment")]),
                .init(
                    author: "Dr. Priya Patel", isFromCareTeam: true, time: "November 23, 2026, 9:02 AM",
                    body: "Thank you. Please send a photo if it spreads.", readNote: Self.text("Read", "Leído")),
            ],
            flash: nil, problem: nil,
            reply: .init(action: "/replies", submissionKey: "KEY", text: "", error: nil, careTeamID: nil),
            newMessageLink: nil, staff: nil)
        PageSnapshot.check(ThreadPage.render(model, context: Self.context(language)), named: "Thread", language)
    }

    @Test("Writing to the care team, with problems", arguments: Language.allCases)
    func compose(language: Language) {
        var model = ComposePage.Model(
            patientName: "Sofia Garcia", action: Routes.startThread(Self.sofia), backLink: Routes.patientMessages(Self.sofia),
            recipients: [
                .init(
                    id: UUID(uuidString: "00000000-0000-0000-0000-0000000000e1")!, name: "General Pediatrics",
                    isHIM: false, promise: Self.text("Expect a reply by Thursday.", "Espere respuesta el jueves.")),
                .init(
                    id: UUID(uuidString: "00000000-0000-0000-0000-0000000000e2")!, name: "Health Information Management",
                    isHIM: true, promise: Self.text("Expect a reply by Friday.", "Espere respuesta el viernes.")),
            ],
            selected: "", subject: "", body: "", submissionKey: "KEY",
            audienceNote: Self.text("Sofia's other parent can read this too.", "El otro padre de Sofia también puede leerlo."))
        model.problems.recipient = Self.text("Choose who to write to.", "Elija a quién escribir.")
        PageSnapshot.check(ComposePage.render(model, context: Self.context(language)), named: "Compose", language)
    }

    @Test("An appointment with its video room open and a guest", arguments: Language.allCases)
    func appointment(language: Language) {
        let model = AppointmentPage.Model(
            patientName: "Sofia Garcia", backLink: Routes.patientAppointments(Self.sofia), department: "General Pediatrics",
            when: "Tuesday, December 1, 2026, 9:30 AM to 10:00 AM Central Time", status: Self.text("Booked", "Programada"),
            clinician: "Dr. Priya Patel", isVideo: true, visitType: "Follow-up", instruction: "Have the medicine list ready.",
            address: nil, mapLink: nil, phone: "(312) 555-0100", calendarLink: "/calendar.ics", flash: nil, problem: nil,
            video: .init(
                state: .open(joinLink: "/join"),
                guests: [.init(name: "Abuela Rosa", state: Self.text("Not used yet", "Sin usar"), revokeAction: "/revoke")],
                guestForm: .init(action: "/guests", key: "KEY", name: "", error: nil), newGuestLink: nil),
            interpreter: .form(action: "/interpreter", key: "KEY", language: "", error: nil),
            cancel: .form(action: "/cancel", key: "KEY", deadline: "Monday, November 30, 2026, 9:30 AM", reason: "", error: nil))
        PageSnapshot.check(AppointmentPage.render(model, context: Self.context(language)), named: "Appointment", language)
    }

    @Test("Asking for an appointment, and the request with times offered", arguments: Language.allCases)
    func schedulingRequest(language: Language) {
        var values = SchedulingRequestFormPage.Values()
        values.phone = "555"
        values.key = "KEY"
        var problems = SchedulingRequestFormPage.Problems()
        problems.phone = Strings.scheduling.phoneInvalid
        let form = SchedulingRequestFormPage.Model(
            patientName: "Sofia Garcia", action: Routes.patientSchedulingRequests(Self.sofia),
            backLink: Routes.patientAppointments(Self.sofia),
            departments: [.init(id: "dept-1", label: "General Pediatrics", reasons: [("Sick visit", "Sick visit")])],
            offersSharing: true, values: values, problems: problems)
        PageSnapshot.check(
            SchedulingRequestFormPage.render(form, context: Self.context(language)), named: "SchedulingRequestForm", language)
        let request = SchedulingRequestPage.Model(
            patientName: "Sofia Garcia", backLink: Routes.patientAppointments(Self.sofia), department: "General Pediatrics",
            sent: "November 22, 2026", status: Self.text("Times offered", "Horarios ofrecidos"),
            asked: [(Self.text("Reason", "Motivo"), "Sick visit")],
            outcome: .offered(
                action: "/choice", slots: [.init(value: "1796000000", text: "Wednesday, November 25, 2026, 10:00 AM")],
                details: "30 minutes with Dr. Priya Patel", error: nil),
            note: nil, flash: nil, withdrawAction: "/withdraw")
        PageSnapshot.check(
            SchedulingRequestPage.render(request, context: Self.context(language)), named: "SchedulingRequest", language)
    }

    @Test("Asking for a renewal, and a decided renewal", arguments: Language.allCases)
    func renewals(language: Language) {
        var values = RenewalFormPage.Values()
        values.key = "KEY"
        let form = RenewalFormPage.Model(
            medicine: "Amoxicillin 250 mg/5 mL suspension", patientName: "Sofia Garcia",
            backLink: Routes.patientMedications(Self.sofia),
            state: .form(
                action: "/renewal", intro: Self.text("Dr. Patel's team will answer.", "El equipo de la Dra. Patel responderá."),
                pharmacies: ["Lincoln Park Pharmacy"], values: values, problems: .init()))
        PageSnapshot.check(RenewalFormPage.render(form, context: Self.context(language)), named: "RenewalForm", language)
        let decided = RenewalPage.Model(
            medicine: "Amoxicillin 250 mg/5 mL suspension", patientName: "Sofia Garcia",
            backLink: Routes.patientMedications(Self.sofia), backText: Self.text("Medications", "Medicamentos"),
            status: Self.text("Approved", "Aprobada"), outcome: Self.text("1 refill approved.", "1 resurtido aprobado."),
            note: nil, facts: [(Self.text("Pharmacy", "Farmacia"), "Lincoln Park Pharmacy")], appointmentLink: nil,
            flash: nil, problem: nil, review: nil)
        PageSnapshot.check(RenewalPage.render(decided, context: Self.context(language)), named: "Renewal", language)
    }
}
