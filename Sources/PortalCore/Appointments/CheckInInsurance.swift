import Foundation

/// The child's insurance as the family gives it at check-in: whether the child is insured,
/// the payer, the member id (and group number, when the card has one), and a photo of each
/// side of the card. The photos are sealed by the portal's document vault; this holds which
/// stored documents they are.
public struct CheckInInsurance: Sendable, Codable, Equatable {
    public enum Coverage: String, Sendable, Codable, CaseIterable {
        case insured
        /// No insurance, or the family pays: the front desk talks about it at the visit.
        case uninsured
    }

    public enum Side: String, Sendable, Codable, CaseIterable { case front, back }

    public var coverage: Coverage?
    public var payer = ""
    public var memberID = ""
    public var groupNumber = ""
    public var frontPhoto: UUID?
    public var backPhoto: UUID?

    public init() {}

    public enum Field: String, Sendable, CaseIterable {
        case coverage, payer, memberID = "member_id", groupNumber = "group_number", frontPhoto = "front_photo",
            backPhoto = "back_photo"
    }

    public enum Problem: Error, Sendable, Equatable {
        case chooseOne, required, tooLong, notAnID, photoNeeded, photoNotAnImage, photoTooLarge, photoUnreadable
    }

    public static let payerLimit = 100
    public static let idLimit = 30

    public func photo(_ side: Side) -> UUID? { side == .front ? frontPhoto : backPhoto }

    public mutating func setPhoto(_ side: Side, _ id: UUID?) {
        if side == .front { frontPhoto = id } else { backPhoto = id }
    }

    /// Trimmed values and a problem per field. An insured child needs the payer, the member id
    /// and both photos (a photo already saved counts); a family without insurance gives none
    /// of them, and any typed are dropped.
    public func checked() -> (insurance: CheckInInsurance, problems: [Field: Problem]) {
        var insurance = self
        var problems: [Field: Problem] = [:]
        func trim(_ text: String) -> String {
            text.trimmingCharacters(in: .whitespacesAndNewlines).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        insurance.payer = trim(payer)
        insurance.memberID = trim(memberID).uppercased()
        insurance.groupNumber = trim(groupNumber).uppercased()
        switch coverage {
        case nil:
            problems[.coverage] = .chooseOne
        case .uninsured:
            insurance = CheckInInsurance()
            insurance.coverage = .uninsured
        case .insured:
            if insurance.payer.isEmpty {
                problems[.payer] = .required
            } else if insurance.payer.count > Self.payerLimit {
                problems[.payer] = .tooLong
            }
            if let problem = Self.idProblem(insurance.memberID, required: true) { problems[.memberID] = problem }
            if let problem = Self.idProblem(insurance.groupNumber, required: false) { problems[.groupNumber] = problem }
            if insurance.frontPhoto == nil { problems[.frontPhoto] = .photoNeeded }
            if insurance.backPhoto == nil { problems[.backPhoto] = .photoNeeded }
        }
        return (insurance, problems)
    }

    /// Letters, digits, spaces and hyphens, as payers print them.
    private static func idProblem(_ id: String, required: Bool) -> Problem? {
        if id.isEmpty { return required ? .required : nil }
        if id.count > idLimit { return .tooLong }
        let allowed = id.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == " " }
        return allowed && id.contains(where: \.isNumber) ? nil : .notAnID
    }
}
