import Foundation
import PortalCore

/// What every item the record returns shares, whatever its kind.
public protocol RecordItem: Sendable {
    var id: UUID { get }
    var patientID: UUID { get }
    /// The label in force, which decided that this viewer may see the item.
    var sensitivity: Sensitivity { get }
    /// When a clinician restricted it, and why; nil when no one did.
    var restrictedAt: Date? { get }
    var restrictionReason: String? { get }
    /// What the clinician's decision hides it from; nil when no one marked it.
    var clinicianMark: ClinicianMark? { get }
}
