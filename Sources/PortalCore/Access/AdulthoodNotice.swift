/// Parent access ends on the 18th birthday. Thirty days before, the patient and each parent
/// with access are told, so nobody is surprised when a parent's view goes away.
public enum AdulthoodNotice {
    public static let leadDays = 30

    /// The 18th birthday, when it falls after today and within the next thirty days.
    public static func upcomingEighteenthBirthday(bornOn birth: LocalDate, today: LocalDate) -> LocalDate? {
        let birthday = birth.adding(years: AgeBand.adultFrom)
        guard today < birthday, birthday <= today.adding(days: leadDays) else { return nil }
        return birthday
    }
}
