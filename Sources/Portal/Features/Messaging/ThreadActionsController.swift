import Fluent
import Foundation
import PortalCore
import Vapor

/// What the care team does to a thread besides replying: assign it to a colleague in its
/// care team, move it to another care team, mark it done or reopen it, and (clinicians) restrict it
/// from the parents with a reason. Each change is audited with the thread.
struct ThreadActionsController: RouteCollection {
    struct Change: Content {
        var action: String
        var staff: String?
        var careTeam: String?
        var reason: String?

        enum CodingKeys: String, CodingKey {
            case action, staff, reason
            case careTeam = "care_team"
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientThreadActions) { req, authorized in try await change(req, authorized) }
    }

    func change(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let id = req.id(of: MessageThread.self),
            let thread = try await Conversations(db: req.db, now: req.now).thread(id, of: authorized)
        else {
            try await req.audit(.threadChanged, .denied, patientID: authorized.id)
            throw PortalError.notFound
        }
        guard let change = try? req.content.decode(Change.self) else { throw PortalError.badRequest }
        let isClinician = authorized.level == .staff(.clinician)
        switch change.action {
        case "restrict", "unrestrict":
            guard isClinician else { throw PortalError.forbidden }
        case "assign", "move", "done", "reopen":
            guard try await ThreadPageModel.worksCareTeam(thread, req) else { throw PortalError.forbidden }
        default:
            throw PortalError.badRequest
        }
        switch change.action {
        case "assign":
            if let text = change.staff, !text.isEmpty {
                guard let staffID = UUID(uuidString: text),
                    try await CareTeamStaff.query(on: req.db).filter(\.$careTeam.$id == thread.$careTeam.id)
                        .filter(\.$staff.$id == staffID).count() > 0
                else { return try await refused(Strings.careTeamInbox.invalidChange, thread, req, authorized) }
                thread.$assignee.id = staffID
            } else {
                thread.$assignee.id = nil
            }
        case "move":
            guard let careTeamID = change.careTeam.flatMap(UUID.init(uuidString:)),
                try await Recipients.moveTargets(for: thread, on: req.db).contains(where: { $0.id == careTeamID })
            else { return try await refused(Strings.careTeamInbox.invalidChange, thread, req, authorized) }
            thread.$careTeam.id = careTeamID
            thread.$assignee.id = nil
        case "done":
            thread.status = .done
        case "reopen":
            thread.status = .open
        case "restrict":
            let reason = change.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !reason.isEmpty, reason.count <= 500 else {
                return try await refused(Strings.careTeamInbox.reasonNeeded, thread, req, authorized)
            }
            thread.restrictionReason = reason
            thread.restrictedBy = req.currentSession?.staff?.id
            thread.restrictedAt = req.now
        default:
            thread.restrictionReason = nil
            thread.restrictedBy = nil
            thread.restrictedAt = nil
        }
        try await req.auditedChange { change in
            try await thread.save(on: change.db)
            try await change.audit(.threadChanged, .success, patientID: authorized.id, subject: .thread(id))
        }
        return req.redirect(to: Routes.patientThread(authorized.ref, Ref(id)) + "?changed=1", redirectType: .normal)
    }

    /// The thread again with what was wrong with the change, which was not made.
    private func refused(
        _ problem: LocalizedText, _ thread: MessageThread, _ req: Request, _ authorized: AuthorizedPatient
    ) async throws -> Response {
        var model = try await ThreadPageModel.make(thread, req, authorized)
        model.problem = problem
        return ThreadPage.render(model, context: try await req.pageContext(patientInView: authorized))
            .response(status: .unprocessableEntity)
    }
}
