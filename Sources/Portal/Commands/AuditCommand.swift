import Fluent
import PortalCore
import SQLKit
import Vapor

/// `portal audit verify [--head-file PATH]`: walks the audit chain and reports the first
/// broken link, checking it against the heads exported earlier. `portal audit head` prints
/// the chain's current head, signed, for an operator to archive.
struct AuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "verify or head")
        var action: String

        @Option(name: "head-file", help: "A file of exported heads (AUDIT_HEAD_FILE, or logs) the chain must contain")
        var headFile: String?
    }

    var help: String {
        "Audit trail tools. `audit verify` checks the keyed hash chain end to end; `audit head` prints its signed head."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let config = app.portal.config
        switch signature.action {
        case "head":
            let line = try await AuditHeadExport.signedLine(on: app.db, config: config)
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        case "verify":
            let heads = try signature.headFile.map { try AuditHeadExport.read(file: $0, keyring: config.auditKeys) } ?? []
            let result = try await AuditVerification.run(
                on: app.db, keyring: config.auditKeys, unkeyedUntil: config.auditUnkeyedUntil, heads: heads)
            // The verdict goes to standard error whatever the log level: an operator (or a
            // script) reads it there, and the exit status says the same.
            let verdict = Self.verdict(result, heads: heads.count)
            FileHandle.standardError.write(Data((verdict + "\n").utf8))
            if result.firstBreak != nil { throw CommandFailure(description: verdict) }
        default:
            throw CommandFailure(description: "Unknown audit action. Use: portal audit verify, or portal audit head")
        }
    }

    static func verdict(_ result: AuditVerification.Result, heads: Int) -> String {
        let before = "\(result.checked) events before it verified"
        switch result.firstBreak {
        case nil:
            var text = "Audit chain intact: \(result.checked) events verified"
            if result.unkeyed > 0 {
                text += " (the first \(result.unkeyed) from before the chain was keyed, as AUDIT_UNKEYED_UNTIL says)"
            }
            if heads > 0 { text += "; it contains all \(heads) exported heads" }
            return text + "."
        case .hashMismatch(let sequence):
            return "Audit chain broken at event \(sequence): its contents or hash were changed (\(before))."
        case .gap(let expected, let found):
            return "Audit chain broken: event \(expected) is missing (found \(found) next; \(before))."
        case .unknownKey(let sequence, let keyID):
            return
                "Audit chain broken at event \(sequence): it names audit key \"\(keyID)\", which AUDIT_KEYS does not hold (\(before))."
        case .unkeyed(let sequence):
            return
                "Audit chain broken at event \(sequence): it is not keyed, and AUDIT_UNKEYED_UNTIL does not name it as written before keys (\(before))."
        case .headMismatch(let sequence):
            return "Audit chain rewritten: event \(sequence) differs from the head exported for it (\(before))."
        case .endsBeforeHead(let sequence):
            return
                "Audit chain cut short: it ends before event \(sequence), which an exported head names (\(result.checked) events verified)."
        }
    }
}

enum AuditVerification {
    struct Result: Sendable {
        var checked: Int
        var unkeyed: Int
        var firstBreak: AuditChain.Break?
    }

    /// Reads the trail in pages so a long one never has to fit in memory, all in one
    /// snapshot (a repeatable-read transaction on PostgreSQL; on SQLite a read transaction
    /// holds its snapshot), so events written meanwhile by the servers are neither half seen
    /// nor mistaken for a break. The stored chain head is checked too, and so are the heads
    /// exported earlier, which catch the newest events removed and the stored head moved back.
    static func run(
        on database: any Database, keyring: [AuditKey], unkeyedUntil: Int64 = 0, heads: [AuditChain.ExportedHead] = [],
        pageSize: Int = 1000
    ) async throws -> Result {
        try await database.transaction { db in
            if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
                try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").run()
            }
            return try await verify(
                on: db, verifier: AuditChain.Verifier(keyring: keyring, unkeyedUntil: unkeyedUntil, heads: heads),
                pageSize: pageSize)
        }
    }

    private static func verify(on db: any Database, verifier: AuditChain.Verifier, pageSize: Int) async throws -> Result {
        var verifier = verifier
        func result(_ problem: AuditChain.Break?) -> Result {
            Result(checked: verifier.checked, unkeyed: verifier.unkeyed, firstBreak: problem)
        }
        // From the smallest number there is: a row slipped in at 0 or below is read, and breaks.
        var after = Int64.min
        while true {
            let page = try await AuditEvent.query(on: db).filter(\.$id > after).sort(\.$id).limit(pageSize).all()
            for event in page {
                if let problem = verifier.check(event.record, storedHash: event.hash) { return result(problem) }
            }
            guard let last = page.last?.id, page.count == pageSize else { break }
            after = last
        }
        if let problem = verifier.finish() { return result(problem) }
        if let head = try await AuditChainHead.find(AuditChainHead.singletonID, on: db),
            head.lastSequence != verifier.nextSequence - 1 || head.lastHash != verifier.previousHash
        {
            return result(.gap(expected: verifier.nextSequence, found: head.lastSequence + 1))
        }
        return result(nil)
    }
}
