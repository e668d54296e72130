import Fluent
import Foundation
import PortalCore
import Vapor

/// A patient's conversations for the family and the care team: the list, a new message,
/// one thread and a reply. Every route goes through the access policy's door, and every
/// thread through the scope `ThreadVisibility` gives the viewer.
struct ThreadsController: RouteCollection {
    struct NewThreadForm: Content {
        var to: String?
        var subject: String?
        var body: String?
        var key: String?
        var attachments: [File]?
    }

    struct ReplyForm: Content {
        var body: String?
        var key: String?
        var careTeam: String?
        var attachments: [File]?

        enum CodingKeys: String, CodingKey {
            case body, key, attachments
            case careTeam = "care_team"
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientMessages) { req, authorized in
            try await list(req, authorized)
        }
        routes.on(Routes.patientCompose) { req, authorized in try await compose(req, authorized) }
        routes.on(Routes.startThread) { req, authorized in try await start(req, authorized) }
        routes.on(Routes.patientThread) { req, authorized in try await show(req, authorized) }
        routes.on(Routes.patientThreadReplies) { req, authorized in try await reply(req, authorized) }
        routes.on(Routes.patientThreadAttachment) { req, authorized in try await attachment(req, authorized) }
    }

    func list(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let conversations = Conversations(db: req.db, now: req.now)
        let (threads, unread) = try await conversations.threads(of: [authorized], readBy: req.currentSession?.member?.id)
        let model = ThreadListPage.Model(
            title: Strings.messaging.threadsOf(authorized.patient.shownName),
            backLink: (Strings.results.backToRecord, Routes.patient(authorized.ref)),
            unreadCount: req.currentSession?.member == nil ? nil : unread.count, search: nil,
            writeLink: ThreadFacts.audience(startedWith: authorized.level) == nil ? nil : Routes.patientCompose(authorized.ref),
            rows: MemberInboxController.rows(threads, unread: unread, showPatient: false, seenWith: [authorized], req))
        return ThreadListPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    // MARK: A new thread

    func compose(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard ThreadFacts.audience(startedWith: authorized.level) != nil else { throw PortalError.forbidden }
        let selected = req.query[String.self, at: "to"] ?? ""
        return try await composePage(
            req, authorized, form: NewThreadForm(to: selected, subject: "", body: "", key: RandomToken.make()))
    }

    func composePage(
        _ req: Request, _ authorized: AuthorizedPatient, form: NewThreadForm,
        problems: ComposePage.Problems = .init(), notice: LocalizedText? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let language = req.language
        let today = LocalDate(req.now, in: req.hospitalTimeZone)
        let careTeams = try await Recipients.careTeams(for: authorized, on: req.db)
        let audience = ThreadFacts.audience(startedWith: authorized.level)
        let model = ComposePage.Model(
            patientName: authorized.patient.shownName, action: Routes.patientMessages(authorized.ref),
            backLink: Routes.messages(),
            recipients: careTeams.map {
                Recipients.option($0, today: today, calendar: req.portal.config.calendar, language: language)
            },
            selected: form.to ?? "", subject: form.subject ?? "", body: form.body ?? "",
            submissionKey: form.key ?? RandomToken.make(),
            audienceNote: audience == .patient ? Strings.messaging.confidentialToTeen : Strings.messaging.seenByProxies,
            notice: notice, problems: problems)
        return ComposePage.render(model, context: try await req.pageContext(patientInView: authorized))
            .response(status: status)
    }

    func start(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let member = req.currentSession?.member, let audience = ThreadFacts.audience(startedWith: authorized.level)
        else { throw PortalError.forbidden }
        guard let form = try? req.content.decode(NewThreadForm.self), let key = form.key, Self.isSubmissionKey(key) else {
            throw PortalError.badRequest
        }
        let careTeams = try await Recipients.careTeams(for: authorized, on: req.db)
        var problems = ComposePage.Problems()
        let careTeam = careTeams.first { $0.id?.uuidString.lowercased() == form.to?.lowercased() }
        if careTeam == nil {
            problems.recipient =
                (form.to ?? "").isEmpty ? Strings.messaging.chooseRecipient : Strings.messaging.recipientNotAvailable
        }
        let subject = MessageText.subject(form.subject ?? "")
        let body = MessageText.body(form.body ?? "")
        if case .failure(let problem) = subject { problems.subject = Strings.messaging.problem(problem) }
        if case .failure(let problem) = body { problems.body = Strings.messaging.problem(problem) }
        var sealed: [MessageAttachments.Sealed] = []
        if problems.isEmpty {
            switch MessageAttachments.seal(MessageAttachments.chosen(form.attachments), vault: req.portal.documents) {
            case .success(let files): sealed = files
            case .failure(let refused): problems.attachments = refused.message
            }
        }
        guard problems.isEmpty, let careTeam, case .success(let subjectText) = subject, case .success(let bodyText) = body else {
            return try await composePage(req, authorized, form: form, problems: problems, status: .unprocessableEntity)
        }
        let started: (thread: UUID, isNew: Bool)
        do {
            started = try await Conversations(db: req.db, now: req.now).start(
                patientID: authorized.id, careTeam: careTeam, subject: subjectText, body: bodyText, audience: audience,
                memberID: try member.requireID(), key: key, attachments: sealed
            ) { db, threadID in
                try await req.portal.audit.record(
                    req.auditEntry(.threadStarted, .success, patientID: authorized.id, subject: .thread(threadID)), at: req.now,
                    on: db)
            }
        } catch Conversations.Refusal.foreignKey {
            throw PortalError.badRequest
        }
        if started.isNew { await req.chainRecordedAuditEvents() }
        return req.redirect(to: Routes.patientThread(authorized.ref, Ref(started.thread)) + "?sent=1", redirectType: .normal)
    }

    // MARK: One thread

    func show(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let memberID = req.currentSession?.member?.id
        let thread = try await readableThread(req, authorized, action: .threadView, readBy: memberID)
        // Reading a thread already read writes nothing.
        if let memberID, Conversations.isUnread(thread, by: memberID) {
            try await Conversations(db: req.db, now: req.now).markRead(thread, by: memberID)
        }
        try await req.audit(.threadView, .success, patientID: authorized.id, subject: .thread(thread.requireID()))
        var replyText = ""
        if req.currentSession?.staff != nil, let saved = req.query[String.self, at: "saved"].flatMap(UUID.init(uuidString:)) {
            replyText = try await SavedRepliesController.filled(saved, for: thread, patient: authorized.patient, on: req.db) ?? ""
        }
        var model = try await ThreadPageModel.make(
            thread, req, authorized, replyText: replyText,
            marksReadByCareTeam: try await ThreadPageModel.worksCareTeam(thread, req))
        if req.query[String.self, at: "sent"] == "1" { model.flash = Strings.messaging.sent }
        if let changed = req.query[String.self, at: "changed"], changed == "1" { model.flash = Strings.careTeamInbox.changed }
        return ThreadPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    func reply(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let form = try? req.content.decode(ReplyForm.self), let key = form.key, Self.isSubmissionKey(key) else {
            throw PortalError.badRequest
        }
        let thread: MessageThread
        do {
            thread = try await readableThread(req, authorized, action: .messageSent)
        } catch PortalError.notFound where req.currentSession?.staff != nil && form.careTeam != nil {
            // Moved out of the clinician's care teams while they typed: their words come back
            // to them, and nothing of the thread does.
            return ThreadPage.movedAway(
                text: form.body ?? "", context: try await req.pageContext(patientInView: authorized)
            ).response(status: .conflict)
        }
        let member = req.currentSession?.member
        let staff = req.currentSession?.staff
        if staff != nil, try await !ThreadPageModel.worksCareTeam(thread, req) {
            return try await threadPage(
                req, authorized, thread, text: form.body, problem: Strings.careTeamInbox.notInCareTeam, status: .forbidden)
        }
        let body: String
        switch MessageText.body(form.body ?? "") {
        case .success(let text): body = text
        case .failure(let problem):
            return try await threadPage(
                req, authorized, thread, text: form.body, error: Strings.messaging.problem(problem),
                status: .unprocessableEntity)
        }
        let sealed: [MessageAttachments.Sealed]
        switch MessageAttachments.seal(MessageAttachments.chosen(form.attachments), vault: req.portal.documents) {
        case .success(let files): sealed = files
        case .failure(let refused):
            return try await threadPage(
                req, authorized, thread, text: form.body, attachmentError: refused.message, status: .unprocessableEntity)
        }
        let expectedCareTeam = staff == nil ? nil : form.careTeam.flatMap(UUID.init(uuidString:))
        let config = req.portal.config
        let sent: (message: UUID, isNew: Bool)
        do {
            sent = try await Conversations(db: req.db, now: req.now).reply(
                to: thread, body: body, memberID: try member?.requireID(), staffID: try staff?.requireID(), key: key,
                expectedCareTeam: expectedCareTeam, attachments: sealed
            ) { db, messageID in
                if staff != nil {
                    try await MessageNotices.queue(for: thread, messageID: messageID, db: db, config: config, now: req.now)
                }
                try await req.portal.audit.record(
                    req.auditEntry(.messageSent, .success, patientID: authorized.id, subject: .thread(thread.requireID())),
                    at: req.now, on: db)
            }
        } catch Conversations.Refusal.closed {
            let retry = NewThreadForm(
                to: thread.$careTeam.id.uuidString.lowercased(), subject: "Re: \(thread.subject)",
                body: form.body, key: RandomToken.make())
            return try await composePage(
                req, authorized, form: retry, notice: Strings.messaging.closedWhileTyping, status: .conflict)
        } catch Conversations.Refusal.moved {
            return try await threadPage(
                req, authorized, thread, text: form.body, problem: Strings.careTeamInbox.movedWhileTyping, status: .conflict)
        } catch Conversations.Refusal.foreignKey {
            throw PortalError.badRequest
        }
        if sent.isNew { await req.chainRecordedAuditEvents() }
        return req.redirect(to: Routes.patientThread(authorized.ref, thread.ref) + "?sent=1", redirectType: .normal)
    }

    /// A file sent with a message in a thread the viewer reads, as a download.
    func attachment(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let thread = try await readableThread(req, authorized, action: .attachmentView)
        guard let id = req.id(of: MessageAttachment.self),
            let attachment = try await MessageAttachment.query(on: req.db).filter(\.$id == id)
                .join(ThreadMessage.self, on: \MessageAttachment.$message.$id == \ThreadMessage.$id)
                .filter(ThreadMessage.self, \.$thread.$id == thread.requireID()).first(),
            let document = try await StoredDocument.find(attachment.$document.id, on: req.db)
        else {
            try await req.audit(.attachmentView, .denied, patientID: authorized.id)
            throw PortalError.notFound
        }
        let bytes = try req.portal.documents.open(document)
        try await req.audit(.attachmentView, .success, patientID: authorized.id, subject: .thread(thread.requireID()))
        return Response.download(bytes, of: document, named: "attachment")
    }

    /// The thread named in the path, if this viewer reads it; otherwise 404, audited.
    private func readableThread(
        _ req: Request, _ authorized: AuthorizedPatient, action: AuditEntry.Action, readBy memberID: UUID? = nil
    ) async throws -> MessageThread {
        guard let id = req.id(of: MessageThread.self),
            let thread = try await Conversations(db: req.db, now: req.now).thread(id, of: authorized, readBy: memberID)
        else {
            try await req.audit(action, .denied, patientID: authorized.id)
            throw PortalError.notFound
        }
        return thread
    }

    private func threadPage(
        _ req: Request, _ authorized: AuthorizedPatient, _ thread: MessageThread, text: String?,
        error: LocalizedText? = nil, attachmentError: LocalizedText? = nil, problem: LocalizedText? = nil,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let fresh = try await Conversations(db: req.db, now: req.now).thread(thread.requireID(), of: authorized) ?? thread
        var model = try await ThreadPageModel.make(fresh, req, authorized, replyText: text ?? "")
        model.reply?.error = error
        model.reply?.attachmentError = attachmentError
        if attachmentError != nil { model.problem = Strings.messaging.fixBelow }
        model.problem = problem
        if model.reply == nil, let text, !text.isEmpty { model.unsentText = text }
        return ThreadPage.render(model, context: try await req.pageContext(patientInView: authorized)).response(status: status)
    }

    /// A key the portal made: URL-safe base64 of 32 random bytes.
    static func isSubmissionKey(_ key: String) -> Bool {
        key.count == 43
            && key.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
    }
}
