import Foundation

extension UUID {
    /// Reads the 36-character text form, in either case, byte by byte. Foundation's
    /// `UUID(uuidString:)` scans each of the 16 bytes with `sscanf` on Linux, and SQLite
    /// keeps every id as text: a page of a long history spent 6% of its time there.
    /// Nil for anything that is not exactly that form (Foundation's scanner also skips a
    /// leading space and reads another id).
    public init?(text: String) {
        var text = text
        guard
            let bytes = text.withUTF8({ utf8 -> uuid_t? in
                guard utf8.count == 36 else { return nil }
                var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                let read = withUnsafeMutableBytes(of: &bytes) { out -> Bool in
                    var index = 0
                    for byte in 0..<16 {
                        if index == 8 || index == 13 || index == 18 || index == 23 {
                            guard utf8[index] == UInt8(ascii: "-") else { return false }
                            index += 1
                        }
                        guard let high = Self.hexDigit(utf8[index]), let low = Self.hexDigit(utf8[index + 1]) else {
                            return false
                        }
                        out[byte] = high << 4 | low
                        index += 2
                    }
                    return true
                }
                return read ? bytes : nil
            })
        else { return nil }
        self.init(uuid: bytes)
    }

    private static func hexDigit(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
