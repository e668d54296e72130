import Foundation

/// The life of an invitation link (PRODUCT.md, Enrollment 6-7): single use, valid for 90
/// days from sending, locked after too many wrong answers, and replaced by a newer one.
public enum InvitationRules {
    public static let validity: TimeInterval = 90 * 86_400
    /// Wrong ZIP code or date of birth answers before the link locks.
    public static let maxWrongAnswers = 5

    public enum State: Sendable, Equatable {
        case usable, used, replaced, expired, locked
    }

    public static func state(
        sentAt: Date, at instant: Date, wrongAnswers: Int, used: Bool, replaced: Bool
    ) -> State {
        if used { return .used }
        if replaced { return .replaced }
        if wrongAnswers >= maxWrongAnswers { return .locked }
        if instant >= sentAt.addingTimeInterval(validity) { return .expired }
        return .usable
    }

    /// Who may be invited for a patient of this age: their own account from 12, a parent's
    /// or guardian's until 18.
    public static func mayInvite(_ relationship: Relationship, patientAge age: Int) -> Bool {
        switch relationship {
        case .self: age >= AgeBand.adolescentFrom
        case .parent, .legalGuardian: age < AgeBand.adultFrom
        case .other: false
        }
    }

    /// The answers match when the ZIP code's first five digits and the date of birth do.
    public static func answersMatch(zip: String, birthDate: String, patientZIP: String, patientBirthDate: String) -> Bool {
        let digits = { (text: String) in String(text.filter(\.isNumber).prefix(5)) }
        return digits(zip).count == 5 && digits(zip) == digits(patientZIP)
            && LocalDate(iso: birthDate.trimmingCharacters(in: .whitespaces)) != nil
            && LocalDate(iso: birthDate.trimmingCharacters(in: .whitespaces)) == LocalDate(iso: patientBirthDate)
    }
}
