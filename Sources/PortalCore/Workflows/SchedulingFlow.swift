/// What a family asks a department's schedulers.
public enum SchedulingRequestKind: String, Codable, Sendable, CaseIterable {
    case appointment
    case cancellation
    /// An interpreter for a visit already booked.
    case interpreter
}

/// Where a scheduling request stands.
public enum SchedulingRequestStatus: String, Codable, Sendable, CaseIterable {
    /// Waiting for a scheduler.
    case open
    /// A new appointment was booked, the cancellation confirmed or the interpreter arranged.
    case booked
    /// The scheduler offered other times; the family picks one.
    case alternativesOffered = "alternatives_offered"
    case declined
    /// The family withdrew it.
    case withdrawn
}

/// A scheduler's answer to an open request.
public enum SchedulerAnswer: String, Sendable, CaseIterable {
    case book
    case offer
    case decline
    /// Keep the appointment the family asked to cancel.
    case keep
    case confirmCancellation = "confirm_cancel"
    case confirmInterpreter = "confirm_interpreter"
}

/// What the family can do with their own request.
public enum FamilySchedulingStep: Sendable, CaseIterable {
    case takeOfferedTime
    case askForOtherTimes
    case withdraw
}

/// The scheduling request's states and who may move it where. Each move is applied in the
/// database as one conditional update from `from` to the answer, so two clicks or two
/// schedulers make one move.
public enum SchedulingFlow {
    public enum Refusal: Error, Sendable, Equatable {
        /// Someone answered it already (or the family withdrew it).
        case alreadyAnswered
        /// The answer is not one this kind of request takes.
        case notForThisKind
    }

    /// The answers the schedulers' page offers for a kind of request.
    public static func answers(for kind: SchedulingRequestKind) -> [SchedulerAnswer] {
        switch kind {
        case .appointment: [.book, .offer, .decline]
        case .cancellation: [.confirmCancellation, .keep]
        case .interpreter: [.confirmInterpreter, .decline]
        }
    }

    /// Where a scheduler's answer moves a request, which must still be open.
    public static func answer(
        _ answer: SchedulerAnswer, to kind: SchedulingRequestKind, from status: SchedulingRequestStatus
    ) -> Result<SchedulingRequestStatus, Refusal> {
        guard answers(for: kind).contains(answer) else { return .failure(.notForThisKind) }
        guard status == .open else { return .failure(.alreadyAnswered) }
        switch answer {
        case .book, .confirmCancellation, .confirmInterpreter: return .success(.booked)
        case .offer: return .success(.alternativesOffered)
        case .decline, .keep: return .success(.declined)
        }
    }

    /// The statuses a family's step can start from, and where it leads.
    public static func move(_ step: FamilySchedulingStep) -> (from: Set<SchedulingRequestStatus>, to: SchedulingRequestStatus) {
        switch step {
        case .takeOfferedTime: ([.alternativesOffered], .booked)
        case .askForOtherTimes: ([.alternativesOffered], .open)
        case .withdraw: ([.open, .alternativesOffered], .withdrawn)
        }
    }

    /// Where a family's step moves their request.
    public static func family(_ step: FamilySchedulingStep, from status: SchedulingRequestStatus)
        -> Result<SchedulingRequestStatus, Refusal>
    {
        let move = move(step)
        return move.from.contains(status) ? .success(move.to) : .failure(.alreadyAnswered)
    }
}
