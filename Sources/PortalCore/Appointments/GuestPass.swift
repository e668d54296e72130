import Foundation

/// A second participant's link to one video visit (the other parent, an interpreter): it
/// admits once, only while the visit's window is open, and not after the member revokes it.
public struct GuestPass: Sendable, Hashable {
    public enum Answer: Sendable, Hashable {
        case admit
        case notYet(opensAt: Date)
        case ended
        case alreadyUsed
        case revoked
    }

    public var window: VisitWindow
    public var usedAt: Date?
    public var revokedAt: Date?

    public init(window: VisitWindow, usedAt: Date? = nil, revokedAt: Date? = nil) {
        self.window = window
        self.usedAt = usedAt
        self.revokedAt = revokedAt
    }

    /// A revoked or used link says so even outside the window, so nobody retries it later.
    public func answer(at now: Date) -> Answer {
        if let revokedAt, revokedAt <= now { return .revoked }
        if usedAt != nil { return .alreadyUsed }
        switch window.state(at: now) {
        case .notYet(let opensAt): return .notYet(opensAt: opensAt)
        case .open: return .admit
        case .ended: return .ended
        }
    }
}
