/// What one import did, per FHIR resource type.
struct ImportSummary: Sendable, Equatable, Codable {
    struct Tally: Sendable, Equatable, Codable {
        var created = 0
        var updated = 0
        var unchanged = 0
    }

    var byResource: [String: Tally] = [:]
    /// Patient entries matched to the portal's patients by record number.
    var patientsMatched = 0
    /// Members told by e-mail that there is new information.
    var noticesQueued = 0

    var created: Int { byResource.values.reduce(0) { $0 + $1.created } }
    var updated: Int { byResource.values.reduce(0) { $0 + $1.updated } }
    var unchanged: Int { byResource.values.reduce(0) { $0 + $1.unchanged } }

    /// One line per resource type, for the terminal.
    var lines: [String] {
        var lines = byResource.keys.sorted().map { type in
            let tally = byResource[type]!
            return "\(type): \(tally.created) created, \(tally.updated) updated, \(tally.unchanged) unchanged"
        }
        lines.append("Patients matched: \(patientsMatched)")
        lines.append("Total: \(created) created, \(updated) updated, \(unchanged) unchanged")
        return lines
    }
}
