import Foundation

/// The rules HIM's grant tools check before a grant is recorded.
public enum GrantRules {
    /// The longest an adult's written authorization lasts unless a court order says otherwise.
    public static let authorizationMaxMonths = 18

    /// A patient's own account and a proxy account are never the same account: a parent
    /// must not be able to sign in as the child, nor a child hold a parent's view of themselves.
    public static func conflictsWithExisting(_ new: Relationship, existing: [Relationship]) -> Bool {
        new == .self ? existing.contains { $0 != .self } : existing.contains(.self)
    }

    public struct SpecialCircumstance: Sendable {
        public var kind: GrantKind
        public var relationship: Relationship
        public var starts: Date
        public var ends: Date?
        public var courtOrdered: Bool
        public var reason: String
        public var hasSupportingDocument: Bool

        public init(
            kind: GrantKind, relationship: Relationship, starts: Date, ends: Date?, courtOrdered: Bool, reason: String,
            hasSupportingDocument: Bool
        ) {
            self.kind = kind
            self.relationship = relationship
            self.starts = starts
            self.ends = ends
            self.courtOrdered = courtOrdered
            self.reason = reason
            self.hasSupportingDocument = hasSupportingDocument
        }
    }

    public enum Problem: Hashable, Sendable {
        case notASpecialCircumstance
        case relationshipNotAllowed
        case reasonRequired
        case documentRequired
        case endRequired
        case endNotAfterStart
        case endsInThePast
        /// The last day an authorization without a court order may run to.
        case authorizationTooLong(latestEnd: LocalDate)
        /// The circumstance is about another age band than the patient's now.
        case wrongAgeBand(AgeBand)
    }

    /// Everything wrong with a special circumstance HIM is about to record; empty when it may be.
    public static func problems(
        with grant: SpecialCircumstance, patientBirthDate: LocalDate, now: Date, in hospitalTimeZone: TimeZone
    ) -> [Problem] {
        guard let band = grant.kind.specialBand else { return [.notASpecialCircumstance] }
        var problems: [Problem] = []
        let allowed: Set<Relationship> =
            switch grant.kind {
            case .adolescentLacksCapacity: [.parent, .legalGuardian]
            default: [.parent, .legalGuardian, .other]
            }
        if !allowed.contains(grant.relationship) { problems.append(.relationshipNotAllowed) }
        if grant.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.reasonRequired) }
        if !grant.hasSupportingDocument { problems.append(.documentRequired) }
        let today = LocalDate(now, in: hospitalTimeZone)
        if AgeBand(age: Age.years(bornOn: patientBirthDate, on: today)) != band { problems.append(.wrongAgeBand(band)) }
        guard let ends = grant.ends else { return problems + [.endRequired] }
        if ends <= grant.starts { problems.append(.endNotAfterStart) }
        if ends <= now { problems.append(.endsInThePast) }
        if grant.kind == .adultAuthorization, !grant.courtOrdered {
            let latest = LocalDate(grant.starts, in: hospitalTimeZone).adding(months: authorizationMaxMonths)
            if LocalDate(ends, in: hospitalTimeZone) > latest { problems.append(.authorizationTooLong(latestEnd: latest)) }
        }
        return problems
    }
}
