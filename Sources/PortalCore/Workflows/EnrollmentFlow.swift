/// Where an enrollment request stands.
public enum EnrollmentStatus: String, Codable, Sendable, CaseIterable {
    case pending
    case approved
    case rejected
}

/// HIM's decision on an enrollment request.
public enum EnrollmentDecision: Sendable, CaseIterable {
    case approve
    case reject

    public var status: EnrollmentStatus {
        switch self {
        case .approve: .approved
        case .reject: .rejected
        }
    }
}

/// The enrollment request's states: pending until one HIM staff member decides it, once.
public enum EnrollmentFlow {
    public enum Refusal: Error, Sendable, Equatable { case alreadyDecided }

    public static func decide(_ decision: EnrollmentDecision, from status: EnrollmentStatus) -> Result<
        EnrollmentStatus, Refusal
    > {
        status == .pending ? .success(decision.status) : .failure(.alreadyDecided)
    }
}
