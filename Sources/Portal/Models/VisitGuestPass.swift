import Fluent
import Foundation
import PortalCore
import PortalRecord

/// A second participant's single-use link to one video visit. Only the link's hash is
/// stored: the link itself is shown once, to the member who made it.
final class VisitGuestPass: Model, @unchecked Sendable {
    static let schema = "visit_guest_passes"

    @ID(key: .id) var id: UUID?
    @Field(key: "appointment_id") var appointmentID: UUID
    @Field(key: "token_hash") var tokenHash: String
    /// Who the member invited ("Grandma", "Interpreter"), so they can tell links apart.
    @Field(key: "guest_name") var guestName: String
    @Parent(key: "created_by") var createdBy: Member
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    /// Who in the family sees the link: `FamilyFactAudience`'s label, at least the visit's.
    @Field(key: "sensitivity") var sensitivityValue: String
    /// Its own label while it follows its visit's stricter one (`VisitFacts`).
    @OptionalField(key: "own_sensitivity") var ownSensitivity: String?

    var properties: [any AnyProperty] {
        [
            $id, $appointmentID, $tokenHash, $guestName, $createdBy, $createdAt, $usedAt, $revokedAt, $sensitivityValue,
            $ownSensitivity,
        ]
    }

    var sensitivity: Sensitivity { Sensitivity(storageValue: sensitivityValue) }

    init() {}
}
