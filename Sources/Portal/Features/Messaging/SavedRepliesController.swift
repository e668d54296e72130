import Fluent
import Foundation
import PortalCore
import Vapor

/// A care team's saved replies, kept by its members: list, add, delete. A reply's page offers
/// them, filled in with the patient's first name.
struct SavedRepliesController: RouteCollection {
    struct NewReply: Content {
        var title: String?
        var body: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffSavedReplies) { req in try await list(req) }
        routes.on(Routes.addSavedReply) { req in try await add(req) }
        routes.on(Routes.staffSavedReplyDelete) { req in try await delete(req) }
    }

    func list(_ req: Request) async throws -> Response {
        try await page(req, careTeam: try await CareTeamInboxController.workedCareTeam(req))
    }

    func add(_ req: Request) async throws -> Response {
        let careTeam = try await CareTeamInboxController.workedCareTeam(req)
        guard let form = try? req.content.decode(NewReply.self) else { throw PortalError.badRequest }
        let title = (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var problems = SavedRepliesPage.Problems()
        if title.isEmpty || title.count > SavedReply.titleLimit { problems.title = Strings.savedReplies.titleProblem }
        let body = MessageText.body(form.body ?? "")
        if case .failure(let problem) = body { problems.body = Strings.messaging.problem(problem) }
        guard problems.title == nil, case .success(let text) = body else {
            return try await page(
                req, careTeam: careTeam, typed: (form.title ?? "", form.body ?? ""), problems: problems,
                status: .unprocessableEntity)
        }
        try await SavedReply(careTeamID: careTeam.requireID(), title: title, body: text, createdBy: req.currentSession?.staff?.id)
            .create(on: req.db)
        return req.redirect(to: Routes.staffSavedReplies(careTeam.ref), redirectType: .normal)
    }

    func delete(_ req: Request) async throws -> Response {
        let careTeam = try await CareTeamInboxController.workedCareTeam(req)
        guard let id = req.id(of: SavedReply.self),
            let saved = try await SavedReply.query(on: req.db).filter(\.$id == id).filter(\.$careTeam.$id == careTeam.requireID())
                .first()
        else { throw PortalError.notFound }
        try await saved.delete(on: req.db)
        return req.redirect(to: Routes.staffSavedReplies(careTeam.ref), redirectType: .normal)
    }

    private func page(
        _ req: Request, careTeam: CareTeam, typed: (title: String, body: String) = ("", ""),
        problems: SavedRepliesPage.Problems = .init(), status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let careTeamID = try careTeam.requireID()
        let saved = try await SavedReply.query(on: req.db).filter(\.$careTeam.$id == careTeamID).sort(\.$title).all()
        let model = SavedRepliesPage.Model(
            careTeamName: careTeam.name(req.language), careTeamLink: Routes.careTeamInbox(Ref(careTeamID)),
            action: Routes.staffSavedReplies(Ref(careTeamID)),
            replies: saved.map { ($0.title, $0.body, Routes.staffSavedReplyDelete(Ref(careTeamID), $0.ref)) },
            typedTitle: typed.title,
            typedBody: typed.body, problems: problems)
        return SavedRepliesPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    /// A saved reply as the thread's reply box offers it: a link that fills the box.
    static func offered(_ id: UUID, titled title: String, for thread: MessageThread, patientID: UUID) -> (
        title: String, link: String
    ) {
        (
            title,
            Routes.patientThread(Ref(patientID), thread.ref).query(["saved": id.uuidString.lowercased()]) + "#reply-heading"
        )
    }

    /// The text of a saved reply of the thread's care team, filled in for the patient.
    static func filled(_ id: UUID, for thread: MessageThread, patient: Patient, on db: any Database) async throws -> String? {
        guard
            let saved = try await SavedReply.query(on: db).filter(\.$id == id).filter(\.$careTeam.$id == thread.$careTeam.id)
                .first()
        else { return nil }
        return QuickText.fill(saved.body, firstName: QuickText.firstName(of: patient.shownName))
    }
}
