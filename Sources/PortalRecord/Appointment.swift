import Fluent
import Foundation
import PortalCore

/// A visit (FHIR Appointment), stored as instants and shown in the hospital's time zone.
public struct Appointment: RecordItem {
    let stored: StoredAppointment

    public var id: UUID { stored.id! }
    public var patientID: UUID { stored.patientID }
    /// The label in force, which decided that this viewer may see the item.
    public var sensitivity: Sensitivity { stored.sensitivity }
    public var restrictionReason: String? { stored.restrictionReason }
    public var restrictedAt: Date? { stored.restrictedAt }
    public var clinicianMark: ClinicianMark? { stored.clinicianMark }
    public var releasedAt: Date? { stored.releasedAt }
    public var clinician: String? { stored.clinician }
    public var start: Date { stored.start }
    public var end: Date { stored.end }
    public var isVideo: Bool { stored.isVideo }
    public var visitType: String? { stored.visitType }
    public var patientInstruction: String? { stored.patientInstruction }
    public var status: String { stored.status }
    public var videoRoom: String? { stored.videoRoom }
    public var departmentID: UUID { stored.$department.id }
    /// Loaded with every appointment the record returns.
    public var department: Department { stored.department }
    /// Whether it still stands: booked or in progress, not cancelled, missed or over.
    public var isActive: Bool { stored.isActive }
}

/// As stored; read only through `PatientRecord`.
final class StoredAppointment: ClinicalItem, @unchecked Sendable {
    static let schema = "appointments"

    @ID(key: .id) var id: UUID?
    @Field(key: "patient_id") var patientID: UUID
    @OptionalField(key: "source_key") var sourceKey: String?
    @OptionalField(key: "source_updated_at") var sourceUpdatedAt: Date?
    @OptionalField(key: "content_hash") var contentHash: String?
    @Field(key: "sensitivity") var sensitivityValue: String
    @OptionalField(key: "source_sensitivity") var sourceSensitivity: String?
    @OptionalField(key: "restriction_reason") var restrictionReason: String?
    @OptionalField(key: "restricted_by") var restrictedBy: UUID?
    @OptionalField(key: "restricted_at") var restrictedAt: Date?
    @OptionalField(key: "clinician_mark") var clinicianMarkValue: String?
    @OptionalField(key: "released_at") var releasedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Parent(key: "department_id") var department: Department
    @OptionalField(key: "clinician") var clinician: String?
    @Field(key: "start_at") var start: Date
    @Field(key: "end_at") var end: Date
    @Field(key: "is_video") var isVideo: Bool
    @OptionalField(key: "visit_type") var visitType: String?
    @OptionalField(key: "patient_instruction") var patientInstruction: String?
    /// FHIR Appointment.status: booked, arrived, fulfilled, cancelled, noshow ...
    @Field(key: "status") var status: String
    /// The video platform's room for this visit: 128 random bits, made when the visit is stored.
    @OptionalField(key: "video_room") var videoRoom: String?
    /// The label a visit the portal booked was booked under: the EHR's versions of the
    /// visit may tighten it, never loosen it.
    @OptionalField(key: "booked_sensitivity") var bookedSensitivity: String?
    /// The label of a waiting request this visit may be the booking of, and that request:
    /// held from the visit's arrival until the request is booked, declined or withdrawn.
    @OptionalField(key: "held_sensitivity") var heldSensitivity: String?
    @OptionalField(key: "held_for_request") var heldForRequest: UUID?

    var properties: [any AnyProperty] {
        [
            $id, $patientID, $sourceKey, $sourceUpdatedAt, $contentHash, $sensitivityValue, $sourceSensitivity,
            $restrictionReason, $restrictedBy, $restrictedAt, $clinicianMarkValue, $releasedAt, $createdAt, $updatedAt,
            $department, $clinician, $start, $end, $isVideo, $visitType, $patientInstruction, $status, $videoRoom,
            $bookedSensitivity, $heldSensitivity, $heldForRequest,
        ]
    }

    init() {}

    var issuedMoment: Date? { nil }

    /// The statuses of a visit that still stands: booked or in progress, not cancelled, missed or over.
    static let activeStatuses = ["booked", "arrived", "checked-in", "pending", "proposed"]

    var isActive: Bool { Self.activeStatuses.contains(status) }
}
