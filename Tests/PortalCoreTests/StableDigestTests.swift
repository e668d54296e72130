import Foundation
import Testing

@testable import PortalCore

@Suite("Digests of imported records")
struct StableDigestTests {
    struct Inner: Codable, Equatable {
        var code: String?
        var values: [Double]
    }

    struct Outer: Codable, Equatable {
        var name: String
        var count: Int
        var flag: Bool?
        var inner: Inner?
        var when: Date?
    }

    let base = Outer(
        name: "Hemoglobin", count: 3, flag: true, inner: Inner(code: "718-7", values: [1.5, 2]),
        when: Date(timeIntervalSince1970: 1_700_000_000))

    @Test("The same value gives the same digest, in every run: a stored digest stays valid")
    func stable() throws {
        #expect(try StableDigest.sha256Hex(base) == StableDigest.sha256Hex(base))
        let digest = try StableDigest.sha256Hex(base)
        #expect(digest == "e4cf5d0732dd92536234bdff98f7e60b5d4d5de8a36460fc31a99c19121537d4")
    }

    @Test("Any difference changes the digest, including ones that JSON without keys would blur")
    func differences() throws {
        var variants: [Outer] = []
        func variant(_ change: (inout Outer) -> Void) {
            var copy = base
            change(&copy)
            variants.append(copy)
        }
        variant { $0.name = "Hemoglobin " }
        variant { $0.count = 4 }
        variant { $0.flag = false }
        variant { $0.flag = nil }
        variant { $0.inner = nil }
        variant { $0.inner?.code = nil }
        variant { $0.inner?.code = "" }
        variant { $0.inner?.values = [] }
        variant { $0.inner?.values = [2, 1.5] }
        variant { $0.inner?.values = [1.5, 2, 0] }
        variant { $0.when = $0.when?.addingTimeInterval(0.001) }
        variant { $0.when = nil }
        variant {
            $0.name = ""
            $0.inner?.code = "Hemoglobin"
        }
        let digests = try ([base] + variants).map { try StableDigest.sha256Hex($0) }
        #expect(Set(digests).count == digests.count)
    }

    @Test("A list's elements stay apart: [\"ab\"] and [\"a\", \"b\"] differ, and so do nested lists")
    func boundaries() throws {
        #expect(try StableDigest.sha256Hex(["ab"]) != StableDigest.sha256Hex(["a", "b"]))
        #expect(try StableDigest.sha256Hex([["a"], ["b"]]) != StableDigest.sha256Hex([["a", "b"]]))
        #expect(try StableDigest.sha256Hex([[String]]()) != StableDigest.sha256Hex([[String]()]))
        #expect(try StableDigest.sha256Hex(1) != StableDigest.sha256Hex(1.0))
        #expect(try StableDigest.sha256Hex(-1) != StableDigest.sha256Hex(UInt64.max))
    }

    @Test("Bytes go in as they are: a 10 MB document is digested at once, and one changed byte shows")
    func bytes() throws {
        var document = Data(repeating: 0x25, count: 10_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let first = try StableDigest.sha256Hex(["pdf": document])
        #expect(clock.now - start < .seconds(5))
        document[5_000_000] = 0x26
        #expect(try StableDigest.sha256Hex(["pdf": document]) != first)
        #expect(try StableDigest.sha256Hex(Data([1, 2])) != StableDigest.sha256Hex([UInt8]([1, 2])))
    }
}
