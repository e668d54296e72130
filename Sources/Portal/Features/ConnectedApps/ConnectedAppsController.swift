import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// The apps a member connected, record by record: what each may read, since when, when it
/// last read, and a button that disconnects it (its tokens stop at once).
struct ConnectedAppsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.connectedApps) { req in try await list(req) }
        routes.on(Routes.disconnectApp) { req in try await disconnect(req) }
    }

    func list(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        let memberID = try member.requireID()
        let authorizations = try await AppAuthorization.query(on: req.db).filter(\.$member.$id == memberID)
            .filter(\.$revokedAt == nil).with(\.$app).with(\.$patient).sort(\.$createdAt, .descending).all()
        let visible = try await req.patientsVisibleToMember(member)
        let stillSeen = Set(visible.map(\.id))
        let zone = req.hospitalTimeZone, language = req.language
        let model = ConnectedAppsPage.Model(
            connections: authorizations.filter { $0.app.disabledAt == nil }.map { authorization in
                let scopes = AppScopes(stored: authorization.scopes)
                return ConnectedAppsPage.Connection(
                    ref: authorization.ref, appName: authorization.app.name,
                    patientName: authorization.patient.shownName,
                    connected: DateText.dateTime(authorization.createdAt, in: zone, language: language),
                    lastUsed: authorization.lastUsedAt.map { DateText.dateTime($0, in: zone, language: language) },
                    reads: scopes.readableKinds, staysConnected: scopes.offlineAccess,
                    accessEnded: !stillSeen.contains(authorization.$patient.id))
            },
            disconnected: req.query[String.self, at: "disconnected"] == "1",
            fhirBase: req.portal.config.fhirBase)
        return ConnectedAppsPage.render(model, context: try await req.pageContext(visible: visible)).response()
    }

    /// Ends one of the member's own connections, once, however many tabs press it.
    func disconnect(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        let memberID = try member.requireID()
        guard let id = req.id(of: AppAuthorization.self) else { throw PortalError.notFound }
        let now = req.now
        let ended = try await req.auditedChange { change -> Bool in
            let rows = try await (change.db as! any SQLDatabase).update(AppAuthorization.schema)
                .set("revoked_at", to: SQLBind(now))
                .set("revoked_reason", to: SQLBind(AppAuthorization.RevokedReason.disconnected.rawValue))
                .where("id", .equal, SQLBind(id)).where("member_id", .equal, SQLBind(memberID))
                .where("revoked_at", .is, SQLLiteral.null)
                .returning("patient_id", "app_id").all()
            guard let row = rows.first else { return false }
            try await change.audit(
                .appDisconnected, .success, patientID: try row.decode(column: "patient_id", as: UUID.self),
                subject: .app(try row.decode(column: "app_id", as: UUID.self)))
            return true
        }
        // Another member's connection, or one already ended, looks like one that does not exist.
        guard ended else { throw PortalError.notFound }
        return .redirect(to: Routes.connectedApps().query(["disconnected": "1"]))
    }
}
