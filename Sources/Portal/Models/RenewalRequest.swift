import Fluent
import Foundation
import PortalCore
import PortalRecord

/// A family's request to renew a medicine, waiting in the prescribing clinician's care team.
final class RenewalRequest: Model, @unchecked Sendable {
    static let schema = "renewal_requests"

    /// Its states, and the clinician's decision: `RenewalFlow` in PortalCore.
    typealias Status = RenewalStatus

    @ID(key: .id) var id: UUID?
    @Parent(key: "patient_id") var patient: Patient
    @Field(key: "medication_id") var medicationID: UUID
    @Parent(key: "member_id") var member: Member
    @Parent(key: "pool_id") var careTeam: CareTeam
    /// The medicine's label: a teen's confidential prescription stays as private as it is.
    @Field(key: "sensitivity") var sensitivityValue: String
    /// The medicine's name when asked, for the care team's list (the care team's own view).
    @Field(key: "medicine_name") var medicineName: String
    @Field(key: "pharmacy") var pharmacy: String
    @Field(key: "days_left") var daysLeft: Int
    @OptionalField(key: "comment") var comment: String?
    @Field(key: "submission_key") var submissionKey: String
    @Enum(key: "status") var status: Status
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalParent(key: "decided_by") var decidedBy: StaffUser?
    @OptionalField(key: "refills_approved") var refillsApproved: Int?
    /// For the family: why it was denied, or what the visit is for.
    @OptionalField(key: "decision_note") var decisionNote: String?

    var properties: [any AnyProperty] {
        [
            $id, $patient, $medicationID, $member, $careTeam, $sensitivityValue, $medicineName, $pharmacy, $daysLeft, $comment,
            $submissionKey, $status, $createdAt, $decidedAt, $decidedBy, $refillsApproved, $decisionNote,
        ]
    }

    init() {}

    init(
        patientID: UUID, medicationID: UUID, memberID: UUID, careTeamID: UUID, sensitivity: String, medicineName: String,
        pharmacy: String, daysLeft: Int, comment: String?, submissionKey: String, at now: Date
    ) {
        self.$patient.id = patientID
        self.medicationID = medicationID
        self.$member.id = memberID
        self.$careTeam.id = careTeamID
        self.sensitivityValue = sensitivity
        self.medicineName = medicineName
        self.pharmacy = pharmacy
        self.daysLeft = daysLeft
        self.comment = comment
        self.submissionKey = submissionKey
        self.status = .open
        self.createdAt = now
    }

    var sensitivity: Sensitivity { Sensitivity(storageValue: sensitivityValue) }
}
