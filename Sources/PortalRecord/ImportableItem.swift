import Fluent
import Foundation
import PortalCore
import PortalFHIR

/// A kind of clinical item the FHIR import writes: it knows its record type and how to
/// take a record's values. The import itself is written once, in `ClinicalImport`.
protocol ImportableItem: ClinicalItem {
    associatedtype Record: Codable & Sendable
    /// The FHIR resource type, for the summary.
    static var resourceType: String { get }
    init()
    static func header(of record: Record) -> RecordHeader
    func take(_ record: Record, in zone: TimeZone, now: Date)
}

extension ImportableItem {
    /// A digest of everything the record says, so re-importing the same version is
    /// recognized as unchanged whatever order the JSON came in.
    static func contentHash(of record: Record) throws -> String {
        try StableDigest.sha256Hex(record)
    }
}

extension StoredLabReport: ImportableItem {
    static let resourceType = "DiagnosticReport"
    static func header(of record: LabReportRecord) -> RecordHeader { record.header }

    func take(_ record: LabReportRecord, in zone: TimeZone, now: Date) {
        codeSystem = record.panel.system
        code = record.panel.code
        name = record.panel.name
        status = record.status
        collectedAt = record.collectedAt?.instant(in: zone) ?? record.issuedAt ?? now
        issuedAt = record.issuedAt
        conclusion = record.conclusion
    }
}

extension StoredLabResult: ImportableItem {
    static let resourceType = "Observation"
    static func header(of record: LabResultRecord) -> RecordHeader { record.header }

    func take(_ record: LabResultRecord, in zone: TimeZone, now: Date) {
        codeSystem = record.test.system
        code = record.test.code
        name = record.test.name
        valueNumber = nil
        valueComparator = nil
        valueText = nil
        switch record.value {
        case .quantity(let number, let comparator):
            valueKind = "quantity"
            valueNumber = number
            valueComparator = comparator
        case .text(let text):
            valueKind = "text"
            valueText = text
        case .coded(let concept):
            valueKind = "coded"
            valueText = concept.name
        case nil:
            valueKind = nil
        }
        unit = record.unit
        rangeLow = record.rangeLow
        rangeHigh = record.rangeHigh
        rangeText = record.rangeText
        interpretation = record.interpretation
        // Once corrected, always shown as corrected, even if a later version says final.
        wasCorrected = ($wasCorrected.value ?? false) || record.status == "corrected" || record.status == "amended"
        status = record.status
        collectedAt = record.collectedAt?.instant(in: zone) ?? record.issuedAt ?? now
        issuedAt = record.issuedAt
        note = record.note
    }
}

extension StoredImagingReport: ImportableItem {
    static let resourceType = "DiagnosticReport"
    static func header(of record: ImagingReportRecord) -> RecordHeader { record.header }

    func take(_ record: ImagingReportRecord, in zone: TimeZone, now: Date) {
        codeSystem = record.study.system
        code = record.study.code
        name = record.study.name
        modality = record.modality
        bodySite = record.bodySite
        findings = record.findings
        impression = record.impression
        status = record.status
        performedAt = record.performedAt?.instant(in: zone) ?? record.issuedAt ?? now
        issuedAt = record.issuedAt
    }
}

extension StoredMedication: ImportableItem {
    static let resourceType = "MedicationRequest"
    static func header(of record: MedicationRecord) -> RecordHeader { record.header }

    func take(_ record: MedicationRecord, in zone: TimeZone, now: Date) {
        codeSystem = record.medication.system
        code = record.medication.code
        name = record.medication.name
        dose = record.dose
        instructions = record.instructions
        prescriber = record.prescriber
        startedOn = record.startedOn.map { LocalDate($0.instant(in: zone), in: zone).iso }
        refills = record.refills
        pharmacy = record.pharmacy
        status = record.status
        renewableThroughPortal = record.renewableThroughPortal
    }
}

extension StoredAllergy: ImportableItem {
    static let resourceType = "AllergyIntolerance"
    static func header(of record: AllergyRecord) -> RecordHeader { record.header }

    func take(_ record: AllergyRecord, in zone: TimeZone, now: Date) {
        codeSystem = record.substance.system
        code = record.substance.code
        substance = record.substance.name
        allergyType = record.type
        reactions = record.reactions.joined(separator: "\n")
        severity = record.severity
        criticality = record.criticality
        clinicalStatus = record.clinicalStatus
        verificationStatus = record.verificationStatus
        recordedOn = record.recordedOn.map { LocalDate($0.instant(in: zone), in: zone).iso }
    }
}

extension StoredImmunization: ImportableItem {
    static let resourceType = "Immunization"
    static func header(of record: ImmunizationRecord) -> RecordHeader { record.header }

    func take(_ record: ImmunizationRecord, in zone: TimeZone, now: Date) {
        codeSystem = record.vaccine.system
        code = record.vaccine.code
        vaccine = record.vaccine.name
        givenOn = LocalDate(record.givenOn.instant(in: zone), in: zone).iso
        doseNumber = record.doseNumber
        seriesDoses = record.seriesDoses
        lotNumber = record.lotNumber
        site = record.site?.name
        siteCode = record.site?.key
        route = record.route?.name
        routeCode = record.route?.key
        status = record.status
    }
}

extension StoredClinicalDocument: ImportableItem {
    static let resourceType = "DocumentReference"
    static func header(of record: DocumentRecord) -> RecordHeader { record.header }

    func take(_ record: DocumentRecord, in zone: TimeZone, now: Date) {
        typeCode = record.type.code ?? ""
        title = record.title
        author = record.author ?? ""
        writtenAt = record.writtenAt
        encounter = record.encounter
        visitKey = record.visitKey
        status = record.status
        documentStatus = record.documentStatus
        attachment = nil
        switch record.content {
        case .text(let text):
            contentType = "text/plain"
            body = text
        case .html(let html):
            contentType = "text/html"
            body = html
        case .pdf(let bytes):
            contentType = "application/pdf"
            body = ""
            attachment = bytes
        }
    }
}

extension StoredAppointment: ImportableItem {
    static let resourceType = "Appointment"
    static func header(of record: AppointmentRecord) -> RecordHeader { record.header }

    func take(_ record: AppointmentRecord, in zone: TimeZone, now: Date) {
        clinician = record.clinician
        start = record.start
        end = record.end
        isVideo = record.isVideo
        visitType = record.visitType
        patientInstruction = record.patientInstruction
        status = record.status
    }
}
