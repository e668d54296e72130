import Fluent
import Foundation
import PortalCore

/// What every item of the health record shares, whatever its kind: whose it is, where it
/// came from, and the label that decides who sees it. The columns have the same names in
/// every table, so the record's queries and the import are written once for all kinds.
protocol ClinicalItem: Model, Sendable where IDValue == UUID {
    var patientID: UUID { get set }
    var sourceKey: String? { get set }
    var sourceUpdatedAt: Date? { get set }
    var contentHash: String? { get set }
    /// The label in force: the EHR's, unless a clinician restricted the item.
    var sensitivityValue: String { get set }
    var sourceSensitivity: String? { get set }
    var restrictionReason: String? { get set }
    var restrictedBy: UUID? { get set }
    var restrictedAt: Date? { get set }
    /// Which `ClinicianMark` `restrictedAt` stands for.
    var clinicianMarkValue: String? { get set }
    /// When the item reached the portal; a member who chose a delay sees results that long after.
    var releasedAt: Date? { get set }
    /// When the source issued the item, if it says: a history load releases it then.
    var issuedMoment: Date? { get }
}

extension ClinicalItem {
    var sensitivity: Sensitivity { Sensitivity(storageValue: sensitivityValue) }
    var clinicianMark: ClinicianMark? { ClinicianMark(markedAt: restrictedAt != nil, storageValue: clinicianMarkValue) }

    /// The label in force over the label the item would carry unmarked: a clinician's mark
    /// stays over every version the EHR sends.
    func labelInForce(over unmarked: Sensitivity) -> Sensitivity {
        EffectiveLabel.of(own: unmarked, mark: clinicianMark)
    }

    /// The label the EHR gave the item itself.
    var ownLabel: Sensitivity { Sensitivity(storageValue: sourceSensitivity ?? sensitivityValue) }
}

extension ClinicalItem {
    /// An item inside a container (a laboratory value in its report) shows under the
    /// stricter of the two labels the EHR gave, and under the container's clinician mark while
    /// a clinician keeps it: a confidential report's values are confidential whatever they
    /// say, and a value that arrives after a report was restricted is restricted. The item's
    /// own label stays in `sourceSensitivity`, so lifting goes back to the stricter of the two.
    func inheritLabel(from container: any ClinicalItem) {
        if restrictedAt == nil, let restricted = container.restrictedAt {
            restrictedAt = restricted
            restrictionReason = container.restrictionReason
            restrictedBy = container.restrictedBy
            clinicianMarkValue = container.clinicianMarkValue
        }
        sensitivityValue =
            EffectiveLabel.of(own: ownLabel, containers: [container.ownLabel], mark: clinicianMark)
            .storageValue
    }

    /// A container (a laboratory report) whose every part is more private than itself shows
    /// under the most open of their labels, so it never lists an empty group to someone who
    /// may see none of its values. Its own label stays in `sourceSensitivity`.
    func followParts(labels parts: [Sensitivity]) {
        let own = ownLabel
        sourceSensitivity = own.storageValue
        sensitivityValue =
            EffectiveLabel.ofContainer(own: own, parts: parts, mark: clinicianMark)
            .storageValue
    }
}

/// The shared column names.
enum ClinicalColumns {
    static let patient: FieldKey = "patient_id"
    static let sourceKey: FieldKey = "source_key"
    static let sensitivity: FieldKey = "sensitivity"
    static let releasedAt: FieldKey = "released_at"
    static let status: FieldKey = "status"
}
