import Foundation
import PortalCore
import PortalRecord
import Vapor

/// A school nurse opens a shared record with its code and the patient's date of birth. The
/// record is the answer to the form (never in an address), read through the policy's door
/// as the code's maker may see it now, narrowed to the normal tier. Every try is shown to
/// the family and audited; wrong tries are limited per network and lock the code.
struct SharedRecordController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.sharedRecord) { req in
            SharedRecordFormPage.render(.init(), context: req.pageContextWithoutRecords()).response()
        }
        routes.on(Routes.openSharedRecord) { req in try await open(req) }
    }

    struct OpenForm: Content {
        var code: String?
        var birthDate: String?

        enum CodingKeys: String, CodingKey {
            case code
            case birthDate = "birth_date"
        }
    }

    func open(_ req: Request) async throws -> Response {
        guard let fields = try? req.content.decode(OpenForm.self) else { throw PortalError.badRequest }
        var form = SharedRecordFormPage.Model(code: fields.code ?? "", birthDate: fields.birthDate ?? "")
        let code = ShareCode(typed: form.code)
        let birthDate = LocalDate(iso: form.birthDate.trimmingCharacters(in: .whitespaces))
        if code == nil { form.codeError = Strings.sharing.codeUnreadable }
        if birthDate == nil { form.birthDateError = Strings.sharing.birthDateUnreadable }
        guard let code, let birthDate else { return answer(req, form, status: .unprocessableEntity) }

        let limiting = FormRateLimiting(database: req.db, now: req.now)
        let counted: [UUID]
        switch try await limiting.admit([
            .clientAddress(.shareCodeFailuresPerClientAddress, "share-code:client", req.clientAddress)
        ]) {
        case .admitted(let rows): counted = rows
        case .refused(let minutes):
            try await req.audit(.shareCodeUsed, .throttled)
            form.problem = Strings.sharing.tooManyTries(minutes)
            return answer(req, form, status: .tooManyRequests)
        }

        let store = ShareCodes(db: req.db, now: req.now, secretsKey: req.portal.config.secretsKey)
        let browser = ShareCodes.browser(of: req.userAgent)
        switch try await store.attempt(code, birthDate: birthDate) {
        case .unknown:
            try await req.audit(.shareCodeUsed, .denied)
            form.problem = Strings.sharing.noMatch
            return answer(req, form, status: .unprocessableEntity)
        case .wrongBirthDate(let left, let record):
            try await refused(req, record, .wrongBirthDate, browser: browser, store: store)
            form.problem = Strings.sharing.wrongBirthDate(left)
            return answer(req, form, status: .unprocessableEntity)
        case .locked(let record):
            try await refused(req, record, .locked, browser: browser, store: store)
            form.problem = Strings.sharing.codeLocked
            return answer(req, form, status: .unprocessableEntity)
        case .closed(let record):
            try await refused(req, record, .refused, browser: browser, store: store)
            form.problem = Strings.sharing.codeClosed
            return answer(req, form, status: .gone)
        case .matched(let record):
            guard let kind = SharedRecordKind(rawValue: record.kind),
                let (authorized, _) = try await req.patientSharedBy(
                    memberID: record.$creator.id, patientID: record.$patient.id)
            else {
                try await refused(req, record, .refused, browser: browser, store: store)
                form.problem = Strings.sharing.codeClosed
                return answer(req, form, status: .gone)
            }
            // A try that opens the record is the nurse's work, not a guess: it is not counted.
            try await limiting.giveBack(counted)
            try await store.recordUse(record, .viewed, browser: browser)
            try await req.audit(.shareCodeUsed, .success, patientID: authorized.id, subject: .shareCode(record.requireID()))
            return try await view(req, authorized, kind: kind, record: record)
        }
    }

    private func refused(
        _ req: Request, _ record: ShareCodeRecord, _ outcome: ShareCodeUse.Outcome, browser: String, store: ShareCodes
    ) async throws {
        try await store.recordUse(record, outcome, browser: browser)
        try await req.audit(
            .shareCodeUsed, .denied, patientID: record.$patient.id, subject: .shareCode(record.requireID()))
    }

    private func answer(_ req: Request, _ form: SharedRecordFormPage.Model, status: HTTPResponseStatus) -> Response {
        SharedRecordFormPage.render(form, context: req.pageContextWithoutRecords()).response(status: status)
    }

    /// The record as the family's print view shows it, with nothing but the normal tier and
    /// no link into the portal but the way back to the code form.
    private func view(
        _ req: Request, _ authorized: AuthorizedPatient, kind: SharedRecordKind, record: ShareCodeRecord
    ) async throws -> Response {
        let language = req.language
        let until = DateText.dateTime(record.expiresAt, in: req.hospitalTimeZone, language: language)
        let context = req.pageContextWithoutRecords()
        switch kind {
        case .immunizations:
            var header = HealthListsController.header(Strings.healthLists.immunizationRecord, req, authorized)
            header.backLink = Routes.sharedRecord()
            header.backText = Strings.sharing.openAnother
            header.sharedNotice = Strings.sharing.sharedNotice(record.ending, until)(language)
            let model = ImmunizationRecordPage.Model(
                header: header,
                items: try await HealthListsController.immunizations(req, authorized, onlyGiven: true, normalOnly: true),
                healthCards: .init(codes: [], leftOut: 0, fileLink: ""))
            return ImmunizationRecordPage.render(model, context: context).response()
        case .healthSummary:
            var header = HealthListsController.header(Strings.healthLists.healthSummary, req, authorized)
            header.backLink = Routes.sharedRecord()
            header.backText = Strings.sharing.openAnother
            header.sharedNotice = Strings.sharing.sharedNotice(record.ending, until)(language)
            let model = HealthSummaryPage.Model(
                header: header,
                allergies: try await HealthListsController.allergies(req, authorized, normalOnly: true).filter(\.isActive),
                medications: try await HealthListsController.medications(req, authorized, normalOnly: true).filter(\.isActive),
                immunizations: try await HealthListsController.immunizations(
                    req, authorized, onlyGiven: true, normalOnly: true))
            return HealthSummaryPage.render(model, context: context).response()
        }
    }
}
