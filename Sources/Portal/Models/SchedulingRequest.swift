import Fluent
import Foundation
import PortalCore
import PortalRecord

/// A family's request to a department's schedulers: a new appointment, or the cancellation
/// of one. It waits in the department's queue until a scheduler answers it.
final class SchedulingRequest: Model, @unchecked Sendable {
    static let schema = "appointment_requests"

    /// Its kinds and states, and who may move it where: `SchedulingFlow` in PortalCore.
    typealias Kind = SchedulingRequestKind
    typealias Status = SchedulingRequestStatus

    enum VisitMode: String, Codable, Sendable, CaseIterable {
        case inPerson = "in_person"
        case video
        case either
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "patient_id") var patient: Patient
    @Parent(key: "department_id") var department: Department
    @Enum(key: "kind") var kind: Kind
    @OptionalField(key: "appointment_id") var appointmentID: UUID?
    @Parent(key: "member_id") var member: Member
    /// The department's label: a request to an adolescent clinic is as private as its visits.
    @Field(key: "sensitivity") var sensitivityValue: String
    /// Its own label while it follows its visit's stricter one (`VisitFacts`).
    @OptionalField(key: "own_sensitivity") var ownSensitivity: String?
    @Field(key: "reason") var reason: String
    /// ISO dates, comma-separated.
    @Field(key: "preferred_days") var preferredDaysValue: String
    /// `morning`, `afternoon`, `evening`, comma-separated.
    @Field(key: "times_of_day") var timesOfDayValue: String
    @Enum(key: "visit_mode") var visitMode: VisitMode
    @OptionalField(key: "callback_phone") var callbackPhone: String?
    /// The language an interpreter is needed for, as the family wrote it.
    @OptionalField(key: "interpreter_language") var interpreterLanguage: String?
    @Field(key: "submission_key") var submissionKey: String
    @Enum(key: "status") var status: Status
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @OptionalParent(key: "answered_by") var answeredBy: StaffUser?
    /// For the family: why it was declined, or a word with the alternatives.
    @OptionalField(key: "answer_note") var answerNote: String?
    /// Offered start times, as seconds since 1970, comma-separated.
    @Field(key: "offered_slots") var offeredSlotsValue: String
    /// What the offered times are for: the family's pick books exactly this.
    @OptionalField(key: "offered_minutes") var offeredMinutes: Int?
    @OptionalField(key: "offered_clinician") var offeredClinician: String?
    @OptionalField(key: "offered_video") var offeredVideo: Bool?
    @OptionalField(key: "offered_instruction") var offeredInstruction: String?
    @OptionalField(key: "booked_appointment_id") var bookedAppointmentID: UUID?

    var properties: [any AnyProperty] {
        [
            $id, $patient, $department, $kind, $appointmentID, $member, $sensitivityValue, $ownSensitivity, $reason,
            $preferredDaysValue, $timesOfDayValue, $visitMode, $callbackPhone, $interpreterLanguage, $submissionKey, $status,
            $createdAt, $answeredAt, $answeredBy, $answerNote, $offeredSlotsValue, $offeredMinutes, $offeredClinician,
            $offeredVideo, $offeredInstruction, $bookedAppointmentID,
        ]
    }

    init() {}

    /// An open request as a family sends it; preferences and offers are filled in after.
    init(
        patientID: UUID, departmentID: UUID, kind: Kind, memberID: UUID, sensitivity: String, reason: String,
        visitMode: VisitMode, submissionKey: String, at now: Date
    ) {
        self.$patient.id = patientID
        self.$department.id = departmentID
        self.kind = kind
        self.$member.id = memberID
        self.sensitivityValue = sensitivity
        self.reason = reason
        self.preferredDaysValue = ""
        self.timesOfDayValue = ""
        self.visitMode = visitMode
        self.submissionKey = submissionKey
        self.status = .open
        self.createdAt = now
        self.offeredSlotsValue = ""
    }

    var sensitivity: Sensitivity { Sensitivity(storageValue: sensitivityValue) }

    var preferredDays: [LocalDate] { preferredDaysValue.split(separator: ",").compactMap { LocalDate(iso: String($0)) } }

    var timesOfDay: [TimeOfDay] { timesOfDayValue.split(separator: ",").compactMap { TimeOfDay(rawValue: String($0)) } }

    var offeredSlots: [Date] {
        offeredSlotsValue.split(separator: ",").compactMap { Double($0) }.map { Date(timeIntervalSince1970: $0) }
    }
}

extension SchedulingRequestKind {
    var title: LocalizedText {
        switch self {
        case .appointment: Strings.schedulerQueue.newAppointment
        case .cancellation: Strings.schedulerQueue.cancellation
        case .interpreter: Strings.schedulerQueue.interpreter
        }
    }
}
