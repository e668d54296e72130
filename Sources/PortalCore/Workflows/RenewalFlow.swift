import Foundation

/// Where a renewal request stands.
public enum RenewalStatus: String, Codable, Sendable, CaseIterable {
    case open
    case approved
    case denied
    /// The clinician wants to see the child before renewing.
    case needsVisit = "needs_visit"
}

/// A clinician's decision on a renewal request, read from the form.
public enum RenewalDecision: Sendable, Equatable {
    case approve(refills: Int)
    /// Denied, with the reason the family will read.
    case deny(reason: String)
    case needsVisit(note: String?)

    public var status: RenewalStatus {
        switch self {
        case .approve: .approved
        case .deny: .denied
        case .needsVisit: .needsVisit
        }
    }

    /// The clinician's note to the family, if any.
    public var note: String? {
        switch self {
        case .approve: nil
        case .deny(let reason): reason
        case .needsVisit(let note): note
        }
    }
}

/// What is wrong with a clinician's decision form, each tied to its field.
public enum RenewalDecisionProblem: Sendable, Hashable {
    /// Neither approve, deny nor ask for a visit.
    case unknownDecision
    /// Refills must be a whole number from 0 to 11.
    case refillsInvalid
    /// A denial needs its reason.
    case reasonNeeded
    case noteTooLong
}

/// Everything wrong with one decision form.
public struct RenewalDecisionProblems: Error, Sendable, Equatable {
    public let problems: Set<RenewalDecisionProblem>

    public func contains(_ problem: RenewalDecisionProblem) -> Bool { problems.contains(problem) }
}

/// The renewal request's states: open until one clinician decides it, once.
public enum RenewalFlow {
    public static let maxRefills = 11
    public static let noteLimit = 500

    /// Reads the form: `approve` with refills, `deny` with a reason, or `needs_visit` with an
    /// optional note. `note` is the form's note already trimmed.
    public static func decision(_ choice: String?, refills: String?, note: String) -> Result<
        RenewalDecision, RenewalDecisionProblems
    > {
        var problems: Set<RenewalDecisionProblem> = []
        if note.count > noteLimit { problems.insert(.noteTooLong) }
        let decision: RenewalDecision
        switch choice {
        case "approve":
            let count = Int((refills ?? "").trimmingCharacters(in: .whitespaces))
            guard let count, (0...maxRefills).contains(count) else {
                problems.insert(.refillsInvalid)
                return .failure(RenewalDecisionProblems(problems: problems))
            }
            decision = .approve(refills: count)
        case "deny":
            if note.isEmpty { problems.insert(.reasonNeeded) }
            decision = .deny(reason: note)
        case "needs_visit":
            decision = .needsVisit(note: note.isEmpty ? nil : note)
        default:
            return .failure(RenewalDecisionProblems(problems: [.unknownDecision]))
        }
        return problems.isEmpty ? .success(decision) : .failure(RenewalDecisionProblems(problems: problems))
    }

    /// Only an open request can be decided.
    public static func canDecide(_ status: RenewalStatus) -> Bool { status == .open }
}
