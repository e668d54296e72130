import Fluent
import Foundation
import PortalCore
import Vapor

/// Enrollment: anyone may ask; nothing is granted until HIM has checked the
/// identification and matched the patient. Everyone who sends a valid form sees the same
/// confirmation, whether or not their e-mail already has an account, so the form cannot be
/// used to learn who is enrolled.
struct EnrollmentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.enroll) { req in try await show(req) }
        routes.on(Routes.submitEnrollment) { req in
            try await submit(req)
        }
        routes.on(Routes.enrollReceived) { req in
            EnrollmentPage.received(context: req.pageContextWithoutRecords(), contact: req.portal.config.himContact)
                .response()
        }
    }

    func show(_ req: Request) async throws -> Response {
        let values = EnrollmentPage.Values(submissionKey: RandomToken.make())
        return EnrollmentPage.render(values, problems: nil, context: req.pageContextWithoutRecords()).response()
    }

    func submit(_ req: Request) async throws -> Response {
        let form = (try? req.content.decode(EnrollmentForm.self)) ?? EnrollmentForm()
        var values = form.echoed
        // A double-clicked submit carries the same key: the second finds the first and stops.
        if values.submissionKey.count != 43 { values.submissionKey = RandomToken.make() }
        let key = values.submissionKey
        if try await alreadySubmitted(key, on: req.db) { return .redirect(to: Routes.enrollReceived()) }

        let checked: CheckedEnrollment
        switch form.check(today: req.today, vault: req.portal.documents) {
        case .failure(let problems):
            let page = EnrollmentPage.render(values, problems: problems, context: req.pageContextWithoutRecords())
            return page.response(status: .badRequest)
        case .success(let value): checked = value
        }

        // Each request stores a document and writes to the address given: limited per client
        // and per e-mail address, once it is otherwise complete, so a mistake costs no quota.
        let limiting = FormRateLimiting(database: req.db, now: req.now)
        let uses: [UUID]
        switch try await limiting.admit([
            .clientAddress(.enrollmentPerClientAddress, "enroll:client", req.clientAddress),
            .init(.enrollmentPerEmail, "enroll:email", checked.email),
        ]) {
        case .admitted(let rows): uses = rows
        case .refused(let minutes):
            // The other click of a double click, already in: the same answer as that click's.
            if try await alreadySubmitted(key, on: req.db) { return .redirect(to: Routes.enrollReceived()) }
            try await req.audit(.enrollmentRequested, .throttled)
            let problems = EnrollmentProblems(all: [.tooManyRequests(minutes: minutes)])
            return EnrollmentPage.render(values, problems: problems, context: req.pageContextWithoutRecords())
                .response(status: .tooManyRequests)
        }
        let request = EnrollmentRequest(checked, submissionKey: key, language: req.language, at: req.now)
        let config = req.portal.config
        let now = req.now
        do {
            try await req.auditedChange { change in
                let db = change.db
                try await checked.document.create(on: db)
                request.$identityDocument.id = checked.document.id
                try await request.create(on: db)
                try await EnrollmentEmails.queueReceived(request, config: config, now: now, on: db)
                try await change.audit(.enrollmentRequested, .success, subject: .enrollmentRequest(request.id!))
            }
        } catch {
            // The other click of a double click won the race to the unique key: same answer,
            // and this click's use of the limits is given back.
            if try await alreadySubmitted(key, on: req.db) {
                try await limiting.giveBack(uses)
                return .redirect(to: Routes.enrollReceived())
            }
            throw error
        }
        return .redirect(to: Routes.enrollReceived())
    }

    private func alreadySubmitted(_ key: String, on db: any Database) async throws -> Bool {
        try await EnrollmentRequest.query(on: db).filter(\.$submissionKey == key).count() > 0
    }
}

extension EnrollmentRequest {
    convenience init(_ checked: CheckedEnrollment, submissionKey: String, language: Language, at instant: Date) {
        self.init()
        self.submissionKey = submissionKey
        submittedAt = instant
        self.language = language
        applicantKind = checked.applicant.rawValue
        patientLegalName = checked.patientName
        patientBirthDate = checked.birthDate.iso
        patientZIP = checked.zip
        patientRecordNumber = checked.recordNumber
        applicantName = checked.applicantName
        applicantEmail = checked.email
        applicantPhone = checked.phone
        identificationType = checked.identification.rawValue
        status = Status.pending.rawValue
    }
}
