import Foundation

/// What a viewer is to a patient, which decides the words the family view uses.
public enum AccessLevel: Sendable, Hashable {
    /// The patient's own account.
    case patientSelf
    /// A parent or guardian of a child under 12, or one with a special circumstance.
    case proxyFull
    /// A parent or guardian of a 12-17-year-old: nothing confidential to the adolescent.
    case proxyAdolescentLimited
    case staff(StaffRole)
}

/// A granted access: the level, the tiers of clinical items it shows, and the grant it
/// rests on (none for staff), so a page can say why and until when.
public struct PatientAccess: Sendable, Hashable {
    public let level: AccessLevel
    public let visibleTiers: Set<SensitivityTier>
    public let grant: GrantFacts?

    public func canSee(_ sensitivity: Sensitivity) -> Bool { visibleTiers.contains(sensitivity.tier) }

    /// The labels a stored query may return, for filtering in the database rather than after.
    public var visibleStorageValues: [String] {
        var values: [String] = []
        if visibleTiers.contains(.normal) { values.append(Sensitivity.normal.storageValue) }
        if visibleTiers.contains(.sensitive) {
            values += SensitiveCategory.allCases.map { Sensitivity.adolescentConfidential($0).storageValue }
        }
        if visibleTiers.contains(.restricted) { values.append(Sensitivity.restricted.storageValue) }
        return values
    }
}

public enum AccessDecision: Sendable, Hashable {
    case granted(PatientAccess)
    case denied

    public var access: PatientAccess? {
        if case .granted(let access) = self { return access }
        return nil
    }
}

/// The one access policy: every route that touches a patient asks it.
///
/// A pure function of the viewer, the patient's date of birth and the moment, with the
/// hospital's time zone supplied by the caller. Nothing is cached beyond the request that
/// asked, so access changes by itself at local midnight of the 12th and 18th birthdays.
public enum AccessPolicy {
    public static func decide(
        viewer: Viewer, patientBirthDate: LocalDate, at instant: Date, in hospitalTimeZone: TimeZone
    ) -> AccessDecision {
        switch viewer {
        case .staff(let role):
            return .granted(PatientAccess(level: .staff(role), visibleTiers: role.visibleTiers, grant: nil))
        case .member(let isActive, let grants):
            guard isActive else { return .denied }
            let band = AgeBand(age: Age.years(bornOn: patientBirthDate, on: LocalDate(instant, in: hospitalTimeZone)))
            // The patient's own account is never also a proxy for them: any grant of their
            // own, current or not, makes proxy grants on the same account count for nothing.
            let ownAccount = grants.contains { $0.relationship == .self }
            let candidates = grants.filter { $0.isInForce(at: instant) && (!ownAccount || $0.relationship == .self) }
                .compactMap { access(through: $0, band: band) }
            guard let widest = candidates.max(by: { $0.breadth < $1.breadth }) else { return .denied }
            return .granted(widest)
        }
    }

    /// What one grant in force allows in the patient's current age band, if anything.
    static func access(through grant: GrantFacts, band: AgeBand) -> PatientAccess? {
        let everythingButRestricted: Set<SensitivityTier> = [.normal, .sensitive]
        if grant.relationship == .self {
            // A child under 12 cannot hold an account of their own.
            guard grant.kind == .ordinary, band != .child else { return nil }
            return PatientAccess(level: .patientSelf, visibleTiers: everythingButRestricted, grant: grant)
        }
        switch grant.kind {
        case .ordinary:
            guard grant.relationship == .parent || grant.relationship == .legalGuardian else { return nil }
            switch band {
            case .child: return PatientAccess(level: .proxyFull, visibleTiers: everythingButRestricted, grant: grant)
            case .adolescent: return PatientAccess(level: .proxyAdolescentLimited, visibleTiers: [.normal], grant: grant)
            case .adult: return nil
            }
        case .adultGuardianship, .adolescentLacksCapacity:
            guard grant.kind.specialBand == band else { return nil }
            return PatientAccess(level: .proxyFull, visibleTiers: everythingButRestricted, grant: grant)
        case .adultAuthorization:
            guard grant.kind.specialBand == band else { return nil }
            return PatientAccess(level: .proxyFull, visibleTiers: [.normal], grant: grant)
        }
    }
}

extension PatientAccess {
    /// Orders two accesses to one patient: more visible tiers first, then the closer relation.
    fileprivate var breadth: Int {
        let levelRank =
            switch level {
            case .proxyAdolescentLimited: 0
            case .proxyFull: 1
            case .patientSelf: 2
            case .staff: 3
            }
        return visibleTiers.count * 10 + levelRank
    }
}
