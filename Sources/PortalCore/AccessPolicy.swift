import Foundation

/// How a member is related to a patient through one access grant.
public enum Relationship: String, Codable, Sendable, CaseIterable {
    case `self` = "self"
    case parent
    case legalGuardian = "legal_guardian"
    case other
}

public enum GrantKind: String, Codable, Sendable {
    /// Access that follows the age rules.
    case ordinary
    /// Access HIM recorded where the age rules would refuse it; valid only until it ends.
    case specialCircumstance = "special_circumstance"
}

/// The facts about one grant that the policy needs, free of any storage type.
public struct GrantFacts: Sendable {
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

    func isInForce(at instant: Date) -> Bool {
        !revoked && starts <= instant && (ends.map { instant < $0 } ?? true)
    }
}

/// What a viewer may see of one patient.
public enum AccessLevel: Sendable, Equatable {
    /// The patient's own account.
    case patientSelf
    /// A parent or guardian of a child under 12, or one with a special circumstance.
    case proxyFull
    /// A parent or guardian of a 12-17-year-old: nothing confidential to the adolescent.
    case proxyAdolescentLimited
    /// Hospital staff, whose role decides the rest.
    case staff
}

public enum AccessDecision: Sendable, Equatable {
    case granted(AccessLevel)
    case denied

    public var level: AccessLevel? {
        if case .granted(let level) = self { return level }
        return nil
    }
}

/// The one access policy: every route that touches a patient asks it.
///
/// It is a pure function of the grant, the patient's date of birth and the moment, with
/// the hospital's time zone supplied by the caller, so a decision is never cached beyond
/// the request that asked for it and changes by itself at midnight of a birthday.
public enum AccessPolicy {
    public static func decide(
        grant: GrantFacts?, patientBirthDate: LocalDate, at instant: Date, in timeZone: TimeZone
    ) -> AccessDecision {
        guard let grant, grant.isInForce(at: instant) else { return .denied }
        let age = Age.years(bornOn: patientBirthDate, on: LocalDate(instant, in: timeZone))
        if grant.relationship == .self {
            // A child under 12 cannot hold an account of their own.
            return AgeBand(age: age) == .child ? .denied : .granted(.patientSelf)
        }
        if grant.kind == .specialCircumstance { return .granted(.proxyFull) }
        switch AgeBand(age: age) {
        case .child: return .granted(.proxyFull)
        case .adolescent: return .granted(.proxyAdolescentLimited)
        case .adult: return .denied
        }
    }
}
