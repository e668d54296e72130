import Foundation

/// How a member is related to a patient through one access grant.
public enum Relationship: String, Codable, Sendable, CaseIterable {
    case `self` = "self"
    case parent
    case legalGuardian = "legal_guardian"
    case other
}

/// Why a grant exists: the age rules, or a special circumstance HIM recorded where the age
/// rules would refuse. A special circumstance overrides the rule only in the age band it is
/// about, and only for what it covers.
public enum GrantKind: String, Codable, Sendable, CaseIterable {
    case ordinary
    /// Guardianship or conservatorship of an adult patient: everything the patient sees.
    case adultGuardianship = "adult_guardianship"
    /// An adult patient's written authorization: the record without sensitive services,
    /// which an authorization form names separately and HIM records as a guardianship-level
    /// grant only with a court order.
    case adultAuthorization = "adult_authorization"
    /// A parent of a 12-17-year-old who lacks capacity: the full view a younger child's
    /// parent has, until the 18th birthday.
    case adolescentLacksCapacity = "adolescent_lacks_capacity"

    public var isSpecialCircumstance: Bool { self != .ordinary }

    /// The age band in which a special circumstance applies; nil for ordinary grants.
    public var specialBand: AgeBand? {
        switch self {
        case .ordinary: nil
        case .adultGuardianship, .adultAuthorization: .adult
        case .adolescentLacksCapacity: .adolescent
        }
    }
}

/// The facts about one grant that the policy needs, free of any storage type.
public struct GrantFacts: Sendable, Hashable {
    public var relationship: Relationship
    public var kind: GrantKind
    public var starts: Date
    public var ends: Date?
    public var revoked: Bool

    public init(relationship: Relationship, kind: GrantKind, starts: Date, ends: Date?, revoked: Bool = false) {
        self.relationship = relationship
        self.kind = kind
        self.starts = starts
        self.ends = ends
        self.revoked = revoked
    }

    public func isInForce(at instant: Date) -> Bool {
        !revoked && starts <= instant && (ends.map { instant < $0 } ?? true)
    }
}
