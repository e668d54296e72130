/// Recognizes resources written for another FHIR version, so the sender hears "this is
/// STU3" rather than a puzzling missing field. Each signature is a shape R4 does not allow.
enum VersionSignatures {
    static let otherVersionTypes: [String: String] = [
        "MedicationOrder": "DSTU2", "DiagnosticOrder": "DSTU2", "DeviceUseRequest": "DSTU2", "Order": "DSTU2",
        "ProcedureRequest": "STU3", "ReferralRequest": "STU3", "EligibilityRequest": "STU3", "ProcessRequest": "STU3",
        "InventoryItem": "R5", "Transport": "R5", "Requirements": "R5", "ArtifactAssessment": "R5",
    ]

    static func check(resourceType: String, _ resource: Node) throws {
        if let version = otherVersionTypes[resourceType] {
            throw resource["resourceType"].problem(wrongVersion(version, "\(resourceType) does not exist in R4"))
        }
        switch resourceType {
        case "Immunization":
            if resource["notGiven"].isPresent || (resource["date"].isPresent && !resource["occurrenceDateTime"].isPresent) {
                throw resource["notGiven"].isPresent
                    ? resource["notGiven"].problem(wrongVersion("STU3", "R4 uses status not-done"))
                    : resource["date"].problem(wrongVersion("STU3", "R4 uses occurrenceDateTime"))
            }
        case "AllergyIntolerance", "Condition":
            if case .string = resource["clinicalStatus"].value {
                throw resource["clinicalStatus"].problem(wrongVersion("STU3", "R4 makes it a CodeableConcept"))
            }
        case "MedicationRequest":
            if resource["medication"].isPresent {
                throw resource["medication"].problem(wrongVersion("R5", "R4 uses medicationCodeableConcept"))
            }
        case "DocumentReference":
            if case .array = resource["context"].value {
                throw resource["context"].problem(wrongVersion("R5", "R4 makes it a single object"))
            }
        case "Appointment":
            if resource["virtualService"].isPresent {
                throw resource["virtualService"].problem(
                    wrongVersion("R5", "R4 marks a video visit with appointmentType v3-ActCode VR"))
            }
        case "Observation", "DiagnosticReport":
            if resource["context"].isPresent {
                throw resource["context"].problem(wrongVersion("STU3", "R4 names it encounter"))
            }
        default:
            break
        }
    }

    private static func wrongVersion(_ version: String, _ detail: String) -> String {
        "looks like FHIR \(version) (\(detail)); the portal imports FHIR R4 (4.0.1)"
    }
}
