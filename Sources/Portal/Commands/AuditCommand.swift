import Fluent
import PortalCore
import SQLKit
import Vapor

/// `portal audit verify`: walks the audit chain and reports the first broken link.
struct AuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "verify")
        var action: String
    }

    var help: String { "Audit trail tools. `audit verify` checks the hash chain end to end." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "verify" else {
            throw CommandFailure(description: "Unknown audit action. Use: portal audit verify")
        }
        let result = try await AuditVerification.run(on: context.application.db)
        // The verdict goes to standard error whatever the log level: an operator (or a
        // script) reads it there, and the exit status says the same.
        let verdict: String
        switch result.firstBreak {
        case nil:
            verdict = "Audit chain intact: \(result.checked) events verified."
        case .hashMismatch(let sequence):
            verdict =
                "Audit chain broken at event \(sequence): its contents or hash were changed (\(result.checked) events before it verified)."
        case .gap(let expected, let found):
            verdict =
                "Audit chain broken: event \(expected) is missing (found \(found) next; \(result.checked) events before it verified)."
        }
        FileHandle.standardError.write(Data((verdict + "\n").utf8))
        if result.firstBreak != nil { throw CommandFailure(description: verdict) }
    }
}

enum AuditVerification {
    struct Result: Sendable {
        var checked: Int
        var firstBreak: AuditChain.Break?
    }

    /// Reads the trail in pages so a long one never has to fit in memory, all in one
    /// snapshot (a repeatable-read transaction on PostgreSQL; on SQLite a read transaction
    /// holds its snapshot), so events written meanwhile by the servers are neither half seen
    /// nor mistaken for a break. The chain head is checked too, so removing the newest events
    /// is found as well.
    static func run(on database: any Database, pageSize: Int = 1000) async throws -> Result {
        try await database.transaction { db in
            if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
                try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").run()
            }
            return try await verify(on: db, pageSize: pageSize)
        }
    }

    private static func verify(on db: any Database, pageSize: Int) async throws -> Result {
        var verifier = AuditChain.Verifier()
        var after: Int64 = 0
        while true {
            let page = try await AuditEvent.query(on: db).filter(\.$id > after).sort(\.$id).limit(pageSize).all()
            for event in page {
                if let problem = verifier.check(event.record, storedHash: event.hash) {
                    return Result(checked: verifier.checked, firstBreak: problem)
                }
            }
            guard let last = page.last?.id, page.count == pageSize else { break }
            after = last
        }
        if let head = try await AuditChainHead.find(AuditChainHead.singletonID, on: db),
            head.lastSequence != verifier.nextSequence - 1 || head.lastHash != verifier.previousHash
        {
            return Result(
                checked: verifier.checked, firstBreak: .gap(expected: verifier.nextSequence, found: head.lastSequence + 1))
        }
        return Result(checked: verifier.checked, firstBreak: nil)
    }
}
