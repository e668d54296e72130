import Foundation

/// Medications, allergies and immunizations: the lists a family prints for school and camp.
extension ResourceReader {
    static let medicationStatuses: Set<String> = [
        "active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown",
    ]

    func medication() throws -> MedicationRecord {
        let medication: CodedConcept
        if resource["medicationCodeableConcept"].isPresent {
            medication = try resource["medicationCodeableConcept"].requiredConcept(preferring: CodeSystems.rxNorm)
        } else if resource["medicationReference"].isPresent {
            let reference = resource["medicationReference"]
            if try reference["reference"].string() != nil {
                medication = try referenced(reference, type: "Medication")["code"]
                    .requiredConcept(preferring: CodeSystems.rxNorm)
            } else if let display = try reference.display() {
                medication = CodedConcept(system: nil, code: nil, name: display)
            } else {
                throw reference.problem("needs a reference to a Medication in the bundle, or a display")
            }
        } else {
            throw resource["medication[x]"].problem("is required (medicationCodeableConcept or medicationReference)")
        }
        let dosage = try resource["dosageInstruction"].first()
        var dose: String?
        if let quantity = try dosage?["doseAndRate"].first()?["doseQuantity"], quantity.isPresent {
            if let value = try quantity["value"].number() {
                dose = [NumberText.plain(value), try quantity["unit"].string() ?? quantity["code"].string()]
                    .compactMap { $0 }.joined(separator: " ")
            } else {
                throw quantity["value"].problem("is required")
            }
        }
        return MedicationRecord(
            header: try header(), medication: medication, dose: dose,
            instructions: try dosage?["text"].string(maxLength: TextLimits.narrative)
                ?? dosage?["patientInstruction"].string(maxLength: TextLimits.narrative),
            prescriber: try resource["requester"].display(), startedOn: try resource["authoredOn"].dateTime(),
            refills: try nonNegative(resource["dispenseRequest"]["numberOfRepeatsAllowed"]),
            pharmacy: try resource["dispenseRequest"]["performer"].display(),
            status: try status(Self.medicationStatuses), renewableThroughPortal: try renewable())
    }

    /// Renewable unless the hospital's extension says false; an extension without its
    /// boolean is refused rather than read as either.
    private func renewable() throws -> Bool {
        for extensionNode in try resource["extension"].list()
        where try extensionNode["url"].string() == CodeSystems.renewableExtension {
            guard let value = try extensionNode["valueBoolean"].bool() else {
                throw extensionNode["valueBoolean"].problem("is required: true or false")
            }
            return value
        }
        return true
    }

    func allergy() throws -> AllergyRecord {
        let verification = try resource["verificationStatus"].codes(
            in: "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
        ).first
        let clinicalCodes = try resource["clinicalStatus"].codes(
            in: "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical")
        let clinicalStatus: String
        if let code = clinicalCodes.first {
            guard ["active", "inactive", "resolved"].contains(code) else {
                throw resource["clinicalStatus"].problem("is not active, inactive or resolved")
            }
            clinicalStatus = code
        } else if verification == "entered-in-error" {
            clinicalStatus = "inactive"
        } else {
            throw resource["clinicalStatus"].problem("is required (active, inactive or resolved)")
        }
        var reactions: [String] = []
        var severities: [String] = []
        for reaction in try resource["reaction"].list() {
            for manifestation in try reaction["manifestation"].list() {
                if let concept = try manifestation.concept(preferring: CodeSystems.snomed) { reactions.append(concept.name) }
            }
            if let severity = try reaction["severity"].code(in: ["mild", "moderate", "severe"]) { severities.append(severity) }
        }
        let order = ["mild", "moderate", "severe"]
        return AllergyRecord(
            header: try header(subjectField: "patient"),
            substance: try resource["code"].requiredConcept(preferring: CodeSystems.snomed),
            type: try resource["type"].code(in: ["allergy", "intolerance"]), reactions: reactions,
            severity: severities.max { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! },
            criticality: try resource["criticality"].code(in: ["low", "high", "unable-to-assess"]),
            clinicalStatus: clinicalStatus, verificationStatus: verification,
            recordedOn: try resource["recordedDate"].dateTime())
    }

    func immunization() throws -> ImmunizationRecord {
        guard let givenOn = try resource["occurrenceDateTime"].dateTime() else {
            throw resource["occurrenceDateTime"].problem("is required: a school record needs the date given")
        }
        let protocolApplied = try resource["protocolApplied"].first()
        var doseNumber: String?
        if let number = try protocolApplied?["doseNumberPositiveInt"].integer() {
            doseNumber = String(number)
        } else {
            doseNumber = try protocolApplied?["doseNumberString"].string()
        }
        return ImmunizationRecord(
            header: try header(subjectField: "patient"),
            vaccine: try resource["vaccineCode"].requiredConcept(preferring: CodeSystems.cvx), givenOn: givenOn,
            doseNumber: doseNumber, seriesDoses: try protocolApplied?["seriesDosesPositiveInt"].integer(),
            lotNumber: try resource["lotNumber"].string(), site: try resource["site"].concept(preferring: nil),
            route: try resource["route"].concept(preferring: nil),
            status: try status(["completed", "not-done", "entered-in-error"]))
    }

    private func nonNegative(_ node: Node) throws -> Int? {
        guard let number = try node.integer() else { return nil }
        guard number >= 0 else { throw node.problem("cannot be negative") }
        return number
    }
}

/// Numbers as a person writes them: no trailing `.0`.
public enum NumberText {
    public static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
