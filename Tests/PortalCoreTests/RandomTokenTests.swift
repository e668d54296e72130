import Testing

@testable import PortalCore

@Suite("Tokens and digests")
struct RandomTokenTests {
    @Test("A digest is written as lowercase hexadecimal, two digits a byte, leading zeros kept")
    func hexadecimal() {
        #expect(
            RandomToken.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(RandomToken.hex([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(RandomToken.hex([UInt8]()) == "")
    }

    @Test("Tokens are 43 URL-safe characters and differ each time")
    func tokens() {
        let first = RandomToken.make(), second = RandomToken.make()
        #expect(first.count == 43 && first != second)
        #expect(first.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }
}
