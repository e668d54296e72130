/// Whole years of age, the way the age rules count them.
///
/// A birthday begins at local midnight in the hospital's time zone (callers pass "today"
/// in that zone). Someone born on February 29 has their birthday on March 1 in a common
/// year: they have not completed the year until February has ended, which is also the
/// reading most US state laws give for the age of majority.
public enum Age {
    public static func years(bornOn birth: LocalDate, on today: LocalDate) -> Int {
        guard today >= birth else { return 0 }
        var age = today.year - birth.year
        if birth.adding(years: age) > today { age -= 1 }
        return age
    }
}

/// The three bands of PRODUCT.md's age rules.
public enum AgeBand: Sendable, Equatable {
    case child  // 0-11
    case adolescent  // 12-17
    case adult  // 18+

    public static let adolescentFrom = 12
    public static let adultFrom = 18

    public init(age: Int) {
        switch age {
        case ..<AgeBand.adolescentFrom: self = .child
        case ..<AgeBand.adultFrom: self = .adolescent
        default: self = .adult
        }
    }
}
