import Foundation
import PortalCore
import Vapor

struct PatientController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patient) { req, authorized in try await summary(req, authorized) }
    }

    func summary(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let patient = authorized.patient
        let birth = LocalDate(iso: patient.birthDate)
        let name = patient.shownName
        let record = req.record(of: authorized)
        let counts = try await record.counts(
            newResults: req.currentSession?.member?.id.map { ResultViews.newResults(for: $0, now: req.now) })
        let id = authorized.id
        var messages: [PatientSummaryPage.Section] = []
        if authorized.threadScope != .none {
            let conversations = Conversations(db: req.db, now: req.now)
            let (threads, unread) = try await conversations.threads(of: [authorized], readBy: req.currentSession?.member?.id)
            messages = [
                .init(
                    name: Strings.messaging.inboxTitle, count: threads.count, link: Routes.patientMessages(Ref(id)),
                    newCount: unread.count)
            ]
        }
        let model = PatientSummaryPage.Model(
            name: name, legalName: patient.legalName,
            dateOfBirth: birth.map { DateText.long($0, language: req.language) } ?? "",
            age: birth.map { Age.years(bornOn: $0, on: req.today) } ?? 0,
            recordNumber: patient.medicalRecordNumber,
            access: AccessDescription(authorized.access, hospitalTimeZone: req.hospitalTimeZone),
            sections: [
                .init(
                    name: Strings.results.title, count: counts.results, link: Routes.patientResults(Ref(id)),
                    newCount: counts.newResults
                ),
                .init(name: Strings.imaging.title, count: counts.imaging, link: Routes.patientImaging(Ref(id))),
                .init(name: Strings.healthLists.medications, count: counts.medications, link: Routes.patientMedications(Ref(id))),
                .init(name: Strings.healthLists.allergies, count: counts.allergies, link: Routes.patientAllergies(Ref(id))),
                .init(
                    name: Strings.healthLists.immunizations, count: counts.immunizations,
                    link: Routes.patientImmunizations(Ref(id))),
                .init(name: Strings.patients.documents, count: counts.documents, link: Routes.patientDocuments(Ref(id))),
                .init(
                    name: Strings.appointments.upcomingAppointments, count: counts.upcomingAppointments,
                    link: Routes.patientAppointments(Ref(id))),
            ] + messages,
            printLinks: [
                .init(name: Strings.healthLists.printSummary, count: 0, link: Routes.patientHealthSummary(Ref(id))),
                .init(name: Strings.healthLists.printRecord, count: 0, link: Routes.patientImmunizationRecord(Ref(id))),
            ]
                + (req.currentSession?.member == nil
                    ? [] : [.init(name: Strings.sharing.title, count: 0, link: Routes.patientSharing(Ref(id)))]),
            accessOverviewLink: authorized.level == .proxyFull || authorized.level == .proxyAdolescentLimited
                ? nil : Routes.patientAccess(authorized.ref))
        return PatientSummaryPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }
}
