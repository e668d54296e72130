/// What one import did, per FHIR resource type.
public struct ImportSummary: Sendable, Equatable, Codable {
    public struct Tally: Sendable, Equatable, Codable {
        public var created: Int
        public var updated: Int
        public var unchanged: Int

        public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
            self.created = created
            self.updated = updated
            self.unchanged = unchanged
        }
    }

    public var byResource: [String: Tally] = [:]
    /// Patient entries matched to the portal's patients by record number.
    public var patientsMatched = 0
    /// Members told by e-mail that there is new information.
    public var noticesQueued = 0

    public init() {}

    public var created: Int { byResource.values.reduce(0) { $0 + $1.created } }
    public var updated: Int { byResource.values.reduce(0) { $0 + $1.updated } }
    public var unchanged: Int { byResource.values.reduce(0) { $0 + $1.unchanged } }

    /// One line per resource type, for the terminal.
    public var lines: [String] {
        var lines = byResource.keys.sorted().map { type in
            let tally = byResource[type]!
            return "\(type): \(tally.created) created, \(tally.updated) updated, \(tally.unchanged) unchanged"
        }
        lines.append("Patients matched: \(patientsMatched)")
        lines.append("Total: \(created) created, \(updated) updated, \(unchanged) unchanged")
        return lines
    }
}
