/// The sensitive-service categories whose information a 12-17-year-old may keep from their
/// parents. Each maps to HL7's ActInformationSensitivityPolicy code, so labels travel with
/// FHIR `meta.security`.
public enum SensitiveCategory: String, CaseIterable, Codable, Sendable {
    case reproductiveHealth = "reproductive_health"
    case pregnancy
    case contraception
    case sexuallyTransmittedInfection = "sexually_transmitted_infection"
    case hiv
    case mentalHealth = "mental_health"
    case substanceUse = "substance_use"
    case violence = "intimate_partner_or_sexual_violence"
    /// Anything else a clinician marks confidential to the adolescent.
    case markedByClinician = "marked_confidential"
    /// What a 12-17-year-old asked for from their own account and did not share with their
    /// parents (see `FamilyFactAudience`): not a kind of care, so no department takes it.
    case keptPrivateByPatient = "private_to_patient"

    /// The categories a department's care can fall under.
    public static var careCategories: [SensitiveCategory] { allCases.filter { $0 != .keptPrivateByPatient } }

    /// http://terminology.hl7.org/CodeSystem/v3-ActCode; HL7 has no narrower code for
    /// pregnancy or contraception than sexuality and reproductive health, and none for a
    /// clinician's own judgment (that is confidentiality `R` alone).
    public var hl7PolicyCode: String? {
        switch self {
        case .markedByClinician, .keptPrivateByPatient: nil
        case .reproductiveHealth, .pregnancy, .contraception: "SEX"
        case .sexuallyTransmittedInfection: "STD"
        case .hiv: "HIV"
        case .mentalHealth: "MH"
        case .substanceUse: "SUD"
        case .violence: "SDV"
        }
    }
}

/// The label every clinical item carries.
public enum Sensitivity: Hashable, Sendable {
    case normal
    /// A sensitive service: the patient sees it; a parent of a 12-17-year-old never does.
    case adolescentConfidential(SensitiveCategory)
    /// Withheld by a clinician's decision (the item records the reason): staff only.
    case restricted

    /// The three tiers the policy reasons about.
    public var tier: SensitivityTier {
        switch self {
        case .normal: .normal
        case .adolescentConfidential: .sensitive
        case .restricted: .restricted
        }
    }

    /// http://terminology.hl7.org/CodeSystem/v3-Confidentiality: normal, restricted, very restricted.
    public var hl7ConfidentialityCode: String {
        switch self {
        case .normal: "N"
        case .adolescentConfidential: "R"
        case .restricted: "V"
        }
    }

    /// How a label is stored: `normal`, `restricted`, or the category's name.
    public var storageValue: String {
        switch self {
        case .normal: "normal"
        case .restricted: "restricted"
        case .adolescentConfidential(let category): category.rawValue
        }
    }

    /// Unknown stored values read as restricted, so a label the code does not know fails closed.
    public init(storageValue: String) {
        switch storageValue {
        case "normal": self = .normal
        case "restricted": self = .restricted
        default: self = SensitiveCategory(rawValue: storageValue).map(Sensitivity.adolescentConfidential) ?? .restricted
        }
    }
}

extension Sensitivity {
    /// The stricter of two labels: what an item shows under when it carries one and its
    /// container (a report, for its values) another. Between two categories of the same
    /// tier the item's own is kept: either keeps it from the same viewers.
    public func strictest(_ other: Sensitivity) -> Sensitivity {
        other.tier > tier ? other : self
    }
}

public enum SensitivityTier: Int, Comparable, CaseIterable, Sendable {
    case normal, sensitive, restricted
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
