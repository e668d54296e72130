import Foundation
import PortalCore
import PortalRecord
import Vapor

struct ImagingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientImaging) { req, authorized in
            try await list(req, authorized)
        }
        routes.on(Routes.patientImagingReport) { req, authorized in
            try await show(req, authorized)
        }
    }

    func list(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let reports = try await req.record(of: authorized).imagingReports()
        var fresh: Set<UUID> = []
        if let member = req.currentSession?.member {
            let recent = reports.filter { ($0.releasedAt ?? .distantPast) > req.now.addingTimeInterval(-ResultViews.newFor) }
            fresh = try await ResultViews.unseen(recent.map { $0.id }, by: member.id!, on: req.db)
        }
        let model = ImagingListPage.Model(
            patientName: authorized.patient.shownName, recordLink: Routes.patient(authorized.ref),
            items: reports.map { report in
                ImagingListPage.Item(
                    name: report.name,
                    date: DateText.long(LocalDate(report.performedAt, in: req.hospitalTimeZone), language: req.language),
                    link: Routes.patientImagingReport(authorized.ref, report.ref), isNew: fresh.contains(report.id),
                    sensitivityNote: ResultsController.note(for: report.sensitivity))
            })
        return ImagingListPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    func show(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let id = req.id(of: ImagingReport.self),
            let report = try await req.record(of: authorized).imagingReport(id)
        else {
            try await req.audit(.imagingView, .denied, patientID: authorized.id)
            throw PortalError.notFound
        }
        let model = ImagingReportPage.Model(
            patientName: authorized.patient.legalName, name: report.name,
            performed: DateText.dateTime(report.performedAt, in: req.hospitalTimeZone, language: req.language),
            modality: report.modality.map(Strings.imaging.modalityName), bodySite: report.bodySite,
            status: Strings.results.statusName(report.status),
            findings: (report.findings ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty },
            impression: report.impression, sensitivityNote: ResultsController.note(for: report.sensitivity),
            listLink: Routes.patientImaging(authorized.ref),
            restriction: RestrictionsController.form(for: report, kind: .imagingReport, req, authorized))
        let response = ImagingReportPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
        if let member = req.currentSession?.member {
            try await ResultViews.markSeen(
                try await ResultViews.unseen([id], by: member.id!, on: req.db), by: member.id!, at: req.now, on: req.db)
        }
        return response
    }
}
