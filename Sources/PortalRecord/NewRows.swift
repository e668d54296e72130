import FluentKit
import Foundation
import SQLKit

/// Inserts new models of one type in a single statement, as `[Model].create(on:)` does, but
/// writing the statement itself: Fluent's batch create starts a task per model for its
/// middleware (the portal has none) and converts every value through its query converter,
/// and the two were a third of a first import's CPU. The rows are the ones Fluent writes:
/// every field the model lists, a field never set taking the column's default, and the
/// create and update timestamps stamped with the time of the insert.
enum NewRows {
    static func insert<Item: Model>(_ items: [Item], on db: any Database) async throws {
        guard !items.isEmpty else { return }
        guard let sql = db as? any SQLDatabase else { throw NotAnSQLDatabase() }
        // What Fluent's create would do besides writing the row, NewRows does not: run model
        // middleware (the portal has none), make ids, stamp times kept in another format.
        guard db.configuration.middleware.isEmpty, !items[0].properties.contains(where: isOtherTimestamp) else {
            throw RowsRefused(schema: Item.schema)
        }
        let stamp = Date()
        let input = RowsInput()
        for item in items {
            precondition(!item._$idExists && item.id != nil, "a new row needs its id, and no row yet")
            for case let timestamp as TimestampProperty<Item, DefaultTimestampFormat> in item.properties
            where timestamp.trigger == .create || timestamp.trigger == .update {
                timestamp.touch(date: stamp)
            }
            item.input(to: input)
            try input.endRow(of: Item.schema)
        }
        // The placeholders' style (`?1`, `$1`) is the dialect's; asked once, not per value.
        var first = SQLSerializer(database: sql)
        sql.dialect.bindPlaceholder(at: 1).serialize(to: &first)
        precondition(first.sql.hasSuffix("1"), "a dialect whose placeholders are not numbered")
        let placeholder = String(first.sql.dropLast())
        var defaulted = SQLSerializer(database: sql)
        sql.dialect.literalDefault.serialize(to: &defaulted)
        let columnDefault = defaulted.sql
        var text = "INSERT INTO \(quoted(Item.schema, in: sql)) ("
        text += input.columns.map { quoted($0.description, in: sql) }.joined(separator: ", ")
        text += ") VALUES "
        var binds: [any Encodable & Sendable] = []
        binds.reserveCapacity(input.values.count)
        for (index, value) in input.values.enumerated() {
            let column = index % input.columns.count
            text += column == 0 ? (index == 0 ? "(" : "), (") : ", "
            switch value {
            case .bind(let bound):
                binds.append(bound)
                text += placeholder
                text += String(binds.count)
            case .null: text += "NULL"
            case .default: text += columnDefault
            case .enumCase, .array, .dictionary, .custom: throw RowsRefused(schema: Item.schema)
            }
        }
        text += ")"
        // SQLite's default limit; PostgreSQL's driver would stop the process past 65,535.
        guard binds.count <= 32_766 else { throw RowsRefused(schema: Item.schema) }
        try await sql.execute(sql: SerializedStatement(text: text, binds: binds)) { _ in }
        for item in items { item._$idExists = true }
    }

    /// A timestamp kept in a format other than Fluent's default, which `touch` would not reach
    /// here (Fluent's own list of timestamps is internal to it).
    static func isOtherTimestamp(_ property: any AnyProperty) -> Bool {
        let name = String(describing: type(of: property))
        return name.hasPrefix("TimestampProperty<") && !name.hasSuffix("DefaultTimestampFormat>")
    }

    private static func quoted(_ name: String, in sql: any SQLDatabase) -> String {
        var serializer = SQLSerializer(database: sql)
        SQLIdentifier(name).serialize(to: &serializer)
        return serializer.sql
    }

    /// The models' fields in the order they list them, each one present (a field never set
    /// gives `.default`, as in Fluent's own batch create), row after row in one list.
    private final class RowsInput: DatabaseInput {
        private(set) var columns: [FieldKey] = []
        private(set) var values: [DatabaseQuery.Value] = []
        private var rows = 0
        private var position = 0
        private var uneven = false
        var wantsUnmodifiedKeys: Bool { true }

        func set(_ value: DatabaseQuery.Value, at key: FieldKey) {
            if rows == 0 {
                columns.append(key)
            } else if position >= columns.count || columns[position] != key {
                uneven = true
            }
            position += 1
            values.append(value)
        }

        /// Every model of a type lists the same fields in the same order, each once.
        func endRow(of schema: String) throws {
            if rows == 0, Set(columns).count != columns.count { uneven = true }
            rows += 1
            guard !uneven, position == columns.count else { throw RowsRefused(schema: schema) }
            position = 0
        }
    }

    /// New rows `NewRows` will not write: rows of one model that name different columns, a
    /// value only Fluent's converter writes, more values than one statement takes, or a model
    /// that needs more than its row written.
    struct RowsRefused: Error, CustomStringConvertible {
        let schema: String
        var description: String { "new rows of \(schema) that cannot be written in one statement" }
    }
}
