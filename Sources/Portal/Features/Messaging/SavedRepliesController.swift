import Fluent
import Foundation
import PortalCore
import Vapor

/// A pool's saved replies, kept by its members: list, add, delete. A reply's page offers
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
        try await page(req, pool: try await PoolInboxController.workedPool(req))
    }

    func add(_ req: Request) async throws -> Response {
        let pool = try await PoolInboxController.workedPool(req)
        guard let form = try? req.content.decode(NewReply.self) else { throw PortalError.badRequest }
        let title = (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var problems = SavedRepliesPage.Problems()
        if title.isEmpty || title.count > SavedReply.titleLimit { problems.title = Strings.SavedReplies.titleProblem }
        let body = MessageText.body(form.body ?? "")
        if case .failure(let problem) = body { problems.body = Strings.Messaging.problem(problem) }
        guard problems.title == nil, case .success(let text) = body else {
            return try await page(
                req, pool: pool, typed: (form.title ?? "", form.body ?? ""), problems: problems, status: .unprocessableEntity)
        }
        try await SavedReply(poolID: pool.requireID(), title: title, body: text, createdBy: req.currentSession?.staff?.id)
            .create(on: req.db)
        return req.redirect(to: Routes.staffSavedReplies(pool.ref), redirectType: .normal)
    }

    func delete(_ req: Request) async throws -> Response {
        let pool = try await PoolInboxController.workedPool(req)
        guard let id = req.id(of: SavedReply.self),
            let saved = try await SavedReply.query(on: req.db).filter(\.$id == id).filter(\.$pool.$id == pool.requireID()).first()
        else { throw PortalError.notFound }
        try await saved.delete(on: req.db)
        return req.redirect(to: Routes.staffSavedReplies(pool.ref), redirectType: .normal)
    }

    private func page(
        _ req: Request, pool: CarePool, typed: (title: String, body: String) = ("", ""),
        problems: SavedRepliesPage.Problems = .init(), status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let poolID = try pool.requireID()
        let saved = try await SavedReply.query(on: req.db).filter(\.$pool.$id == poolID).sort(\.$title).all()
        let model = SavedRepliesPage.Model(
            poolName: pool.name(req.language), poolLink: Routes.staffPool(Ref(poolID)),
            action: Routes.staffSavedReplies(Ref(poolID)),
            replies: saved.map { ($0.title, $0.body, Routes.staffSavedReplyDelete(Ref(poolID), $0.ref)) },
            typedTitle: typed.title,
            typedBody: typed.body, problems: problems)
        return SavedRepliesPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    /// The saved replies a thread's reply box offers, each a link that fills the box.
    static func offered(for thread: MessageThread, patientID: UUID, on db: any Database) async throws -> [(
        title: String, link: String
    )] {
        try await SavedReply.query(on: db).filter(\.$pool.$id == thread.$pool.id).sort(\.$title).all().map {
            (
                $0.title,
                Routes.patientThread(Ref(patientID), thread.ref).query(["saved": $0.id!.uuidString.lowercased()])
                    + "#reply-heading"
            )
        }
    }

    /// The text of a saved reply of the thread's pool, filled in for the patient.
    static func filled(_ id: UUID, for thread: MessageThread, patient: Patient, on db: any Database) async throws -> String? {
        guard let saved = try await SavedReply.query(on: db).filter(\.$id == id).filter(\.$pool.$id == thread.$pool.id).first()
        else { return nil }
        return QuickText.fill(saved.body, firstName: QuickText.firstName(of: patient.shownName))
    }
}
