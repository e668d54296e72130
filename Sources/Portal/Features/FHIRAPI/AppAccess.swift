import Fluent
import Foundation
import PortalCore
import PortalRecord
import SQLKit
import Vapor

/// What a bearer token stands for: an app, the member who connected it, the one patient they
/// chose and the scopes given. Read in one statement for every API request; the patient is
/// then decided afresh by the access policy, so an age rule or a revoked grant applies at
/// once without anyone touching the token.
struct AppAccess: Sendable {
    let authorizationID: UUID
    let appID: UUID
    let appName: String
    let memberID: UUID
    let patientID: UUID
    let scopes: AppScopes
    let lastUsedAt: Date?

    /// The token in `Authorization: Bearer`, if it is live.
    static func presented(by req: Request) async throws -> AppAccess? {
        guard let header = req.headers.first(name: .authorization), header.count <= 200,
            header.lowercased().hasPrefix("bearer ")
        else { return nil }
        let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty, let sql = req.db as? any SQLDatabase else { return nil }
        let now = req.now
        let tokenHash = RandomToken.sha256Hex(token)
        guard
            let row = try await sql.raw(
                """
                SELECT t.scopes, a.id AS authorization_id, a.app_id, a.member_id, a.patient_id, a.last_used_at,
                       s.name AS app_name
                FROM app_tokens t
                JOIN app_authorizations a ON a.id = t.authorization_id
                JOIN smart_apps s ON s.id = a.app_id
                WHERE t.id = \(bind: tokenHash) AND t.kind = 'access' AND t.expires_at > \(bind: now)
                  AND a.revoked_at IS NULL AND s.disabled_at IS NULL
                """
            ).first()
        else { return nil }
        return AppAccess(
            authorizationID: try row.decode(column: "authorization_id", as: UUID.self),
            appID: try row.decode(column: "app_id", as: UUID.self),
            appName: try row.decode(column: "app_name", as: String.self),
            memberID: try row.decode(column: "member_id", as: UUID.self),
            patientID: try row.decode(column: "patient_id", as: UUID.self),
            scopes: AppScopes(stored: try row.decode(column: "scopes", as: String.self)),
            lastUsedAt: try row.optional("last_used_at", as: Date.self))
    }
}

extension Request {
    private struct AppAccessKey: StorageKey { typealias Value = AppAccess }

    /// The token's access, as the route's declaration let it through.
    var appAccess: AppAccess? {
        get { storage[AppAccessKey.self] }
        set { storage[AppAccessKey.self] = newValue }
    }

    /// The app's door to the patient: allowed by the token's scopes for `type`, and by the
    /// access policy for the member who connected it, now. A patient other than the token's,
    /// or one the member may no longer see, is answered as missing (404), like the pages; a
    /// type the scopes do not reach is refused (403). Every attempt is audited with the app.
    func appRecord(of patientID: UUID?, _ type: AppResourceType, _ permission: ResourceScope.Permissions) async throws
        -> (AuthorizedPatient, PatientRecord)
    {
        guard let access = appAccess else { throw FHIRError.invalidToken }
        // Every item of a type the API serves carries that type's one category, so the
        // scope's category restriction decides for the whole type.
        guard access.scopes.allows(type, permission, category: type.itemCategory) else {
            try await auditApp(access, .denied)
            throw FHIRError.insufficientScope(type.rawValue)
        }
        guard patientID == access.patientID,
            let (authorized, record) = try await patientSeenThroughApp(memberID: access.memberID, patientID: access.patientID)
        else {
            try await auditApp(access, .denied)
            throw FHIRError.notFound()
        }
        try await auditApp(access, .success)
        try await touchAuthorization(access)
        return (authorized, record)
    }

    private func auditApp(_ access: AppAccess, _ outcome: AuditEntry.Outcome) async throws {
        try await audit(
            .appRead, outcome, patientID: access.patientID, actorKind: .member, actorID: access.memberID,
            subject: .app(access.appID))
    }

    /// "Last used", for the member's list of connected apps: written at most once a minute.
    private func touchAuthorization(_ access: AppAccess) async throws {
        guard access.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true else { return }
        try await AppAuthorization.query(on: db).filter(\.$id == access.authorizationID).set(\.$lastUsedAt, to: now)
            .update()
    }
}
