import Fluent
import Foundation
import PortalCore

/// Links a member to a patient. The access policy, not this row, decides what it allows today.
final class AccessGrant: Model, @unchecked Sendable {
    static let schema = "access_grants"

    @ID(key: .id) var id: UUID?
    @Parent(key: "member_id") var member: Member
    @Parent(key: "patient_id") var patient: Patient
    @Field(key: "relationship") var relationship: String
    @Field(key: "kind") var kind: String
    @Field(key: "starts_at") var startsAt: Date
    @OptionalField(key: "ends_at") var endsAt: Date?
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalParent(key: "recorded_by") var recordedBy: StaffUser?
    @OptionalParent(key: "revoked_by") var revokedBy: StaffUser?
    @OptionalField(key: "revoke_reason") var revokeReason: String?
    @Field(key: "court_ordered") var courtOrdered: Bool
    @OptionalParent(key: "supporting_document_id") var supportingDocument: StoredDocument?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [
            $id, $member, $patient, $relationship, $kind, $startsAt, $endsAt, $reason, $revokedAt, $recordedBy, $revokedBy,
            $revokeReason, $courtOrdered, $supportingDocument, $createdAt,
        ]
    }

    init() {}

    init(
        memberID: UUID, patientID: UUID, relationship: Relationship, kind: GrantKind = .ordinary,
        startsAt: Date, endsAt: Date? = nil, reason: String? = nil, recordedBy: UUID? = nil, courtOrdered: Bool = false,
        supportingDocumentID: UUID? = nil
    ) {
        self.$member.id = memberID
        self.$patient.id = patientID
        self.relationship = relationship.rawValue
        self.kind = kind.rawValue
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.reason = reason
        self.$recordedBy.id = recordedBy
        self.courtOrdered = courtOrdered
        self.$supportingDocument.id = supportingDocumentID
    }

    /// Unknown stored values fail closed: a grant the policy cannot read grants nothing.
    var facts: GrantFacts? {
        guard let relationship = Relationship(rawValue: relationship), let kind = GrantKind(rawValue: kind) else {
            return nil
        }
        return GrantFacts(relationship: relationship, kind: kind, starts: startsAt, ends: endsAt, revoked: revokedAt != nil)
    }
}
