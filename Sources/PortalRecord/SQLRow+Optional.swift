import SQLKit

extension SQLRow {
    /// A column that may be NULL. Asking for `T?` directly sends every value through
    /// `Optional`'s `Decodable` conformance and a decoder object made for it, which the
    /// drivers cannot convert directly: a trend of 800 values spent a sixth of its time there.
    public func optional<T: Decodable>(_ column: String, as type: T.Type) throws -> T? {
        try decodeNil(column: column) ? nil : decode(column: column, as: T.self)
    }
}
