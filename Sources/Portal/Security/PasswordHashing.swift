import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PortalCore
import Vapor

#if canImport(Glibc)
    import Glibc
#endif

/// bcrypt on threads of its own, at a lower priority than the pages, behind a bounded queue.
/// On the shared blocking pool a burst of sign-ins would queue every SQLite query and file
/// read behind seconds of hashing; at the pages' priority it would take their cores; with no
/// bound on the queue a surge would wait for minutes. Past the bound a caller is refused at
/// once (`PortalError.busy`: 503 with Retry-After) before any other work.
struct PasswordHashing: Sendable {
    private let pool: NIOThreadPool
    private let threads: Int
    private let cost: Int
    private let operations = NIOLockedValueBox(0)
    private let admission: NIOLockedValueBox<Admission>
    private let longestWait: Duration
    private let turns: HashingTurns

    /// How many callers may be inside at once: those hashing and those waiting for a thread.
    fileprivate struct Admission {
        var capacity: Int
        var inside = 0
    }

    /// bcrypt runs so far (hashes and verifications): the way to show that a refusal, such
    /// as a throttled sign-in, spent no hashing at all.
    var operationsPerformed: Int { operations.withLockedValue { $0 } }

    /// Starts the pool; `shutdown()` stops it. Until `calibrate` measures a hash, at most
    /// `minimumWaiting` callers wait; none waits longer than `longestWait` for a thread.
    init(cost: Int, threads: Int = System.coreCount, longestWait: Duration = .milliseconds(800)) {
        self.cost = cost
        self.longestWait = longestWait
        self.threads = max(1, threads)
        admission = NIOLockedValueBox(Admission(capacity: max(1, threads) + Self.minimumWaiting))
        turns = HashingTurns(threads: self.threads)
        pool = NIOThreadPool(numberOfThreads: self.threads)
        pool.start()
    }

    /// Sizes the queue to about a second of hashing, from how long one hash took here: the
    /// longest a caller then waits for a thread. At least `minimumWaiting` may wait, so a
    /// hash measured slow (a node starting under load) still lets a family's few tabs in.
    /// Returns how many may be inside at once.
    @discardableResult
    func calibrate(secondsPerHash: Double) -> Int {
        let perSecond = Double(threads) / max(secondsPerHash, 0.001)
        return admission.withLockedValue { state in
            state.capacity = threads + max(Self.minimumWaiting, Int(perSecond.rounded(.down)))
            return state.capacity
        }
    }

    static let minimumWaiting = 4

    /// Hashes `secret`, sizes the queue from how long that took here, and says so in the log:
    /// done once at start, with the decoy hash that sign-ins of unknown e-mails check against.
    func calibrate(byHashing secret: String, logger: Logger) async throws -> String {
        let started = ContinuousClock.now
        let hashed = try await hash(secret)
        let took = ContinuousClock.now - started
        let secondsPerHash = took.seconds
        let admitted = calibrate(secondsPerHash: secondsPerHash)
        logger.info(
            "password hashing calibrated",
            metadata: [
                "ms_per_hash": .string(String(format: "%.0f", secondsPerHash * 1000)), "admitted_at_once": "\(admitted)",
            ])
        return hashed
    }

    /// A place in the queue, held from before a sign-in's other work until its hash is done,
    /// so a refused sign-in has done nothing (not even counted against the throttle).
    final class Place: Sendable {
        private let released = NIOLockedValueBox(false)
        private let admission: NIOLockedValueBox<Admission>

        fileprivate init(_ admission: NIOLockedValueBox<Admission>) { self.admission = admission }

        func release() {
            let first = released.withLockedValue { wasReleased -> Bool in
                if wasReleased { return false }
                wasReleased = true
                return true
            }
            if first { admission.withLockedValue { $0.inside -= 1 } }
        }

        deinit { release() }
    }

    /// Takes a place, or refuses at once when the queue is full or, at the pace hashing goes
    /// now, would not reach a thread within the longest wait: under load a refused sign-in
    /// neither waits for its refusal nor writes and reads what it would then undo.
    func reservePlace() throws -> Place {
        let admitted = admission.withLockedValue { state in
            guard state.inside < state.capacity, turns.canReach(behind: state.inside, within: longestWait) else {
                return false
            }
            state.inside += 1
            return true
        }
        guard admitted else { throw PortalError.busy }
        return Place(admission)
    }

    /// Hashes the prehashed password, so every character counts past bcrypt's 72 bytes.
    func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await run { try Bcrypt.hash(PasswordDigest.prehash(password), cost: cost) }
    }

    /// Checks a password, in a place taken beforehand or in one taken now.
    func verify(_ password: String, against hash: String, in place: Place? = nil) async throws -> Bool {
        try await run(in: place) { try Bcrypt.verify(PasswordDigest.prehash(password), created: hash) }
    }

    /// bcrypt of a short random secret with a given salt (`$2b$10$` and 22 characters), or a
    /// new one when nil. Not prehashed: recovery codes are far below bcrypt's 72 bytes.
    func hashSecret(_ secret: String, salt: String?, cost: Int) async throws -> String {
        try await run {
            if let salt { try Bcrypt.hash(secret, salt: salt) } else { try Bcrypt.hash(secret, cost: cost) }
        }
    }

    private func run<Result: Sendable>(in place: Place? = nil, _ work: @escaping @Sendable () throws -> Result)
        async throws -> Result
    {
        let held = try place ?? reservePlace()
        defer { held.release() }
        // The places bound how many wait; the turns bound how long, however slow hashing
        // has become.
        let turn = try await turns.take(within: longestWait)
        operations.withLockedValue { $0 += 1 }
        do {
            let result = try await pool.runIfActive {
                Self.yieldToPages()
                return try work()
            }
            await turns.giveBack(turn)
            return result
        } catch {
            await turns.giveBack(turn)
            throw error
        }
    }

    /// Lowers this hashing thread's priority below the pages' (on Linux, a thread's nice
    /// value is its own): under load the pages keep their cores and sign-ins queue instead.
    /// Not the lowest: at nice 19 a hash took seconds while a few people merely used the
    /// portal, and sign-ins in flight outlasted the cluster test's traffic.
    private static func yieldToPages() {
        #if canImport(Glibc)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }

    func shutdown() async throws {
        try await pool.shutdownGracefully()
    }
}

/// Stops the hashing threads with the application.
struct PasswordHashingShutdown: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        try? await application.portal.passwords.shutdown()
    }
}
