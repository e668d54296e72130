import Foundation
import PortalCore

/// Why and how a viewer sees a patient, in the words the family view uses: "your own
/// record", "parent", "parent, limited view since age 12", "guardian until March 31, 2027".
enum AccessDescription: Sendable, Equatable {
    case own
    case proxy(Relationship)
    case limitedSinceTwelve(Relationship)
    /// The last day the special circumstance is in force, in the hospital's time zone.
    case special(GrantKind, lastDay: LocalDate?)
    case staff

    init(_ access: PatientAccess, hospitalTimeZone: TimeZone) {
        let relationship = access.grant?.relationship ?? .parent
        switch access.level {
        case .staff: self = .staff
        case .patientSelf: self = .own
        case .proxyAdolescentLimited: self = .limitedSinceTwelve(relationship)
        case .proxyFull:
            if let grant = access.grant, grant.kind.isSpecialCircumstance {
                // A grant ends at an instant; people read the day before it as the last one.
                self = .special(
                    grant.kind, lastDay: grant.ends.map { LocalDate($0.addingTimeInterval(-1), in: hospitalTimeZone) })
            } else {
                self = .proxy(relationship)
            }
        }
    }

    var summary: LocalizedText {
        let words = Strings.patientsAccess.self
        switch self {
        case .own: return words.own
        case .staff: return words.staff
        case .proxy(let relationship): return words.relationship(relationship)
        case .limitedSinceTwelve(let relationship): return words.limited(words.relationship(relationship))
        case .special(let kind, let lastDay): return words.special(kind, lastDay)
        }
    }

    var explanation: LocalizedText {
        switch self {
        case .own: Strings.patients.ownExplanation
        case .proxy, .staff: Strings.patients.fullExplanation
        case .limitedSinceTwelve: Strings.patients.limitedExplanation
        case .special(.adultAuthorization, _): Strings.patients.authorizationExplanation
        case .special: Strings.patients.specialExplanation
        }
    }
}
