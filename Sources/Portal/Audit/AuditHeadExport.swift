import Fluent
import Foundation
import Logging
import PortalCore

/// The chain's newest link, signed with the current audit key and put outside the database:
/// into the logs and, with `AUDIT_HEAD_FILE`, appended to a file the operator archives. A
/// chain later rewritten or cut short no longer contains an exported head
/// (`portal audit verify --head-file`).
enum AuditHeadExport {
    static func signedLine(on db: any Database, config: PortalConfig) async throws -> String {
        guard let head = try await AuditChainHead.find(AuditChainHead.singletonID, on: db) else {
            throw PortalError.internalFailure
        }
        let key = config.auditKeys[0]
        let exported = AuditChain.ExportedHead(
            sequence: head.lastSequence, hash: head.lastHash,
            exportedAtMilliseconds: Int64((config.clock.now().timeIntervalSince1970 * 1000).rounded(.down)), keyID: key.id)
        return exported.line(signedWith: key)
    }

    static func export(on db: any Database, config: PortalConfig, logger: Logger) async throws {
        let line = try await signedLine(on: db, config: config)
        logger.notice("audit head", metadata: ["audit_head": .string(line)])
        guard let path = config.auditHeadFile else { return }
        let url = URL(filePath: path)
        if !FileManager.default.fileExists(atPath: path) {
            FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o640])
        }
        let file = try FileHandle(forWritingTo: url)
        defer { try? file.close() }
        try file.seekToEnd()
        try file.write(contentsOf: Data((line + "\n").utf8))
    }

    /// The signed heads in an archived file: the head file itself, or log lines (text or
    /// JSON) that carry them; other lines are passed over.
    static func read(file path: String, keyring: [AuditKey]) throws -> [AuditChain.ExportedHead] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CommandFailure(description: "Cannot read \(path).")
        }
        let signedHead = #/audit-head v1 seq=[0-9]+ hash=[0-9a-f]{64} at=[0-9]+ key=[A-Za-z0-9_-]+ sig=[0-9a-f]{64}/#
        var heads: [AuditChain.ExportedHead] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains("audit-head v1") else { continue }
            do {
                guard let match = line.firstMatch(of: signedHead) else { throw AuditChain.ExportedHead.ReadFailure.malformed }
                heads.append(try AuditChain.ExportedHead.read(String(match.output), keyring: keyring))
            } catch {
                throw CommandFailure(description: "Line \(number + 1) of \(path) is not a head this portal signed (\(error)).")
            }
        }
        return heads
    }
}
