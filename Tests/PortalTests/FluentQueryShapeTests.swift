import FluentKit
import FluentSQL
import Foundation
import SQLKit
import Testing

@testable import Portal

@Suite("Fluent reads written once per shape")
struct FluentQueryShapeTests {
    /// A member's open threads of a patient with their reading joined, as the messages list reads them.
    private static func threads(
        _ db: any Database, patient: UUID, member: UUID, restrictedAt: Date? = nil,
        status: MessageThread.Status = .open, method: DatabaseQuery.Join.Method = .left, limit: Int = 20
    ) -> DatabaseQuery {
        MessageThread.query(on: db)
            .join(
                ThreadRead.self,
                [
                    .field(.path(["thread_id"], schema: ThreadRead.schema), .equal, .path([.id], schema: MessageThread.schema)),
                    .value(.path(["member_id"], schema: ThreadRead.schema), .equal, .bind(member)),
                ], method: method
            )
            .filter(\.$patient.$id == patient).filter(\.$status == status).filter(\.$restrictedAt == restrictedAt)
            .sort(\.$lastMessageAt, .descending).limit(limit).query
    }

    private static func uuids(_ values: [any Encodable & Sendable]) -> [UUID?] { values.map { $0 as? UUID } }

    @Test("Reads that differ only in their values share one SQL text and bring their own values, a join's before the filters'")
    func sameShape() async throws {
        try await withTestApp { world in
            let db = world.app.db
            let sql = try #require(db as? any SQLDatabase)
            let (patients, members) = ((UUID(), UUID()), (UUID(), UUID()))
            let first = Self.threads(db, patient: patients.0, member: members.0)
            let second = Self.threads(db, patient: patients.1, member: members.1)
            let dialect = sql.dialect.name
            let firstShape = try #require(FluentQueryShape(first, dialect: dialect))
            let secondShape = try #require(FluentQueryShape(second, dialect: dialect))
            #expect(firstShape.key == secondShape.key)
            #expect(Self.uuids(secondShape.values) == [members.1, patients.1])

            let written = FluentStatement.written(first, for: sql)
            let reused = FluentStatement.written(second, for: sql)
            #expect(reused.text == written.text)
            #expect(Self.uuids(written.binds) == [members.0, patients.0])
            #expect(Self.uuids(reused.binds) == [members.1, patients.1])
        }
    }

    @Test(
        "Whatever the SQL text spells differs between shapes: NULL, enum literals, join kind, limits, a list's length, the database"
    )
    func differentShapes() async throws {
        try await withTestApp { world in
            let db = world.app.db
            let (patient, member) = (UUID(), UUID())
            let base = Self.threads(db, patient: patient, member: member)
            var listOfOne = base
            listOfOne.filters.append(
                .value(.path(["pool_id"], schema: MessageThread.schema), .subset(inverse: false), .array([.bind(UUID())])))
            var listOfTwo = base
            listOfTwo.filters.append(
                .value(
                    .path(["pool_id"], schema: MessageThread.schema), .subset(inverse: false),
                    .array([.bind(UUID()), .bind(UUID())])))
            var ascending = base
            ascending.sorts = [.sort(.path(["last_message_at"], schema: MessageThread.schema), .ascending)]
            var firstPage = base
            firstPage.offsets = [.count(0)]
            let variants = [
                base, Self.threads(db, patient: patient, member: member, restrictedAt: testStart),
                Self.threads(db, patient: patient, member: member, status: .done),
                Self.threads(db, patient: patient, member: member, method: .inner),
                Self.threads(db, patient: patient, member: member, limit: 21), listOfOne, listOfTwo, ascending, firstPage,
            ]
            let keys = try variants.map { try #require(FluentQueryShape($0, dialect: "sqlite")).key }
            #expect(Set(keys).count == variants.count)
            #expect(try #require(FluentQueryShape(base, dialect: "postgresql")).key != keys[0])
            // The NULL is written as a literal, not a value.
            #expect(try #require(FluentQueryShape(base, dialect: "sqlite")).values.count == 2)
            #expect(try #require(FluentQueryShape(variants[1], dialect: "sqlite")).values.count == 3)
        }
    }

    @Test(
        "A read the shape cannot spell, or that would make shapes without end, is written afresh: raw SQL, a contains filter, a write, a later page, a long list, a name not in ASCII"
    )
    func noShape() async throws {
        try await withTestApp { world in
            let db = world.app.db
            let raw = MessageThread.query(on: db).filter(.sql(unsafeRaw: "1 = 1")).query
            let contains = MessageThread.query(on: db).filter(\.$subject ~~ "fever").query
            var write = MessageThread.query(on: db).query
            write.action = .delete
            let laterPage = MessageThread.query(on: db).range(20..<40).query
            let pool = DatabaseQuery.Field.path(["pool_id"], schema: MessageThread.schema)
            var longList = MessageThread.query(on: db).query
            longList.filters = [
                .value(pool, .subset(inverse: false), .array((0...FluentQueryShape.longestList).map { _ in .bind(UUID()) }))
            ]
            var notASCII = MessageThread.query(on: db).query
            notASCII.filters = [.value(.path(["status"], schema: MessageThread.schema), .equal, .enumCase("abierta\u{301}"))]
            #expect(FluentQueryShape(MessageThread.query(on: db).range(0..<20).query, dialect: "sqlite") != nil)
            for query in [raw, contains, write, laterPage, longList, notASCII] {
                #expect(FluentQueryShape(query, dialect: "sqlite") == nil)
            }
        }
    }
}
