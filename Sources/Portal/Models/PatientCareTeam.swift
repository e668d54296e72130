import Fluent
import Foundation

/// A care team a patient's family may write to.
final class PatientCareTeam: Model, @unchecked Sendable {
    static let schema = "patient_care_teams"

    @ID(key: .id) var id: UUID?
    @Parent(key: "patient_id") var patient: Patient
    @Parent(key: "pool_id") var careTeam: CareTeam

    var properties: [any AnyProperty] { [$id, $patient, $careTeam] }

    init() {}

    init(patientID: UUID, careTeamID: UUID) {
        self.$patient.id = patientID
        self.$careTeam.id = careTeamID
    }
}
