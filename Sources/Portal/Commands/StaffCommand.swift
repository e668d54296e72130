import Fluent
import Vapor

/// `portal staff unlock EMAIL`: lifts a staff account's lock after too many failed sign-ins.
/// Staff accounts are the operators' to manage, so the lock is theirs to lift, audited.
struct StaffCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "unlock")
        var action: String
        @Argument(name: "email", help: "the staff member's sign-in address")
        var email: String
    }

    var help: String { "Staff account tools. `staff unlock EMAIL` lifts the lock of too many failed sign-ins." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "unlock" else {
            throw CommandFailure(description: "Unknown staff action. Use: portal staff unlock EMAIL")
        }
        let app = context.application
        let email = signature.email.trimmingCharacters(in: .whitespaces).lowercased()
        guard let staff = try await StaffUser.query(on: app.db).filter(\.$email == email).first() else {
            throw CommandFailure(description: "No staff account signs in with that address.")
        }
        let staffID = try staff.requireID()
        let now = app.portal.config.clock.now()
        let unlocked = try await app.db.transaction { db in
            guard try await AccountLock(kind: .staff, accountID: staffID, database: db).unlock() else { return false }
            try await app.portal.audit.record(
                AuditEntry(
                    actorKind: .system, actorID: nil, patientID: nil, action: .accountUnlocked, outcome: .success,
                    clientAddress: nil, userAgent: nil, subject: .staff(staffID)),
                at: now, on: db)
            return true
        }
        guard unlocked else {
            context.console.print("That staff account is not locked.")
            return
        }
        try await app.portal.audit.chainRecorded()
        context.console.print("Sign-in unlocked for that staff account.")
    }
}
