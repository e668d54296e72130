import Fluent
import PortalRecord
import SQLKit
import Testing

@testable import Portal

@Suite("Nullable columns read from a row")
struct SQLRowOptionalTests {
    @Test("A value, a NULL and a column the statement does not select are told apart, on either database")
    func nullableColumns() async throws {
        try await withTestApp { world in
            let sql = world.app.db as! any SQLDatabase
            let row = try #require(try await sql.raw("SELECT 7 AS seven, NULL AS empty").first())
            #expect(try row.optional("seven", as: Int.self) == 7)
            #expect(try row.optional("empty", as: Int.self) == nil)
            #expect(throws: MissingColumn.self) { try row.optional("absent", as: Int.self) }
        }
    }
}
