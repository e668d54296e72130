import PortalCore

/// Reads `meta.security` into the portal's sensitivity label.
///
/// HL7 confidentiality `V` (very restricted) is restricted: staff only. `R` with a
/// sensitivity policy code (HIV, MH, SUD, ...) is adolescent-confidential in that category;
/// `R` alone is confidential as a clinician marked it. `U`, `L`, `M` and `N` are normal.
/// A policy code the portal has no category for is refused rather than guessed, because a
/// wrong guess shows a parent what the law keeps from them.
enum SecurityLabels {
    static let categoryByPolicyCode: [String: SensitiveCategory] = [
        "SEX": .reproductiveHealth, "STD": .sexuallyTransmittedInfection, "HIV": .hiv, "MH": .mentalHealth,
        "PSY": .mentalHealth, "BH": .mentalHealth, "ETH": .substanceUse, "SUD": .substanceUse, "SDV": .violence,
    ]

    static func sensitivity(of meta: Node) throws -> Sensitivity {
        let labels = meta["security"]
        var confidentiality: [String] = []
        var categories: [SensitiveCategory] = []
        for label in try labels.list() {
            let system = try label["system"].string()
            let code = try label["code"].requiredString()
            switch system {
            case CodeSystems.confidentiality:
                guard ["U", "L", "M", "N", "R", "V"].contains(code) else {
                    throw label["code"].problem("is not an HL7 confidentiality code (U, L, M, N, R or V)")
                }
                confidentiality.append(code)
            case CodeSystems.actCode:
                guard let category = categoryByPolicyCode[code] else {
                    throw label["code"].problem(
                        "is a sensitivity the portal has no rule for; it knows "
                            + categoryByPolicyCode.keys.sorted().joined(separator: ", "))
                }
                categories.append(category)
            default:
                // Other labels (purpose of use, handling instructions) do not change who sees.
                continue
            }
        }
        if confidentiality.contains("V") { return .restricted }
        if let category = categories.first { return .adolescentConfidential(category) }
        if confidentiality.contains("R") { return .adolescentConfidential(.markedByClinician) }
        return .normal
    }
}
