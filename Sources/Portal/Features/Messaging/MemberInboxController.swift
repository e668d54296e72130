import Fluent
import Foundation
import PortalCore
import Vapor

/// A member's inbox over every patient they may see, and where a new message starts.
struct MemberInboxController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.messages) { req in try await inbox(req) }
        routes.on(Routes.messagesNew) { req in try await choosePatient(req) }
    }

    func inbox(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        let patients = try await req.patientsVisibleToMember(member)
        let conversations = Conversations(db: req.db, now: req.now)
        let (found, unread) = try await conversations.threads(of: patients, readBy: member.requireID())
        var threads = found
        let query = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        if !query.isEmpty { threads = try await conversations.search(threads, for: query) }
        let ordered = threads.filter { unread.contains($0.id!) } + threads.filter { !unread.contains($0.id!) }
        try await req.audit(
            Set(threads.map(\.$patient.id)).sorted { $0.uuidString < $1.uuidString }.map {
                req.auditEntry(.threadList, .success, patientID: $0)
            })
        let model = ThreadListPage.Model(
            title: Strings.messaging.inboxTitle, backLink: nil, unreadCount: unread.count, search: query,
            writeLink: patients.contains { ThreadFacts.audience(startedWith: $0.level) != nil } ? Routes.messagesNew() : nil,
            rows: Self.rows(ordered, unread: unread, showPatient: patients.count > 1, seenWith: patients, req))
        return ThreadListPage.render(model, context: try await req.pageContext(visible: patients)).response()
    }

    func choosePatient(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        let patients = try await req.patientsVisibleToMember(member)
            .filter { ThreadFacts.audience(startedWith: $0.level) != nil }
        if patients.count == 1 { return req.redirect(to: Routes.patientCompose(Ref(patients[0].id)), redirectType: .normal) }
        return ChoosePatientPage.render(
            patients: patients.map { ($0.patient.shownName, Routes.patientCompose(Ref($0.id))) },
            context: try await req.pageContext(visible: patients)
        ).response()
    }

    static func rows(
        _ threads: [MessageThread], unread: Set<UUID>, showPatient: Bool, seenWith patients: [AuthorizedPatient], _ req: Request
    ) -> [ThreadListPage.Row] {
        let language = req.language
        let access = Dictionary(patients.map { ($0.id, $0.access) }) { first, _ in first }
        return threads.map { thread in
            ThreadListPage.Row(
                subject: thread.subject, link: Routes.patientThread(Ref(thread.$patient.id), thread.ref),
                patientName: showPatient ? thread.patient.shownName : nil,
                teamName: thread.careTeam.name(shownWith: access[thread.$patient.id])(language),
                lastMessage: DateText.dateTime(thread.lastMessageAt, in: req.hospitalTimeZone, language: language),
                count: thread.messageCount, isUnread: unread.contains(thread.id!), isClosed: thread.status == .done,
                isRestricted: req.currentSession?.staff != nil && thread.restrictedAt != nil)
        }
    }
}
