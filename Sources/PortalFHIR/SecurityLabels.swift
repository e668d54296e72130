import PortalCore

/// Reads `meta.security` into the portal's sensitivity label.
///
/// HL7 confidentiality `V` (very restricted) is restricted: staff only. `R` with a
/// sensitivity policy code (HIV, MH, SUD, ...) is adolescent-confidential in that category;
/// `R` alone is confidential as a clinician marked it. `U`, `L`, `M` and `N` are normal.
/// A policy code the portal has no category for is refused rather than guessed, because a
/// wrong guess shows a parent what the law keeps from them. So is a label without a system,
/// or from a system the portal does not read: nothing is stored as normal because its label
/// was not understood. Every spelling HL7 has used for these systems is read alike.
enum SecurityLabels {
    static let confidentialitySystems: Set<String> = [
        CodeSystems.confidentiality, "http://hl7.org/fhir/v3/Confidentiality", "urn:oid:2.16.840.1.113883.5.25",
    ]
    static let actCodeSystems: Set<String> = [
        CodeSystems.actCode, "http://hl7.org/fhir/v3/ActCode", "urn:oid:2.16.840.1.113883.5.4",
    ]
    /// Purpose of use, and handling obligations and integrity: how an item is to be handled,
    /// not who may see it.
    static let handlingSystems: Set<String> = [
        "http://terminology.hl7.org/CodeSystem/v3-ActReason", "http://hl7.org/fhir/v3/ActReason",
        "urn:oid:2.16.840.1.113883.5.8", "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
        "http://hl7.org/fhir/v3/ObservationValue", "urn:oid:2.16.840.1.113883.5.1063",
    ]

    static let categoryByPolicyCode: [String: SensitiveCategory] = [
        "SEX": .reproductiveHealth, "STD": .sexuallyTransmittedInfection, "HIV": .hiv, "MH": .mentalHealth,
        "PSY": .mentalHealth, "BH": .mentalHealth, "ETH": .substanceUse, "SUD": .substanceUse, "SDV": .violence,
        // US privacy laws, also ActCode: substance use records, psychotherapy notes.
        "42CFRPart2": .substanceUse, "HIPAAPsyNotes": .mentalHealth,
    ]

    static func sensitivity(of meta: Node) throws -> Sensitivity {
        let labels = meta["security"]
        var confidentiality: [String] = []
        var categories: [SensitiveCategory] = []
        for label in try labels.list() {
            let code = try label["code"].requiredString()
            guard let system = try label["system"].string() else {
                throw label["system"].problem("is missing, so the portal cannot tell what the label \"\(code)\" means")
            }
            switch system {
            case _ where confidentialitySystems.contains(system):
                guard ["U", "L", "M", "N", "R", "V"].contains(code) else {
                    throw label["code"].problem("is not an HL7 confidentiality code (U, L, M, N, R or V)")
                }
                confidentiality.append(code)
            case _ where actCodeSystems.contains(system):
                guard let category = categoryByPolicyCode[code] else {
                    throw label["code"].problem(
                        "is a sensitivity the portal has no rule for; it knows "
                            + categoryByPolicyCode.keys.sorted().joined(separator: ", "))
                }
                categories.append(category)
            case _ where handlingSystems.contains(system):
                continue
            default:
                throw label["system"].problem(
                    "is a label system the portal does not read; it reads HL7 confidentiality, ActCode sensitivity, purpose of use and handling labels"
                )
            }
        }
        if confidentiality.contains("V") { return .restricted }
        if let category = categories.first { return .adolescentConfidential(category) }
        if confidentiality.contains("R") { return .adolescentConfidential(.markedByClinician) }
        return .normal
    }
}
