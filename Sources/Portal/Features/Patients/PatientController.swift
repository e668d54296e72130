import Foundation
import PortalCore
import Vapor

struct PatientController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.patientScoped(PatientScopedRoutes.summary) { req, authorized in try await summary(req, authorized) }
    }

    func summary(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let patient = authorized.patient
        let birth = LocalDate(iso: patient.birthDate)
        let name = patient.shownName
        let record = req.record(of: authorized)
        let counts = try await record.counts()
        var newResults = 0
        if let member = req.currentSession?.member {
            let recent = try await record.recentResultIDs(since: req.now.addingTimeInterval(-ResultViews.newFor))
            newResults = try await ResultViews.unseen(recent, by: member.id!, on: req.db).count
        }
        let id = authorized.id
        var messages: [PatientSummaryPage.Section] = []
        if ThreadVisibility.scope(for: authorized.access) != .none {
            let conversations = Conversations(db: req.db, now: req.now)
            let threads = try await conversations.threads(of: [authorized])
            var unread: Set<UUID>?
            if let memberID = req.currentSession?.member?.id { unread = try await conversations.unread(threads, by: memberID) }
            messages = [
                .init(
                    name: Strings.Messaging.inboxTitle, count: threads.count, link: Paths.patientMessages(id),
                    newCount: unread?.count ?? 0)
            ]
        }
        let model = PatientSummaryPage.Model(
            name: name, legalName: patient.legalName,
            dateOfBirth: birth.map { DateText.long($0, language: req.language) } ?? "",
            age: birth.map { Age.years(bornOn: $0, on: req.today) } ?? 0,
            recordNumber: patient.medicalRecordNumber,
            access: AccessDescription(authorized.access, hospitalTimeZone: req.hospitalTimeZone),
            sections: [
                .init(name: Strings.Results.title, count: counts.results, link: Paths.patientResults(id), newCount: newResults),
                .init(name: Strings.Imaging.title, count: counts.imaging, link: Paths.patientImaging(id)),
                .init(name: Strings.HealthLists.medications, count: counts.medications, link: Paths.patientMedications(id)),
                .init(name: Strings.HealthLists.allergies, count: counts.allergies, link: Paths.patientAllergies(id)),
                .init(name: Strings.HealthLists.immunizations, count: counts.immunizations, link: Paths.patientImmunizations(id)),
                .init(name: Strings.Patients.documents, count: counts.documents, link: Paths.patientDocuments(id)),
                .init(
                    name: Strings.Appointments.upcomingAppointments, count: try await record.upcomingAppointmentCount(),
                    link: Paths.patientAppointments(id)),
            ] + messages,
            printLinks: [
                .init(name: Strings.HealthLists.printSummary, count: 0, link: Paths.patientHealthSummary(id)),
                .init(name: Strings.HealthLists.printRecord, count: 0, link: Paths.patientImmunizationRecord(id)),
            ],
            accessOverviewLink: authorized.level == .proxyFull || authorized.level == .proxyAdolescentLimited
                ? nil : Paths.patientAccess(authorized.id))
        return PatientSummaryPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }
}
