import Foundation
import PortalCore
import Testing

@Suite("Reading a UUID's text")
struct UUIDTextTests {
    @Test("Any UUID's text reads back as Foundation reads it, in either case")
    func roundTrip() {
        for _ in 0..<2_000 {
            let id = UUID()
            #expect(UUID(text: id.uuidString) == id)
            #expect(UUID(text: id.uuidString.lowercased()) == id)
            #expect(UUID(text: id.uuidString) == UUID(uuidString: id.uuidString))
        }
        #expect(
            UUID(text: "00000000-0000-0000-0000-000000000000") == UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
        #expect(UUID(text: "FFFFFFFF-ffff-FFFF-ffff-FFFFFFFFFFFF")?.uuidString == "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")
    }

    @Test("Anything but the 36-character form is refused, where Foundation's scanner skips a space")
    func refused() {
        let id = UUID().uuidString
        let withoutHyphens: String = id.replacingOccurrences(of: "-", with: "")
        let underscored: String = id.replacingOccurrences(of: "-", with: "_")
        let braced: String = "{" + String(id.dropFirst().dropLast()) + "}"
        let notHex: String = "G" + String(id.dropFirst())
        let hyphenReplaced: String = String(id.prefix(8)) + "0" + String(id.dropFirst(9))
        let leadingSpace: String = " " + String(id.dropFirst())
        let bad: [String] = [
            "", String(id.dropLast()), id + "0", withoutHyphens, braced, underscored, notHex, hyphenReplaced,
            "0000000-00000-0000-0000-000000000000", "00000000-0000-0000-0000-00000000000é",
        ]
        for text in bad {
            #expect(UUID(text: text) == nil, "\(text)")
            #expect(UUID(uuidString: text) == nil, "Foundation reads \(text)")
        }
        // `sscanf` skips white space before a byte, so Foundation reads this text as another id.
        #expect(UUID(text: leadingSpace) == nil)
        #expect(UUID(uuidString: leadingSpace) != nil)
    }
}
