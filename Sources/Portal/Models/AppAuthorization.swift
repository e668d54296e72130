import Fluent
import Foundation

/// A member's yes to one app for one patient, with the scopes it was given. Disconnecting
/// (or a refresh token used twice) revokes it, and every token under it stops at once.
final class AppAuthorization: Model, @unchecked Sendable {
    static let schema = "app_authorizations"

    enum RevokedReason: String, Codable {
        case disconnected
        /// A refresh token came back after it had been exchanged: someone holds a copy.
        case refreshTokenReused = "refresh_token_reused"
        /// A code came back after it had been exchanged.
        case codeReused = "code_reused"
        /// An administrator disabled the app: families connect it again once it is enabled.
        case appDisabled = "app_disabled"
        /// HIM closed the member's account.
        case accountClosed = "account_closed"
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "app_id") var app: SMARTApp
    @Parent(key: "member_id") var member: Member
    @Parent(key: "patient_id") var patient: Patient
    @Field(key: "scopes") var scopes: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalEnum(key: "revoked_reason") var revokedReason: RevokedReason?

    var properties: [any AnyProperty] {
        [$id, $app, $member, $patient, $scopes, $createdAt, $lastUsedAt, $revokedAt, $revokedReason]
    }

    init() {}

    init(appID: UUID, memberID: UUID, patientID: UUID, scopes: String, at now: Date) {
        self.$app.id = appID
        self.$member.id = memberID
        self.$patient.id = patientID
        self.scopes = scopes
        self.createdAt = now
    }
}

extension AppAuthorization {
    /// Ends every live connection of a member, or of an app, in one statement.
    static func revokeAll(
        memberID: UUID? = nil, appID: UUID? = nil, reason: RevokedReason, at now: Date, on db: any Database
    ) async throws {
        let query = AppAuthorization.query(on: db).filter(\.$revokedAt == nil)
        if let memberID { query.filter(\.$member.$id == memberID) }
        if let appID { query.filter(\.$app.$id == appID) }
        guard memberID != nil || appID != nil else { return }
        try await query.set(\.$revokedAt, to: now).set(\.$revokedReason, to: reason).update()
    }
}
