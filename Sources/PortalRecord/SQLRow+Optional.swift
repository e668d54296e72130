import SQLKit

extension SQLRow {
    /// A column that may be NULL. Asking for `T?` directly sends every value through
    /// `Optional`'s `Decodable` conformance and a decoder object made for it, which the
    /// drivers cannot convert directly: a trend of 800 values spent a sixth of its time there.
    /// A column the row does not have is an error, as it is for `decode(column:as:)`: the
    /// drivers answer "NULL" when asked about one, so a NULL is checked for the column (a
    /// value is not: each lookup hashes the column's name, 4,800 times for a long trend).
    public func optional<T: Decodable>(_ column: String, as type: T.Type) throws -> T? {
        guard try decodeNil(column: column) else { return try decode(column: column, as: T.self) }
        guard contains(column: column) else { throw MissingColumn(column: column) }
        return nil
    }
}

/// A read asked for a column its statement does not select.
public struct MissingColumn: Error, CustomStringConvertible {
    public let column: String

    public init(column: String) { self.column = column }
    public var description: String { "no column \(column) in the row" }
}
