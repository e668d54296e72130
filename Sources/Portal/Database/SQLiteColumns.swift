import Foundation
import NIOCore
import PortalRecord
import SQLKit
import SQLiteKit
import SQLiteNIO

/// SQLite's rows with the portal's column types converted directly. SQLiteKit's rows send
/// every column through a decoder that looks its type's conversion up at run time (a
/// protocol conformance and a cast for each), and a column that may be NULL through a second
/// decoder made for `Optional`: a trend of 800 values spent a sixth of its CPU there. The
/// types below are converted by their own `SQLiteDataConvertible` conversions, as that
/// decoder converts them; any other type still goes through it. The statement itself, its
/// values and its errors are the driver's.
enum SQLiteColumns {
    private static let encoder = SQLiteDataEncoder()

    static func execute(
        _ text: String, _ binds: [any Encodable & Sendable], on database: any SQLiteDatabase,
        _ onRow: @escaping @Sendable (any SQLRow) -> Void
    ) -> EventLoopFuture<Void> {
        let values: [SQLiteData]
        do {
            values = try binds.map { try encoder.encode($0) }
        } catch {
            return database.eventLoop.makeFailedFuture(error)
        }
        return database.query(text, values, logger: database.logger) { onRow(Row(row: $0)) }
    }

    private struct Row: SQLRow {
        private static let decoder = SQLiteDataDecoder()
        let row: SQLiteRow

        var allColumns: [String] { row.columns.map(\.name) }

        func contains(column: String) -> Bool { row.column(column) != nil }

        func decodeNil(column: String) throws -> Bool {
            guard let data = row.column(column) else { return true }
            return data == .null
        }

        func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
            guard let data = row.column(column) else { throw MissingColumn(column: column) }
            return try Self.convert(data, as: D.self)
        }

        /// Comparing metatypes costs a pointer comparison; the decoder's lookup, a search of
        /// the runtime's conformance tables and a dynamic cast. The helpers are inlined for
        /// each concrete type: a generic helper would instantiate `Optional`'s metadata at
        /// run time for every column.
        private static func convert<D: Decodable>(_ data: SQLiteData, as type: D.Type) throws -> D {
            if D.self == String.self { return unsafeBitCast(try value(String(sqliteData: data), data), to: D.self) }
            if D.self == UUID.self { return unsafeBitCast(try value(UUID(sqliteData: data), data), to: D.self) }
            if D.self == Date.self { return unsafeBitCast(try value(Date(sqliteData: data), data), to: D.self) }
            if D.self == Double.self { return unsafeBitCast(try value(Double(sqliteData: data), data), to: D.self) }
            if D.self == Int.self { return unsafeBitCast(try value(Int(sqliteData: data), data), to: D.self) }
            if D.self == Int64.self { return unsafeBitCast(try value(Int64(sqliteData: data), data), to: D.self) }
            if D.self == Bool.self { return unsafeBitCast(try value(Bool(sqliteData: data), data), to: D.self) }
            if D.self == String?.self { return unsafeBitCast(try optional(data, String.init(sqliteData:)), to: D.self) }
            if D.self == UUID?.self { return unsafeBitCast(try optional(data, UUID.init(sqliteData:)), to: D.self) }
            if D.self == Date?.self { return unsafeBitCast(try optional(data, Date.init(sqliteData:)), to: D.self) }
            if D.self == Double?.self { return unsafeBitCast(try optional(data, Double.init(sqliteData:)), to: D.self) }
            if D.self == Int?.self { return unsafeBitCast(try optional(data, Int.init(sqliteData:)), to: D.self) }
            if D.self == Bool?.self { return unsafeBitCast(try optional(data, Bool.init(sqliteData:)), to: D.self) }
            return try decoder.decode(D.self, from: data)
        }

        /// `Optional`'s own decoding: NULL is nil, anything else converts as the wrapped type.
        @inline(__always)
        private static func optional<T>(_ data: SQLiteData, _ convert: (SQLiteData) -> T?) throws -> T? {
            data == .null ? nil : try value(convert(data), data)
        }

        /// A value that did not convert fails as the decoder fails.
        @inline(__always)
        private static func value<T>(_ converted: T?, _ data: SQLiteData) throws -> T {
            guard let converted else { throw mismatch(T.self, data) }
            return converted
        }

        private static func mismatch(_ type: Any.Type, _ data: SQLiteData) -> DecodingError {
            .typeMismatch(type, .init(codingPath: [], debugDescription: "Could not convert SQLite data to \(type): \(data)."))
        }
    }
}
