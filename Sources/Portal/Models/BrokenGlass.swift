import Fluent
import Foundation
import PortalCore

/// A clinician's "break the glass": a record opened without a care relationship, for a
/// reason from the list and words of their own, until it expires; HIM reviews each one.
final class BrokenGlass: Model, @unchecked Sendable {
    static let schema = "broken_glass"

    @ID(key: .id) var id: UUID?
    @Parent(key: "staff_id") var staff: StaffUser
    @Parent(key: "patient_id") var patient: Patient
    @Field(key: "reason") var reasonValue: String
    @Field(key: "explanation") var explanation: String
    @Field(key: "opened_at") var openedAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "reviewed_at") var reviewedAt: Date?
    @OptionalParent(key: "reviewed_by") var reviewedBy: StaffUser?

    var properties: [any AnyProperty] {
        [$id, $staff, $patient, $reasonValue, $explanation, $openedAt, $expiresAt, $reviewedAt, $reviewedBy]
    }

    init() {}

    init(staffID: UUID, patientID: UUID, reason: BreakTheGlassReason, explanation: String, at now: Date) {
        self.$staff.id = staffID
        self.$patient.id = patientID
        self.reasonValue = reason.rawValue
        self.explanation = explanation
        self.openedAt = now
        self.expiresAt = now.addingTimeInterval(StaffReach.breakTheGlassDuration)
    }

    /// A reason the code no longer knows reads as "other": the words say the rest.
    var reason: BreakTheGlassReason { BreakTheGlassReason(rawValue: reasonValue) ?? .other }
}
