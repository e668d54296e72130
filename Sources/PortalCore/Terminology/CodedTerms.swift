/// Coded values the portal can say in each language: where a vaccine was given and how. A
/// code it does not know, and free text, show as the EHR sent them. Each code system is
/// known by every spelling it has had (the terminology.hl7.org address, the older
/// hl7.org/fhir/v3 one, the OID).
public enum CodedTerms {
    public enum Kind: Sendable {
        case bodySite
        case route
    }

    /// The words for a stored `system|code`, or nil.
    public static func words(_ kind: Kind, key: String?) -> LocalizedText? {
        guard let key, let bar = key.lastIndex(of: "|") else { return nil }
        return words(kind, system: String(key[..<bar]), code: String(key[key.index(after: bar)...]))
    }

    public static func words(_ kind: Kind, system: String?, code: String?) -> LocalizedText? {
        guard let system, let code else { return nil }
        let table: [String: LocalizedText]
        switch (kind, family(of: system)) {
        case (.bodySite, .actSite): table = actSites
        case (.bodySite, .snomed): table = snomedSites
        case (.route, .routeOfAdministration): table = hl7Routes
        case (.route, .snomed): table = snomedRoutes
        default: return nil
        }
        return table[code]
    }

    private enum Family { case actSite, routeOfAdministration, snomed }

    private static func family(of system: String) -> Family? {
        switch system {
        case "http://terminology.hl7.org/CodeSystem/v3-ActSite", "http://hl7.org/fhir/v3/ActSite",
            "urn:oid:2.16.840.1.113883.5.1052":
            .actSite
        case "http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration", "http://hl7.org/fhir/v3/RouteOfAdministration",
            "urn:oid:2.16.840.1.113883.5.112":
            .routeOfAdministration
        case "http://snomed.info/sct", "urn:oid:2.16.840.1.113883.6.96": .snomed
        default: nil
        }
    }

    private static let actSites: [String: LocalizedText] = [
        "LA": .init(en: "Left arm", es: "Brazo izquierdo"),
        "RA": .init(en: "Right arm", es: "Brazo derecho"),
        "LUA": .init(en: "Left upper arm", es: "Parte superior del brazo izquierdo"),
        "RUA": .init(en: "Right upper arm", es: "Parte superior del brazo derecho"),
        "LD": .init(en: "Left deltoid (shoulder)", es: "Deltoides izquierdo (hombro)"),
        "RD": .init(en: "Right deltoid (shoulder)", es: "Deltoides derecho (hombro)"),
        "LT": .init(en: "Left thigh", es: "Muslo izquierdo"),
        "RT": .init(en: "Right thigh", es: "Muslo derecho"),
        "LVL": .init(en: "Left thigh (outer muscle)", es: "Muslo izquierdo (músculo externo)"),
        "RVL": .init(en: "Right thigh (outer muscle)", es: "Muslo derecho (músculo externo)"),
        "BN": .init(en: "Both nostrils", es: "Ambas fosas nasales"),
    ]

    private static let snomedSites: [String: LocalizedText] = [
        "368208006": .init(en: "Left upper arm", es: "Parte superior del brazo izquierdo"),
        "368209003": .init(en: "Right upper arm", es: "Parte superior del brazo derecho"),
        "61396006": .init(en: "Left thigh", es: "Muslo izquierdo"),
        "11207009": .init(en: "Right thigh", es: "Muslo derecho"),
    ]

    private static let hl7Routes: [String: LocalizedText] = [
        "IM": .init(en: "Injection into a muscle", es: "Inyección en el músculo"),
        "SQ": .init(en: "Injection under the skin", es: "Inyección debajo de la piel"),
        "IDINJ": .init(en: "Injection into the skin", es: "Inyección en la piel"),
        "IVINJ": .init(en: "Injection into a vein", es: "Inyección en la vena"),
        "PO": .init(en: "By mouth", es: "Por la boca"),
        "NASINHLC": .init(en: "Nasal spray", es: "Atomizador nasal"),
        "NASINHL": .init(en: "Nasal spray", es: "Atomizador nasal"),
        "TRNSDERM": .init(en: "Through the skin", es: "A través de la piel"),
    ]

    private static let snomedRoutes: [String: LocalizedText] = [
        "78421000": .init(en: "Injection into a muscle", es: "Inyección en el músculo"),
        "34206005": .init(en: "Injection under the skin", es: "Inyección debajo de la piel"),
        "372464004": .init(en: "Injection into the skin", es: "Inyección en la piel"),
        "26643006": .init(en: "By mouth", es: "Por la boca"),
        "46713006": .init(en: "Nasal spray", es: "Atomizador nasal"),
    ]
}
