import Foundation
import PortalCore

/// The access policy's answer for one viewer and one patient, as the record needs it. Only
/// the policy's door makes one (its initializer is behind `@_spi(AccessDoor)`, imported by
/// that one file), so a `PatientRecord` cannot be opened on a decision nobody took.
public struct RecordAccess: Sendable {
    public let patientID: UUID
    public let access: PatientAccess

    @_spi(AccessDoor)
    public init(patientID: UUID, access: PatientAccess) {
        self.patientID = patientID
        self.access = access
    }

    public var level: AccessLevel { access.level }
}
