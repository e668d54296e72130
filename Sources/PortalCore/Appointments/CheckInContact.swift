import Foundation

/// The contact details a family confirms at check-in: the home address, phones, and the
/// e-mail address the hospital's notices go to. Checked as a person would type them.
public struct CheckInContact: Sendable, Codable, Equatable {
    public var street = ""
    public var city = ""
    public var state = ""
    public var zip = ""
    public var homePhone = ""
    public var mobilePhone = ""
    public var email = ""

    public init() {}

    public enum Field: String, Sendable, CaseIterable {
        case street, city, state, zip, homePhone = "home_phone", mobilePhone = "mobile_phone", email
    }

    public enum Problem: Sendable, Equatable {
        case required, tooLong, notAState, notAZIP, notAPhone, notAnEmail, onePhoneNeeded
    }

    public static let textLimit = 120

    /// Trimmed values and a problem per field; a phone is written the way `PhoneNumber` reads it.
    public func checked(isEmailSafe: (String) -> Bool) -> (contact: CheckInContact, problems: [Field: Problem]) {
        var contact = self
        var problems: [Field: Problem] = [:]
        func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        contact.street = trim(street)
        contact.city = trim(city)
        contact.state = trim(state).uppercased()
        contact.zip = trim(zip)
        contact.email = trim(email)
        for (field, value) in [(Field.street, contact.street), (.city, contact.city)] {
            if value.isEmpty { problems[field] = .required } else if value.count > Self.textLimit { problems[field] = .tooLong }
        }
        if !(contact.state.count == 2 && contact.state.allSatisfy { $0.isASCII && $0.isLetter }) {
            problems[.state] = contact.state.isEmpty ? .required : .notAState
        }
        let zipDigits = contact.zip.filter(\.isNumber)
        if !(zipDigits.count == 5 || zipDigits.count == 9) || contact.zip.contains(where: { !$0.isNumber && $0 != "-" }) {
            problems[.zip] = contact.zip.isEmpty ? .required : .notAZIP
        }
        for (field, typed) in [(Field.homePhone, homePhone), (.mobilePhone, mobilePhone)] {
            let text = trim(typed)
            guard !text.isEmpty else { continue }
            if let phone = PhoneNumber(text) {
                if field == .homePhone { contact.homePhone = phone.text } else { contact.mobilePhone = phone.text }
            } else {
                problems[field] = .notAPhone
            }
        }
        if trim(homePhone).isEmpty && trim(mobilePhone).isEmpty { problems[.mobilePhone] = .onePhoneNeeded }
        if contact.email.isEmpty {
            problems[.email] = .required
        } else if contact.email.count > Self.textLimit || !isEmailSafe(contact.email) {
            problems[.email] = .notAnEmail
        }
        return (contact, problems)
    }
}
