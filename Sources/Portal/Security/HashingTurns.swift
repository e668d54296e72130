import PortalCore
import Synchronization

/// Whose turn it is on the hashing threads: one caller per thread, the others waiting in
/// the order they came, each for at most its own limit. A waiter is told to try again
/// (`PortalError.busy`) the moment its limit passes, not when a thread comes free: when the
/// pages keep the cores, a hash takes seconds, and nobody is kept waiting for that. A
/// caller the queue cannot reach within its limit at the pace hashing goes now is told at
/// once, rather than after waiting out its limit for nothing; `canReach` tells it before
/// the caller's other work (a sign-in's reads and writes) is done for nothing too.
actor HashingTurns {
    /// A thread held, to be given back with `giveBack(_:)`.
    struct Turn: Sendable {
        fileprivate let id: UInt64
    }

    private let threads: Int
    private var free: Int
    private var waiting: [(id: UInt64, turn: CheckedContinuation<Void, any Error>)] = []
    private var nextID: UInt64 = 0
    /// Read without waiting for the actor, by `canReach`.
    private nonisolated let pace = Mutex(Pace())

    init(threads: Int) {
        self.threads = threads
        free = threads
    }

    /// Waits for a thread, up to `limit`.
    func take(within limit: Duration) async throws -> Turn {
        let id = nextID
        nextID += 1
        if free > 0 {
            free -= 1
        } else {
            // The turns that end before this caller's, one per thread at a time.
            guard canReach(behind: waiting.count + threads, within: limit) else { throw PortalError.busy }
            try await withCheckedThrowingContinuation { turn in
                waiting.append((id, turn))
                Task {
                    try? await Task.sleep(for: limit)
                    self.giveUp(id)
                }
            }
        }
        pace.withLock { $0.running[id] = .now }
        return Turn(id: id)
    }

    /// Whether a caller behind `callers` others (hashing or waiting, in order) would have a
    /// thread within `limit` at the pace hashing goes now: the turns that end before its
    /// own, one per thread at a time.
    nonisolated func canReach(behind callers: Int, within limit: Duration) -> Bool {
        Double(callers / threads) * pace.withLock { $0.secondsPerTurnNow() } <= limit.seconds
    }

    /// The thread goes to the longest waiting caller, or back to the free ones.
    func giveBack(_ turn: Turn) {
        pace.withLock { $0.ended(turn.id) }
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().turn.resume()
        }
    }

    private func giveUp(_ id: UInt64) {
        guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
        waiting.remove(at: index).turn.resume(throwing: PortalError.busy)
    }
}

/// How long turns take: the recent ones, and those still running.
struct Pace {
    var running: [UInt64: ContinuousClock.Instant] = [:]
    /// How long a turn has taken lately (a moving average), nil before the first ends.
    var secondsPerTurn: Double?

    mutating func ended(_ id: UInt64) {
        guard let started = running.removeValue(forKey: id) else { return }
        record(seconds: (ContinuousClock.now - started).seconds)
    }

    /// One turn counts for at most four times the average: a single stalled turn (a paused
    /// machine) would otherwise set a pace of seconds that refuses the queue's places until
    /// many turns have ended; a real slowdown is still learnt within a few turns.
    mutating func record(seconds: Double) {
        secondsPerTurn = secondsPerTurn.map { $0 + 0.3 * (min(seconds, 4 * $0) - $0) } ?? seconds
    }

    /// The recent average, or longer when a turn still running has already taken longer:
    /// when the pages take the cores, the average learns it only as the slow turns end.
    func secondsPerTurnNow() -> Double {
        let now = ContinuousClock.now
        let longestRunning = running.values.map { (now - $0).seconds }.max() ?? 0
        return max(secondsPerTurn ?? 0, longestRunning)
    }
}
