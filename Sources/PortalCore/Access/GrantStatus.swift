import Foundation

/// What a stored grant means today, in the words HIM's tools use: in force, not started,
/// ended on its end date, ended by the 18th birthday, revoked, or giving nothing at the
/// patient's current age.
public enum GrantStatus: Sendable, Equatable {
    case inForce
    case notYetStarted(firstDay: LocalDate)
    case ended(lastDay: LocalDate)
    /// A parent's grant that the age rules ended on the patient's 18th birthday.
    case endedAtEighteen(birthday: LocalDate)
    case revoked
    /// In force, but the age rules give it nothing now (for example an adult's special
    /// circumstance recorded before the 18th birthday).
    case noAccessAtThisAge

    public static func of(
        _ grant: GrantFacts, patientBirthDate birth: LocalDate, at instant: Date, in hospitalTimeZone: TimeZone
    ) -> GrantStatus {
        if grant.revoked { return .revoked }
        if grant.starts > instant { return .notYetStarted(firstDay: LocalDate(grant.starts, in: hospitalTimeZone)) }
        if let ends = grant.ends, ends <= instant {
            return .ended(lastDay: LocalDate(ends.addingTimeInterval(-1), in: hospitalTimeZone))
        }
        let age = Age.years(bornOn: birth, on: LocalDate(instant, in: hospitalTimeZone))
        let band = AgeBand(age: age)
        if AccessPolicy.access(through: grant, band: band) != nil { return .inForce }
        let endsAtEighteen = grant.relationship != .self && (grant.kind == .ordinary || grant.kind == .adolescentLacksCapacity)
        if band == .adult, endsAtEighteen { return .endedAtEighteen(birthday: birth.adding(years: AgeBand.adultFrom)) }
        return .noAccessAtThisAge
    }

    /// Whether revoking the grant still changes anything.
    public var canBeRevoked: Bool {
        switch self {
        case .inForce, .notYetStarted, .noAccessAtThisAge: true
        case .ended, .endedAtEighteen, .revoked: false
        }
    }
}
