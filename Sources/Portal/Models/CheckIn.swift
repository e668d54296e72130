import Fluent
import Foundation

/// A visit's online check-in: made by the first step saved, done when the family finishes.
final class CheckIn: Model, @unchecked Sendable {
    static let schema = "check_ins"

    @ID(key: .id) var id: UUID?
    @Field(key: "appointment_id") var appointmentID: UUID
    @Field(key: "patient_id") var patientID: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "completed_at") var completedAt: Date?

    var properties: [any AnyProperty] { [$id, $appointmentID, $patientID, $createdAt, $updatedAt, $completedAt] }

    init() {}
}

/// One step of a check-in as last saved (JSON `content`), and who saved it: a step the
/// patient saved from their own account is theirs, shown to the care team and not to parents.
final class CheckInStep: Model, @unchecked Sendable {
    static let schema = "check_in_steps"

    @ID(key: .id) var id: UUID?
    @Field(key: "check_in_id") var checkInID: UUID
    /// `contact`, `insurance`, `review`, or `questionnaire:<id>`.
    @Field(key: "step") var step: String
    @Field(key: "content") var content: String
    @Field(key: "saved_at") var savedAt: Date
    @Field(key: "saved_by") var savedBy: UUID
    @Field(key: "saved_by_patient") var savedByPatient: Bool

    var properties: [any AnyProperty] { [$id, $checkInID, $step, $content, $savedAt, $savedBy, $savedByPatient] }

    init() {}
}
