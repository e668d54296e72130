import Fluent
import PortalCore
import SQLKit

/// Special-circumstance grants now say which circumstance they are. Older rows only said
/// "special_circumstance"; they become an adult's written authorization, the narrowest
/// kind, until HIM records what the document actually says.
struct NameSpecialCircumstances: AsyncMigration {
    var name: String { "0009_NameSpecialCircumstances" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).update(AccessGrant.schema)
            .set("kind", to: GrantKind.adultAuthorization.rawValue)
            .where("kind", .equal, "special_circumstance")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).update(AccessGrant.schema)
            .set("kind", to: "special_circumstance")
            .where("kind", .notEqual, GrantKind.ordinary.rawValue)
            .run()
    }
}
