/// Whose turn it is on the hashing threads: one caller per thread, the others waiting in
/// the order they came, each for at most its own limit. A waiter is told to try again
/// (`PortalError.busy`) the moment its limit passes, not when a thread comes free: when the
/// pages keep the cores, a hash takes seconds, and nobody is kept waiting for that.
actor HashingTurns {
    private var free: Int
    private var waiting: [(id: UInt64, turn: CheckedContinuation<Void, any Error>)] = []
    private var nextID: UInt64 = 0

    init(threads: Int) { free = threads }

    /// Waits for a thread, up to `limit`; the caller then owes `giveBack()`.
    func take(within limit: Duration) async throws {
        if free > 0 {
            free -= 1
            return
        }
        let id = nextID
        nextID += 1
        try await withCheckedThrowingContinuation { turn in
            waiting.append((id, turn))
            Task {
                try? await Task.sleep(for: limit)
                self.giveUp(id)
            }
        }
    }

    /// The thread goes to the longest waiting caller, or back to the free ones.
    func giveBack() {
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
