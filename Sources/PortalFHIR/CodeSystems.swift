/// The code systems the portal recognizes by their canonical URLs.
public enum CodeSystems {
    public static let loinc = "http://loinc.org"
    public static let rxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm"
    public static let cvx = "http://hl7.org/fhir/sid/cvx"
    public static let snomed = "http://snomed.info/sct"
    public static let ucum = "http://unitsofmeasure.org"
    public static let dicom = "http://dicom.nema.org/resources/ontology/DCM"
    public static let v2IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203"
    public static let v2DiagnosticService = "http://terminology.hl7.org/CodeSystem/v2-0074"
    public static let confidentiality = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
    public static let actCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    /// The hospital's mark on a MedicationRequest it will not renew through the portal.
    public static let renewableExtension = "https://fhir.patient-portal.example/StructureDefinition/renewable-through-portal"
    public static let interpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
    public static let documentCategory = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
    public static let actSite = "http://terminology.hl7.org/CodeSystem/v3-ActSite"
    public static let routeOfAdministration = "http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration"
}

/// A CodeableConcept reduced to what the portal shows and stores: the code in the system
/// that matters for its kind (LOINC for tests, CVX for vaccines, RxNorm for medicines), and
/// the name a person reads.
public struct CodedConcept: Sendable, Hashable, Codable {
    public var system: String?
    public var code: String?
    public var name: String

    /// `system|code`, as stored beside the name, or nil without both.
    public var key: String? {
        guard let system, let code else { return nil }
        return "\(system)|\(code)"
    }

    public init(system: String?, code: String?, name: String) {
        self.system = system
        self.code = code
        self.name = name
    }
}

extension Node {
    /// Reads a CodeableConcept; the name is the sender's text, else the display of the
    /// preferred coding, else any display, else the code itself.
    func concept(preferring system: String?) throws -> CodedConcept? {
        guard isPresent else { return nil }
        _ = try object()
        let text = try self["text"].string()
        var codings: [(system: String?, code: String?, display: String?)] = []
        for coding in try self["coding"].list() {
            _ = try coding.object()
            codings.append(
                (try coding["system"].string(), try coding["code"].string(), try coding["display"].string()))
        }
        let preferred = codings.first { $0.system == system && $0.code != nil } ?? codings.first { $0.code != nil }
        guard let name = text ?? preferred?.display ?? codings.lazy.compactMap(\.display).first ?? preferred?.code else {
            throw problem("needs a coding or a text")
        }
        return CodedConcept(system: preferred?.system, code: preferred?.code, name: name)
    }

    func requiredConcept(preferring system: String?) throws -> CodedConcept {
        guard let concept = try concept(preferring: system) else { throw problem("is required") }
        return concept
    }

    /// Every code of a CodeableConcept (or a list of them) in one system.
    func codes(in system: String) throws -> [String] {
        let concepts = try isList ? list() : (isPresent ? [self] : [])
        var codes: [String] = []
        for concept in concepts {
            for coding in try concept["coding"].list() where try coding["system"].string() == system {
                if let code = try coding["code"].string() { codes.append(code) }
            }
        }
        return codes
    }

    var isList: Bool {
        if case .array = value { return true }
        return false
    }

    /// A Reference's human-readable display, for authors, prescribers and pharmacies.
    func display() throws -> String? {
        guard isPresent else { return nil }
        _ = try object()
        return try self["display"].string()
    }
}
