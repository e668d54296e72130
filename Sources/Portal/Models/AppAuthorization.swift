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
