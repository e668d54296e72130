import Foundation
import Vapor

/// `portal signing-keys list|rotate|withdraw --key-id KID`: the hospital's ES256 keys, which
/// sign health cards and apps' ID tokens. Rotating makes a new key sign from now on; the
/// old one stays published, so what it signed still verifies. Withdrawing unpublishes a
/// retired key that may have leaked: what it signed stops verifying.
struct SigningKeysCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "list, rotate or withdraw")
        var action: String

        @Option(name: "key-id", help: "The key to withdraw (its kid), written after a backslash: --key-id '\\KID'")
        var keyID: String?
    }

    var help: String { "The hospital's signing keys: list them, rotate to a new one, or withdraw a retired one." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let keys = SigningKeys(db: app.db, secretsKey: app.portal.config.secretsKey)
        let now = Date()
        switch signature.action {
        case "list":
            let all = try await keys.all()
            if all.isEmpty { context.console.print("No signing key yet: the first signature makes one.") }
            for key in all {
                let state = key.retired.map { "retired \(Self.moment($0)), still published" } ?? "signing"
                context.console.print("\(key.id)  made \(Self.moment(key.created))  \(state)")
            }
            // A kid may begin with "-", which the command line reads as an option unless escaped.
            if let retired = all.first(where: { $0.retired != nil }) {
                context.console.print("To withdraw a retired key: portal signing-keys withdraw --key-id '\\\(retired.id)'")
            }
        case "rotate":
            let (retired, created) = try await keys.rotate(at: now)
            try await Self.audit(app, .signingKeyRotated, at: now)
            app.logger.notice(
                "signing key rotated",
                metadata: ["created": .string(created), "retired": .string(retired.joined(separator: ","))])
            context.console.print(
                "New signing key \(created). Retired, still published: \(retired.isEmpty ? "none" : retired.joined(separator: ", "))."
            )
        case "withdraw":
            guard let keyID = signature.keyID, !keyID.isEmpty else {
                throw CommandFailure(description: "Name the key: portal signing-keys withdraw --key-id '\\KID'")
            }
            guard try await keys.withdraw(keyID: keyID) else {
                throw CommandFailure(
                    description: "No retired key \(keyID). A key that signs now cannot be withdrawn: rotate first.")
            }
            try await Self.audit(app, .signingKeyWithdrawn, at: now)
            app.logger.notice("signing key withdrawn", metadata: ["key": .string(keyID)])
            context.console.print("Key \(keyID) is no longer published; what it signed no longer verifies.")
        default:
            throw CommandFailure(description: "Unknown action. Use: portal signing-keys list, rotate, or withdraw --key-id KID")
        }
    }

    private static func moment(_ date: Date) -> String { date.formatted(.iso8601) }

    private static func audit(_ app: Application, _ action: AuditEntry.Action, at now: Date) async throws {
        try await app.portal.audit.append(
            [
                AuditEntry(
                    actorKind: .system, actorID: nil, patientID: nil, action: action, outcome: .success,
                    clientAddress: nil, userAgent: "portal signing-keys")
            ], at: now)
    }
}
