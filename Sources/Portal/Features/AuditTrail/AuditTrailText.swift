import PortalCore

/// What the audit trail pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `AuditTrailText+English.swift` and
/// `AuditTrailText+Spanish.swift`; pages read them in both through `Strings.auditTrail`.
struct AuditTrailText: Sendable {
    let title: String
    let intro: String
    let filter: String
    let action: String
    let anyAction: String
    let outcome: String
    let anyOutcome: String
    let patient: String
    let day: String
    let number: String
    let time: String
    let who: String
    let from: String
    let older: String
    let none: String
    let badFilter: String
}

extension Strings {
    static let auditTrail = Translated(english: AuditTrailText.english, spanish: AuditTrailText.spanish)
}
