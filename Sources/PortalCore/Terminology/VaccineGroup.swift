/// The diseases a vaccine protects against, as the CDC groups CVX codes, said in each
/// language: what a school's form asks for. A combination vaccine belongs to each of its
/// groups; a code the portal does not know belongs to none, and shows as the EHR named it.
public enum VaccineGroup: String, CaseIterable, Sendable, Hashable {
    case diphtheriaTetanusPertussis
    case polio
    case hepatitisB
    case hepatitisA
    case hib
    case pneumococcal
    case rotavirus
    case measlesMumpsRubella
    case varicella
    case influenza
    case hpv
    case meningococcalACWY
    case meningococcalB
    case covid19
    case rsv

    public var name: LocalizedText {
        switch self {
        case .diphtheriaTetanusPertussis:
            .init(
                en: "Diphtheria, tetanus and whooping cough (DTaP, Tdap, Td)",
                es: "Difteria, tétanos y tos ferina (DTaP, Tdap, Td)")
        case .polio: .init(en: "Polio", es: "Polio")
        case .hepatitisB: .init(en: "Hepatitis B", es: "Hepatitis B")
        case .hepatitisA: .init(en: "Hepatitis A", es: "Hepatitis A")
        case .hib: .init(en: "Hib (Haemophilus influenzae type b)", es: "Hib (Haemophilus influenzae tipo b)")
        case .pneumococcal: .init(en: "Pneumococcal", es: "Neumococo")
        case .rotavirus: .init(en: "Rotavirus", es: "Rotavirus")
        case .measlesMumpsRubella: .init(en: "Measles, mumps and rubella (MMR)", es: "Sarampión, paperas y rubéola (MMR)")
        case .varicella: .init(en: "Chickenpox (varicella)", es: "Varicela")
        case .influenza: .init(en: "Flu (influenza)", es: "Gripe (influenza)")
        case .hpv: .init(en: "HPV (human papillomavirus)", es: "VPH (virus del papiloma humano)")
        case .meningococcalACWY: .init(en: "Meningococcal (MenACWY)", es: "Meningococo (MenACWY)")
        case .meningococcalB: .init(en: "Meningococcal B (MenB)", es: "Meningococo B (MenB)")
        case .covid19: .init(en: "COVID-19", es: "COVID-19")
        case .rsv: .init(en: "RSV (respiratory syncytial virus)", es: "VRS (virus respiratorio sincitial)")
        }
    }

    /// The groups of a CVX code, in the order above; none for another code system, an
    /// unknown code or no code. CVX is known by its address and its OID, with or without
    /// the leading zero ("03" and "3").
    public static func of(system: String?, code: String?) -> [VaccineGroup] {
        guard let system, cvxSystems.contains(system), let code, let number = Int(code) else { return [] }
        return allCases.filter { codes[$0]?.contains(number) == true }
    }

    static let cvxSystems: Set<String> = ["http://hl7.org/fhir/sid/cvx", "urn:oid:2.16.840.1.113883.12.292"]

    /// CVX codes of the routine childhood and adolescent vaccines, current and historical.
    private static let codes: [VaccineGroup: Set<Int>] = [
        .diphtheriaTetanusPertussis: [1, 9, 20, 22, 28, 50, 102, 106, 107, 110, 113, 115, 120, 130, 138, 139, 146],
        .polio: [2, 10, 89, 110, 120, 130, 146],
        .hepatitisB: [8, 42, 43, 44, 45, 51, 102, 104, 110, 146, 189],
        .hepatitisA: [31, 52, 83, 84, 85, 104],
        .hib: [17, 22, 46, 47, 48, 49, 50, 51, 102, 120, 146, 148],
        .pneumococcal: [33, 100, 109, 133, 152, 215, 216],
        .rotavirus: [74, 116, 119, 122],
        .measlesMumpsRubella: [3, 94],
        .varicella: [21, 94],
        .influenza: [
            15, 16, 88, 111, 135, 140, 141, 144, 149, 150, 151, 153, 155, 158, 161, 166, 168, 171, 185, 186, 197, 205,
        ],
        .hpv: [62, 118, 137, 165],
        .meningococcalACWY: [32, 108, 114, 136, 147, 167, 203],
        .meningococcalB: [162, 163, 164],
        .covid19: [207, 208, 210, 211, 212, 213, 217, 218, 219, 221, 228, 229, 230, 300, 301, 302, 309, 310, 311, 312],
        .rsv: [303, 304, 305, 306, 307],
    ]
}
