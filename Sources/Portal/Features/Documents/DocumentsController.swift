import Foundation
import PortalCore
import PortalRecord
import Vapor

struct DocumentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientDocuments) { req, authorized in
            try await list(req, authorized)
        }
        routes.on(Routes.patientDocument) { req, authorized in
            try await show(req, authorized)
        }
        routes.on(Routes.patientDocumentFile) { req, authorized in
            guard let document = try await find(req, authorized, action: .documentFileView), let bytes = document.attachment,
                document.contentType == "application/pdf"
            else { throw PortalError.notFound }
            return Response.download(bytes, mediaType: "application/pdf", named: "document")
        }
    }

    func list(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let items = try await req.record(of: authorized).documents().map { document in
            DocumentListPage.Item(
                title: document.title, date: dateText(document.writtenAt, req), author: document.author,
                link: Routes.patientDocument(authorized.ref, document.ref),
                isConfidential: document.sensitivity.tier == .sensitive)
        }
        let model = DocumentListPage.Model(
            patientName: authorized.patient.shownName, recordLink: Routes.patient(authorized.ref), items: items)
        return DocumentListPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    /// The document the path names, or nil (audited as denied) when it is missing, someone
    /// else's, or hidden from this viewer: the same answer for all three.
    private func find(
        _ req: Request, _ authorized: AuthorizedPatient, action: AuditEntry.Action
    ) async throws -> ClinicalDocument? {
        guard let id = req.id(of: ClinicalDocument.self),
            let document = try await req.record(of: authorized).document(id)
        else {
            try await req.audit(action, .denied, patientID: authorized.id)
            return nil
        }
        return document
    }

    func show(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let document = try await find(req, authorized, action: .documentView) else { throw PortalError.notFound }
        let patient = authorized.patient
        let model = DocumentPage.Model(
            patientName: patient.legalName,
            patientBirthDate: LocalDate(iso: patient.birthDate).map { DateText.long($0, language: req.language) } ?? "",
            title: document.title, date: dateText(document.writtenAt, req), author: document.author,
            body: body(of: document, authorized),
            sensitivityNote: note(for: document.sensitivity),
            listLink: Routes.patientDocuments(authorized.ref),
            printedOn: DateText.long(req.today, language: req.language), encounter: document.encounter,
            restriction: RestrictionsController.form(for: document, kind: .document, req, authorized))
        return DocumentPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    private func body(of document: ClinicalDocument, _ authorized: AuthorizedPatient) -> DocumentPage.Body {
        switch document.contentType {
        case "text/html": .html(document.body)
        case "application/pdf": .pdf(link: Routes.patientDocumentFile(authorized.ref, document.ref))
        default:
            .paragraphs(
                document.body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                    .filter { !$0.isEmpty })
        }
    }

    private func dateText(_ instant: Date, _ req: Request) -> String {
        DateText.long(LocalDate(instant, in: req.hospitalTimeZone), language: req.language)
    }

    private func note(for sensitivity: Sensitivity) -> LocalizedText? {
        switch sensitivity.tier {
        case .normal: nil
        case .sensitive: Strings.documents.confidential
        case .restricted: Strings.documents.restricted
        }
    }
}
