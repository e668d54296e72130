import Fluent

/// A closed account keeps its history but lets go of its sign-in address, so its owner's new
/// account can use it; the address it had is kept for HIM's pages and the re-invitation.
struct ReleaseClosedAddresses: AsyncMigration {
    var name: String { "0045_ReleaseClosedAddresses" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Member.schema).field("released_email", .string).update()
        for member in try await Member.query(on: database).filter(\.$status == .deactivated).all() {
            member.releasedEmail = member.email
            member.email = Member.releasedAddress(of: try member.requireID())
            try await member.update(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        for member in try await Member.query(on: database).filter(\.$releasedEmail != nil).all() {
            if let released = member.releasedEmail { member.email = released }
            try await member.update(on: database)
        }
        try await database.schema(Member.schema).deleteField("released_email").update()
    }
}
