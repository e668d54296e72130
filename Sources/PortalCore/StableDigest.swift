import Crypto
import Foundation

/// A SHA-256 digest of everything an `Encodable` value holds, the same for the same value in
/// every run. The import compares it with the stored one to skip unchanged items: it is
/// computed for every item of every bundle, so the value is fed to the digest as it is
/// encoded rather than written out as JSON first.
///
/// Each key and each value goes in with its depth and its kind, so two different values never
/// feed the same bytes: a missing member, an empty list and a nested member that moved all
/// read differently.
public enum StableDigest {
    public static func sha256Hex(_ value: some Encodable) throws -> String {
        let sink = Sink()
        var root = ValueDigest(sink: sink, depth: 0)
        try root.encode(value)
        return RandomToken.hex(SHA256.hash(data: sink.bytes))
    }

    final class Sink {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(512) }

        func token(_ depth: Int, _ kind: Kind) {
            bytes.append(UInt8(truncatingIfNeeded: depth))
            bytes.append(UInt8(truncatingIfNeeded: depth >> 8))
            bytes.append(kind.rawValue)
        }

        func text(_ depth: Int, _ kind: Kind, _ text: String) {
            token(depth, kind)
            var text = text
            text.withUTF8 { utf8 in
                fixed(UInt64(utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }

        func fixed(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }

    enum Kind: UInt8 {
        case key = 0x4B, element = 0x45, keyed = 0x7B, unkeyed = 0x5B
        case null = 0x6E, bool = 0x62, signed = 0x69, unsigned = 0x75, double = 0x64, text = 0x73, bytes = 0x79
    }
}

private struct DigestEncoder: Encoder {
    let sink: StableDigest.Sink
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.token(depth, .keyed)
        return KeyedEncodingContainer(KeyedDigest(sink: sink, depth: depth + 1))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.token(depth, .unkeyed)
        return UnkeyedDigest(sink: sink, depth: depth + 1)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { ValueDigest(sink: sink, depth: depth) }
}

/// Writes one value at a depth; keyed and unkeyed containers write their key or element mark first.
private struct ValueDigest: SingleValueEncodingContainer {
    let sink: StableDigest.Sink
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { sink.token(depth, .null) }
    mutating func encode(_ value: Bool) {
        sink.token(depth, .bool)
        sink.bytes.append(value ? 1 : 0)
    }
    mutating func encode(_ value: String) { sink.text(depth, .text, value) }
    mutating func encode(_ value: Double) {
        sink.token(depth, .double)
        sink.fixed(value.bitPattern)
    }
    mutating func encode(_ value: Float) { encode(Double(value)) }
    mutating func encode(_ value: Int) { signed(Int64(value)) }
    mutating func encode(_ value: Int8) { signed(Int64(value)) }
    mutating func encode(_ value: Int16) { signed(Int64(value)) }
    mutating func encode(_ value: Int32) { signed(Int64(value)) }
    mutating func encode(_ value: Int64) { signed(value) }
    mutating func encode(_ value: UInt) { unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8) { unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16) { unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32) { unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64) { unsigned(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        // Bytes (a PDF) as they are: through `Data`'s own encoding, each byte would be a
        // list element of ten bytes.
        // (A type comparison, not a cast: this runs for every nested value of every record.)
        if T.self == Data.self, let data = value as? Data {
            sink.token(depth, .bytes)
            sink.fixed(UInt64(data.count))
            sink.bytes.append(contentsOf: data)
            return
        }
        try value.encode(to: DigestEncoder(sink: sink, depth: depth))
    }

    private func signed(_ value: Int64) {
        sink.token(depth, .signed)
        sink.fixed(UInt64(bitPattern: value))
    }

    private func unsigned(_ value: UInt64) {
        sink.token(depth, .unsigned)
        sink.fixed(value)
    }
}

private struct KeyedDigest<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: StableDigest.Sink
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    private func value(for key: Key) -> ValueDigest {
        sink.text(depth, .key, key.stringValue)
        return ValueDigest(sink: sink, depth: depth + 1)
    }

    mutating func encodeNil(forKey key: Key) { var value = value(for: key); value.encodeNil() }
    mutating func encode(_ item: Bool, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: String, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: Double, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: Float, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: Int, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: Int8, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: Int16, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: Int32, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: Int64, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: UInt, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: UInt8, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: UInt16, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: UInt32, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode(_ item: UInt64, forKey key: Key) { var value = value(for: key); value.encode(item) }
    mutating func encode<T: Encodable>(_ item: T, forKey key: Key) throws {
        var value = value(for: key)
        try value.encode(item)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        sink.text(depth, .key, key.stringValue)
        return DigestEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        sink.text(depth, .key, key.stringValue)
        return DigestEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        sink.text(depth, .key, "super")
        return DigestEncoder(sink: sink, depth: depth + 1)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        sink.text(depth, .key, key.stringValue)
        return DigestEncoder(sink: sink, depth: depth + 1)
    }
}

private struct UnkeyedDigest: UnkeyedEncodingContainer {
    let sink: StableDigest.Sink
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(sink: StableDigest.Sink, depth: Int) {
        self.sink = sink
        self.depth = depth
    }

    private mutating func next() -> ValueDigest {
        count += 1
        sink.token(depth, .element)
        return ValueDigest(sink: sink, depth: depth + 1)
    }

    mutating func encodeNil() { var value = next(); value.encodeNil() }
    mutating func encode(_ item: Bool) { var value = next(); value.encode(item) }
    mutating func encode(_ item: String) { var value = next(); value.encode(item) }
    mutating func encode(_ item: Double) { var value = next(); value.encode(item) }
    mutating func encode(_ item: Float) { var value = next(); value.encode(item) }
    mutating func encode(_ item: Int) { var value = next(); value.encode(item) }
    mutating func encode(_ item: Int8) { var value = next(); value.encode(item) }
    mutating func encode(_ item: Int16) { var value = next(); value.encode(item) }
    mutating func encode(_ item: Int32) { var value = next(); value.encode(item) }
    mutating func encode(_ item: Int64) { var value = next(); value.encode(item) }
    mutating func encode(_ item: UInt) { var value = next(); value.encode(item) }
    mutating func encode(_ item: UInt8) { var value = next(); value.encode(item) }
    mutating func encode(_ item: UInt16) { var value = next(); value.encode(item) }
    mutating func encode(_ item: UInt32) { var value = next(); value.encode(item) }
    mutating func encode(_ item: UInt64) { var value = next(); value.encode(item) }
    mutating func encode<T: Encodable>(_ item: T) throws {
        var value = next()
        try value.encode(item)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        sink.token(depth, .element)
        return DigestEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        sink.token(depth, .element)
        return DigestEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        count += 1
        sink.token(depth, .element)
        return DigestEncoder(sink: sink, depth: depth + 1)
    }
}
