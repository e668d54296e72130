import Foundation
import PortalCore
import Vapor

/// A family's share codes: making one shows it once; every try at one is listed; any code
/// the viewer sees can be stopped. A teenager's codes are theirs alone, and only those who
/// decide for the record (`ShareCodeRules.mayShare`) make codes.
struct SharingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientSharing) { req, authorized in try await page(req, authorized) }
        routes.on(Routes.patientCreateShareCode) { req, authorized in try await create(req, authorized) }
        routes.on(Routes.patientRevokeShareCode) { req, authorized in try await revoke(req, authorized) }
    }

    struct CreateForm: Content {
        var kind: String?
        var days: String?
        var note: String?
        var key: String?
    }

    static let noteLimit = 80

    func page(
        _ req: Request, _ authorized: AuthorizedPatient, form: SharingPage.Form = .init(),
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.signedInMember()
        let store = ShareCodes(db: req.db, now: req.now, secretsKey: req.portal.config.secretsKey)
        let records = try await store.listed(for: authorized.id, viewerIsPatient: authorized.level == .patientSelf)
        let language = req.language
        let zone = req.hospitalTimeZone
        let moment = { (date: Date) in DateText.dateTime(date, in: zone, language: language) }
        let codes = records.compactMap { record, uses -> SharingPage.Code? in
            guard let id = record.id, let kind = SharedRecordKind(rawValue: record.kind) else { return nil }
            let state = ShareCodeRules.state(
                expiresAt: record.expiresAt, revoked: record.revokedAt != nil, locked: record.lockedAt != nil, at: req.now)
            let ended: Date =
                switch state {
                case .active, .expired: record.expiresAt
                case .revoked: record.revokedAt ?? record.expiresAt
                case .locked: record.lockedAt ?? record.expiresAt
                }
            return SharingPage.Code(
                revokeLink: Routes.patientRevokeShareCode(authorized.ref, Ref(id)), ending: record.ending, kind: kind,
                note: record.note, state: state, stateMoment: moment(ended), madeOn: moment(record.createdAt),
                madeBy: record.$creator.id == member.id ? nil : record.creator.fullName,
                uses: uses.map { use in
                    (
                        moment(use.at), Self.browserText(use.browser, language),
                        Strings.sharing.outcomeText(use.outcome.rawValue)(language)
                    )
                })
        }
        let model = SharingPage.Model(
            patientName: authorized.patient.shownName, recordLink: Routes.patient(authorized.ref),
            createLink: Routes.patientCreateShareCode(authorized.ref),
            form: ShareCodeRules.mayShare(authorized.level) ? form : nil, codes: codes)
        return SharingPage.render(model, context: try await req.pageContext(patientInView: authorized)).response(status: status)
    }

    static func browserText(_ stored: String, _ language: Language) -> String {
        let parts = stored.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return Strings.sharing.unknownBrowser(language) }
        return Strings.accountActivity.device(parts[0], parts[1])(language)
    }

    func create(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let member = try req.signedInMember()
        guard ShareCodeRules.mayShare(authorized.level) else { throw PortalError.forbidden }
        guard let fields = try? req.content.decode(CreateForm.self), let key = fields.key,
            ThreadsController.isSubmissionKey(key)
        else { throw PortalError.badRequest }
        var form = SharingPage.Form(
            kind: fields.kind ?? "", days: fields.days ?? "",
            note: (fields.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines), submissionKey: key)
        let kind = SharedRecordKind(rawValue: form.kind)
        if kind == nil { form.kindError = Strings.sharing.chooseKind }
        if form.note.count > Self.noteLimit { form.noteError = Strings.sharing.noteTooLong }
        // A length the form does not offer is refused, not stretched: 30 days is the most.
        guard let days = Int(form.days), ShareCodeRules.validityChoices.contains(days) else { throw PortalError.badRequest }
        guard let kind, form.noteError == nil else {
            return try await page(req, authorized, form: form, status: .unprocessableEntity)
        }
        let (store, memberID, note) = (
            ShareCodes(db: req.db, now: req.now, secretsKey: req.portal.config.secretsKey), try member.requireID(),
            form.note.isEmpty ? nil : form.note
        )
        let byPatient = authorized.level == .patientSelf
        let made: (code: ShareCode, record: ShareCodeRecord)
        do {
            made = try await req.auditedChange { change in
                let made = try await ShareCodes(db: change.db, now: store.now, key: store.key).create(
                    patientID: authorized.id, creatorID: memberID, byPatient: byPatient, kind: kind, days: days, note: note,
                    submissionKey: key)
                try await change.audit(
                    .shareCodeCreated, .success, patientID: authorized.id, subject: .shareCode(made.record.requireID()))
                return made
            }
        } catch ShareCodes.Refusal.alreadyMade {
            return try await page(req, authorized, form: .init(problem: Strings.sharing.alreadyMade), status: .conflict)
        } catch ShareCodes.Refusal.tooManyActive {
            form.problem = Strings.sharing.tooManyActive(ShareCodes.activeLimit)
            return try await page(req, authorized, form: form, status: .conflict)
        }
        let model = ShareCodeCreatedPage.Model(
            patientName: authorized.patient.shownName, code: made.code.grouped, kind: kind,
            until: DateText.dateTime(made.record.expiresAt, in: req.hospitalTimeZone, language: req.language),
            address: req.portal.config.publicBase + Routes.sharedRecord(), codesLink: Routes.patientSharing(authorized.ref))
        return ShareCodeCreatedPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    func revoke(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let id = req.id(of: ShareCodeRecord.self) else { throw PortalError.notFound }
        let (store, viewerIsPatient) = (
            ShareCodes(db: req.db, now: req.now, secretsKey: req.portal.config.secretsKey), authorized.level == .patientSelf
        )
        try await req.auditedChange { change in
            let stopped = try await ShareCodes(db: change.db, now: store.now, key: store.key).revoke(
                id, patientID: authorized.id, viewerIsPatient: viewerIsPatient)
            if stopped {
                try await change.audit(.shareCodeRevoked, .success, patientID: authorized.id, subject: .shareCode(id))
            }
        }
        return req.redirect(to: Routes.patientSharing(authorized.ref), redirectType: .normal)
    }
}
