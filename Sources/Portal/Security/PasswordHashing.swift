import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PortalCore
import Vapor

/// bcrypt on threads of its own. On the shared blocking pool a burst of sign-ins would queue
/// every SQLite query and file read behind seconds of hashing.
struct PasswordHashing: Sendable {
    private let pool: NIOThreadPool
    private let cost: Int
    private let operations = NIOLockedValueBox(0)

    /// bcrypt runs so far (hashes and verifications): the way to show that a refusal, such
    /// as a throttled sign-in, spent no hashing at all.
    var operationsPerformed: Int { operations.withLockedValue { $0 } }

    /// Starts the pool; `shutdown()` stops it.
    init(cost: Int, threads: Int = System.coreCount) {
        self.cost = cost
        pool = NIOThreadPool(numberOfThreads: max(1, threads))
        pool.start()
    }

    /// Hashes the prehashed password, so every character counts past bcrypt's 72 bytes.
    func hash(_ password: String) async throws -> String {
        let cost = cost
        operations.withLockedValue { $0 += 1 }
        return try await pool.runIfActive { try Bcrypt.hash(PasswordDigest.prehash(password), cost: cost) }
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        operations.withLockedValue { $0 += 1 }
        return try await pool.runIfActive { try Bcrypt.verify(PasswordDigest.prehash(password), created: hash) }
    }

    /// bcrypt of a short random secret with a given salt (`$2b$10$` and 22 characters), or a
    /// new one when nil. Not prehashed: recovery codes are far below bcrypt's 72 bytes.
    func hashSecret(_ secret: String, salt: String?, cost: Int) async throws -> String {
        operations.withLockedValue { $0 += 1 }
        return try await pool.runIfActive {
            if let salt { try Bcrypt.hash(secret, salt: salt) } else { try Bcrypt.hash(secret, cost: cost) }
        }
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
