import Fluent
import Foundation
import PortalCore

/// The single-use link a new staff member opens to choose a password (a second factor comes
/// right after). Only the token's hash is stored.
final class StaffInvitation: Model, @unchecked Sendable {
    static let schema = "staff_invitations"
    static let validity: TimeInterval = 7 * 86_400

    @ID(key: .id) var id: UUID?
    @Parent(key: "staff_user_id") var staffUser: StaffUser
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "sent_at") var sentAt: Date
    @Parent(key: "sent_by") var sentBy: StaffUser
    @OptionalField(key: "used_at") var usedAt: Date?

    var properties: [any AnyProperty] { [$id, $staffUser, $tokenHash, $sentAt, $sentBy, $usedAt] }

    init() {}

    init(staffUserID: UUID, tokenHash: String, sentAt: Date, sentBy: UUID) {
        self.$staffUser.id = staffUserID
        self.tokenHash = tokenHash
        self.sentAt = sentAt
        self.$sentBy.id = sentBy
    }

    func isUsable(at now: Date) -> Bool { usedAt == nil && now.timeIntervalSince(sentAt) < Self.validity }
}

/// What an administrator changed about a staff account, and why: shown on the account's page.
/// The audit trail records the same change without the words.
final class StaffAccountChange: Model, @unchecked Sendable {
    static let schema = "staff_account_changes"

    enum Kind: String, Codable, Sendable {
        case created, invitationSent = "invitation_sent", roleChanged = "role_changed"
        case secondFactorReset = "second_factor_reset", deactivated
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "staff_user_id") var staffUser: StaffUser
    @Parent(key: "changed_by") var changedBy: StaffUser
    @Enum(key: "kind") var kind: Kind
    /// For a role change, the role before and after (`clinician→him`).
    @OptionalField(key: "detail") var detail: String?
    @Field(key: "reason") var reason: String
    @Field(key: "changed_at") var changedAt: Date
    /// When HIM checked a change that gave the account access to patient records.
    @OptionalField(key: "reviewed_at") var reviewedAt: Date?
    @OptionalParent(key: "reviewed_by") var reviewedBy: StaffUser?

    var properties: [any AnyProperty] {
        [$id, $staffUser, $changedBy, $kind, $detail, $reason, $changedAt, $reviewedAt, $reviewedBy]
    }

    init() {}

    /// An account created with, or moved to, a role that reaches patients' data: HIM reviews
    /// it, so an administrator (who sees no patient data) cannot quietly give themselves some.
    var reachesPatients: Bool {
        let granted: String?
        switch kind {
        case .created: granted = detail
        case .roleChanged: granted = detail?.split(separator: "→").last.map(String.init)
        case .invitationSent, .secondFactorReset, .deactivated: granted = nil
        }
        return granted.flatMap(StaffRole.init(rawValue:)).map(StaffReach.reachesPatients) ?? false
    }

    init(staffUserID: UUID, changedBy: UUID, kind: Kind, detail: String? = nil, reason: String, at: Date) {
        self.$staffUser.id = staffUserID
        self.$changedBy.id = changedBy
        self.kind = kind
        self.detail = detail
        self.reason = reason
        self.changedAt = at
    }
}
