import Foundation
import PortalCore

/// What every imported clinical item carries: the identifier the EHR knows it by (so a
/// re-import finds it again), whose it is, its label, and the version the sender gave.
public struct RecordHeader: Sendable, Hashable, Codable {
    /// `system|value` of the resource's first identifier.
    public var sourceKey: String
    /// The patient's record number (MRN), matched against the portal's patients.
    public var recordNumber: String
    /// `Sensitivity.storageValue`.
    public var sensitivity: String
    /// `meta.lastUpdated`: a stored item is replaced only by a newer one.
    public var lastUpdated: Date?

    public var label: Sensitivity { Sensitivity(storageValue: sensitivity) }
}

/// One laboratory value (FHIR Observation, category laboratory).
public struct LabResultRecord: Sendable, Hashable, Codable {
    public enum Value: Sendable, Hashable, Codable {
        case quantity(Double, comparator: String?)
        case text(String)
        case coded(CodedConcept)
    }

    public var header: RecordHeader
    /// The report it belongs to, by the report's source key, when a DiagnosticReport lists it.
    public var reportKey: String?
    public var test: CodedConcept
    public var value: Value?
    public var unit: String?
    public var rangeLow: Double?
    public var rangeHigh: Double?
    public var rangeText: String?
    /// v3 ObservationInterpretation code: H, L, HH, LL, A, AA, N ...
    public var interpretation: String?
    /// preliminary, final, amended, corrected, cancelled, entered-in-error.
    public var status: String
    public var collectedAt: FHIRDateTime?
    public var issuedAt: Date?
    public var note: String?
}

/// A laboratory report (DiagnosticReport, category LAB): the panel that groups results.
public struct LabReportRecord: Sendable, Hashable, Codable {
    public var header: RecordHeader
    public var panel: CodedConcept
    public var status: String
    public var collectedAt: FHIRDateTime?
    public var issuedAt: Date?
    public var resultKeys: [String]
    public var conclusion: String?

    public init(
        header: RecordHeader, panel: CodedConcept, status: String, collectedAt: FHIRDateTime?, issuedAt: Date?,
        resultKeys: [String], conclusion: String?
    ) {
        self.header = header
        self.panel = panel
        self.status = status
        self.collectedAt = collectedAt
        self.issuedAt = issuedAt
        self.resultKeys = resultKeys
        self.conclusion = conclusion
    }
}

/// An imaging report (DiagnosticReport, category RAD).
public struct ImagingReportRecord: Sendable, Hashable, Codable {
    public var header: RecordHeader
    public var study: CodedConcept
    /// DICOM modality code (CR, DX, US, CT, MR ...), when the sender gives one.
    public var modality: String?
    public var bodySite: String?
    public var findings: String?
    public var impression: String?
    public var status: String
    public var performedAt: FHIRDateTime?
    public var issuedAt: Date?
}

/// A medication order (MedicationRequest).
public struct MedicationRecord: Sendable, Hashable, Codable {
    public var header: RecordHeader
    public var medication: CodedConcept
    public var dose: String?
    public var instructions: String?
    public var prescriber: String?
    public var startedOn: FHIRDateTime?
    /// `dispenseRequest.numberOfRepeatsAllowed`.
    public var refills: Int?
    public var pharmacy: String?
    /// active, on-hold, cancelled, completed, entered-in-error, stopped, draft, unknown.
    public var status: String
    /// False when the hospital renews it only after talking to the family (a controlled
    /// substance, for example), marked with the `renewable-through-portal` extension.
    public var renewableThroughPortal: Bool
}

/// An allergy or intolerance (AllergyIntolerance).
public struct AllergyRecord: Sendable, Hashable, Codable {
    public var header: RecordHeader
    public var substance: CodedConcept
    /// allergy or intolerance.
    public var type: String?
    public var reactions: [String]
    /// The most severe reaction's severity: mild, moderate, severe.
    public var severity: String?
    /// low, high, unable-to-assess.
    public var criticality: String?
    /// active, inactive, resolved.
    public var clinicalStatus: String
    /// unconfirmed, confirmed, refuted, entered-in-error.
    public var verificationStatus: String?
    public var recordedOn: FHIRDateTime?
}

/// A vaccine given, or recorded as not given (Immunization).
public struct ImmunizationRecord: Sendable, Hashable, Codable {
    public var header: RecordHeader
    public var vaccine: CodedConcept
    public var givenOn: FHIRDateTime
    public var doseNumber: String?
    public var seriesDoses: Int?
    public var lotNumber: String?
    /// Where and how it was given, coded where the EHR codes them (shown translated when the
    /// portal knows the code, else as sent).
    public var site: CodedConcept?
    public var route: CodedConcept?
    /// completed, not-done, entered-in-error.
    public var status: String
}

/// A clinical document (DocumentReference) with its content.
public struct DocumentRecord: Sendable, Hashable, Codable {
    public enum Content: Sendable, Hashable, Codable {
        case text(String)
        /// Already sanitized: only structural tags, no attributes.
        case html(String)
        case pdf(Data)
    }

    public var header: RecordHeader
    public var type: CodedConcept
    public var title: String
    public var author: String?
    public var writtenAt: Date
    public var encounter: String?
    /// The visit it belongs to (`context.related` naming an Appointment), by the visit's
    /// key: the document is at least as private as the visit.
    public var visitKey: String?
    /// current, superseded, entered-in-error.
    public var status: String
    /// preliminary, final, amended, entered-in-error: only final and amended are released.
    public var documentStatus: String?
    public var content: Content
}

/// Everything one bundle brings, in entry order within each kind.
public struct ClinicalBundle: Sendable {
    public var bundleType: String
    /// Record numbers of the Patient entries, which are only matched, never created.
    public var patients: [String] = []
    public var labReports: [LabReportRecord] = []
    public var labResults: [LabResultRecord] = []
    public var imagingReports: [ImagingReportRecord] = []
    public var medications: [MedicationRecord] = []
    public var allergies: [AllergyRecord] = []
    public var immunizations: [ImmunizationRecord] = []
    public var documents: [DocumentRecord] = []
    public var appointments: [AppointmentRecord] = []
    /// Intake questionnaires, with the resource as sent, which is what the portal keeps.
    public var questionnaires: [(questionnaire: IntakeQuestionnaire, resource: JSONValue)] = []
    /// Where each record came from, so a problem found later (an unknown patient) can still
    /// name the entry and the field.
    public var origins: [String: EntryOrigin] = [:]
    /// The first Patient entry of each record number.
    public var patientOrigins: [String: EntryOrigin] = [:]

    public struct EntryOrigin: Sendable, Hashable {
        public var index: Int
        public var resource: String

        public func problem(_ field: String, _ message: String) -> BundleProblem {
            BundleProblem(entry: index, resource: resource, field: field, message: message)
        }
    }

    public var recordCount: Int {
        labReports.count + labResults.count + imagingReports.count + medications.count + allergies.count
            + immunizations.count + documents.count + appointments.count
    }
}
