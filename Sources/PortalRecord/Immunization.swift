import Fluent
import Foundation
import PortalCore

/// A vaccine given (FHIR Immunization), as a school's form asks for it.
public struct Immunization: RecordItem {
    let stored: StoredImmunization

    public var id: UUID { stored.id! }
    public var patientID: UUID { stored.patientID }
    /// The label in force, which decided that this viewer may see the item.
    public var sensitivity: Sensitivity { stored.sensitivity }
    public var restrictionReason: String? { stored.restrictionReason }
    public var restrictedAt: Date? { stored.restrictedAt }
    public var clinicianMark: ClinicianMark? { stored.clinicianMark }
    public var releasedAt: Date? { stored.releasedAt }
    public var codeSystem: String? { stored.codeSystem }
    public var code: String? { stored.code }
    public var vaccine: String { stored.vaccine }
    /// What it protects against, when its CVX code says.
    public var groups: [VaccineGroup] { VaccineGroup.of(system: stored.codeSystem, code: stored.code) }
    public var givenOn: String { stored.givenOn }
    public var doseNumber: String? { stored.doseNumber }
    public var seriesDoses: Int? { stored.seriesDoses }
    public var lotNumber: String? { stored.lotNumber }
    /// Where it was given: in the viewer's language when the portal knows the code, else as sent.
    public var site: LocalizedText? {
        CodedTerms.words(.bodySite, key: stored.siteCode) ?? stored.site.map { LocalizedText(en: $0, es: $0) }
    }
    public var route: LocalizedText? {
        CodedTerms.words(.route, key: stored.routeCode) ?? stored.route.map { LocalizedText(en: $0, es: $0) }
    }
    public var status: String { stored.status }
}

/// As stored; read only through `PatientRecord`.
final class StoredImmunization: ClinicalItem, @unchecked Sendable {
    static let schema = "immunizations"

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

    /// CVX, when present.
    @OptionalField(key: "code_system") var codeSystem: String?
    @OptionalField(key: "code") var code: String?
    @Field(key: "vaccine") var vaccine: String
    /// ISO date: a vaccine is given on a day, which no time zone may move.
    @Field(key: "given_on") var givenOn: String
    @OptionalField(key: "dose_number") var doseNumber: String?
    @OptionalField(key: "series_doses") var seriesDoses: Int?
    @OptionalField(key: "lot_number") var lotNumber: String?
    @OptionalField(key: "site") var site: String?
    /// `system|code` of the site and the route, when the EHR coded them.
    @OptionalField(key: "site_code") var siteCode: String?
    @OptionalField(key: "route") var route: String?
    @OptionalField(key: "route_code") var routeCode: String?
    /// completed, not-done, entered-in-error.
    @Field(key: "status") var status: String

    var properties: [any AnyProperty] {
        [
            $id, $patientID, $sourceKey, $sourceUpdatedAt, $contentHash, $sensitivityValue, $sourceSensitivity,
            $restrictionReason, $restrictedBy, $restrictedAt, $clinicianMarkValue, $releasedAt, $createdAt, $updatedAt,
            $codeSystem, $code, $vaccine, $givenOn, $doseNumber, $seriesDoses, $lotNumber, $site, $siteCode, $route, $routeCode,
            $status,
        ]
    }

    init() {}

    var issuedMoment: Date? { nil }
}
