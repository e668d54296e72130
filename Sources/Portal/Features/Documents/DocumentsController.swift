import Foundation
import PortalCore
import Vapor

struct DocumentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.patientScoped(PatientScopedRoutes.documents, action: .documentList) { req, authorized in
            try await list(req, authorized)
        }
        routes.patientScoped(PatientScopedRoutes.document, action: .documentView) { req, authorized in
            try await show(req, authorized)
        }
    }

    func list(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let items = try await req.record(of: authorized).documents().map { document in
            DocumentListPage.Item(
                title: document.title, date: dateText(document.writtenAt, req), author: document.author,
                link: Paths.patientDocument(authorized.id, document.id!),
                isConfidential: document.sensitivity.tier == .sensitive)
        }
        let model = DocumentListPage.Model(
            patientName: authorized.patient.shownName, recordLink: Paths.patient(authorized.id), items: items)
        return DocumentListPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    func show(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let text = req.parameters.get(Paths.documentParameter), let id = UUID(uuidString: text),
            let document = try await req.record(of: authorized).document(id)
        else {
            // Missing, someone else's, or hidden from this viewer: the same answer, on the record.
            try await req.audit(.documentView, .denied, patientID: authorized.id)
            throw PortalError.notFound
        }
        let patient = authorized.patient
        let model = DocumentPage.Model(
            patientName: patient.legalName,
            patientBirthDate: LocalDate(iso: patient.birthDate).map { DateText.long($0, language: req.language) } ?? "",
            title: document.title, date: dateText(document.writtenAt, req), author: document.author,
            paragraphs: document.body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty },
            sensitivityNote: note(for: document.sensitivity),
            listLink: Paths.patientDocuments(authorized.id),
            printedOn: DateText.long(req.today, language: req.language))
        return DocumentPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    private func dateText(_ instant: Date, _ req: Request) -> String {
        DateText.long(LocalDate(instant, in: req.hospitalTimeZone), language: req.language)
    }

    private func note(for sensitivity: Sensitivity) -> LocalizedText? {
        switch sensitivity.tier {
        case .normal: nil
        case .sensitive: Strings.Documents.confidential
        case .restricted: Strings.Documents.restricted
        }
    }
}
