/// What the entries of one bundle can refer to: patients by their record number, and
/// observations, medications, locations and appointments by their own resource.
struct ReferenceTable {
    /// The record numbers' identifier system, when the hospital configured one.
    let recordNumberSystem: String?
    private var patients: [String: String] = [:]
    private var resources: [String: Node] = [:]

    init(recordNumberSystem: String?) {
        self.recordNumberSystem = recordNumberSystem
    }

    mutating func add(patient recordNumber: String, fullURL: String?, id: String?) {
        for name in Self.names(type: "Patient", fullURL: fullURL, id: id) { patients[name] = recordNumber }
    }

    mutating func add(_ resource: Node, type: String, fullURL: String?, id: String?) {
        for name in Self.names(type: type, fullURL: fullURL, id: id) { resources[name] = resource }
    }

    func recordNumber(for reference: String) -> String? { patients[reference] }

    func resource(_ reference: String, type: String) -> Node? {
        guard reference.hasPrefix("urn:") || reference.hasPrefix("\(type)/") || reference.contains("/\(type)/") else {
            return nil
        }
        return resources[reference] ?? resources[String(reference.split(separator: "/").suffix(2).joined(separator: "/"))]
    }

    /// A resource can be referred to by its full URL or as `Type/id`.
    private static func names(type: String, fullURL: String?, id: String?) -> [String] {
        var names: [String] = []
        if let fullURL { names.append(fullURL) }
        if let id { names.append("\(type)/\(id)") }
        return names
    }
}

enum PatientReader {
    /// The record-number identifier: the one in the configured system (EHRs such as Epic
    /// send it under their own OID, often untyped), else the one typed MR (HL7 v2 table 0203).
    static func recordNumber(_ patient: Node, system: String?) throws -> String {
        let identifiers = try patient["identifier"].list()
        if let system {
            for identifier in identifiers where try identifier["system"].string() == system {
                return try identifier["value"].requiredString()
            }
        }
        // Typed MR, and (when the hospital names its system) in no other system: an MR of
        // another hospital's system is that hospital's patient, not ours.
        for identifier in identifiers {
            guard try identifier["type"].codes(in: CodeSystems.v2IdentifierType).contains("MR") else { continue }
            if let system, let other = try identifier["system"].string(), other != system { continue }
            return try identifier["value"].requiredString()
        }
        let named = system.map { "in the system \($0) or " } ?? ""
        throw patient["identifier"].problem(
            "has no record-number identifier (\(named)typed MR); the portal matches patients by it")
    }
}

/// Reads the parts every clinical resource shares.
struct ResourceReader {
    let resource: Node
    let references: ReferenceTable

    func header(subjectField: String = "subject") throws -> RecordHeader {
        RecordHeader(
            sourceKey: try sourceKey(), recordNumber: try recordNumber(resource[subjectField]),
            sensitivity: try SecurityLabels.sensitivity(of: resource["meta"]).storageValue,
            lastUpdated: try resource["meta"]["lastUpdated"].instant())
    }

    /// `system|value` of the first identifier: how a later version finds this one.
    func sourceKey() throws -> String {
        guard let identifier = try resource["identifier"].first() else {
            throw resource["identifier"].problem("is required: the portal recognizes a resource again by its identifier")
        }
        let value = try identifier["value"].requiredString(maxLength: 200)
        return "\(try identifier["system"].string(maxLength: 500) ?? "")|\(value)"
    }

    /// The patient a reference points to: an entry of the bundle, or a record number given
    /// as the reference's identifier.
    func recordNumber(_ subject: Node) throws -> String {
        guard subject.isPresent else { throw subject.problem("is required: whose record is this?") }
        if let reference = try subject["reference"].string() {
            guard let number = references.recordNumber(for: reference) else {
                throw subject["reference"].problem(
                    "points to a patient that is not in the bundle; include the Patient, or give subject.identifier with the record number"
                )
            }
            return number
        }
        if let number = try subject["identifier"]["value"].string() {
            // A record number named in another system is another hospital's number.
            if let expected = references.recordNumberSystem, let system = try subject["identifier"]["system"].string(),
                system != expected
            {
                throw subject["identifier"]["system"].problem("is \(system); record numbers here are in \(expected)")
            }
            return number
        }
        throw subject.problem("needs a reference to a Patient in the bundle or an identifier with the record number")
    }

    /// The source key of a referenced Observation or Medication in the bundle.
    func referenced(_ reference: Node, type: String) throws -> Node {
        let text = try reference["reference"].requiredString()
        guard let target = references.resource(text, type: type) else {
            throw reference["reference"].problem("points to a \(type) that is not in the bundle")
        }
        return target
    }

    func status(_ allowed: Set<String>) throws -> String {
        try resource["status"].requiredCode(in: allowed)
    }
}
