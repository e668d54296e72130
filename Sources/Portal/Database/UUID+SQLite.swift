import Foundation
import PortalCore
import SQLiteNIO

/// SQLite keeps ids as text. Without this conformance the driver reads each one through
/// `UUID`'s `Decodable` form (a decoder object, a string, then Foundation's parser, which
/// scans every byte with `sscanf`): for every id and reference of every row. The text written
/// is exactly what that form wrote, the uppercase `uuidString`, so stored ids keep matching.
extension UUID: @retroactive SQLiteDataConvertible {
    public init?(sqliteData: SQLiteData) {
        guard case .text(let text) = sqliteData else { return nil }
        self.init(text: text)
    }

    public var sqliteData: SQLiteData? { .text(uuidString) }
}
