/// An IPv4 or IPv6 address, or a range of them in CIDR notation (`10.0.0.0/8`,
/// `fd00::/8`, `127.0.0.1`): the proxies whose forwarded headers the portal believes.
public struct IPAddressRange: Sendable, Hashable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6.
    public let network: [UInt8]
    public let prefixLength: Int

    /// Nil for text that is not an address or a range with a valid prefix length.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let address = IPAddress.bytes(of: parts[0]) else { return nil }
        let length: Int
        if parts.count == 2 {
            guard let given = Int(parts[1]), (0...address.count * 8).contains(given), parts[1].allSatisfy(\.isNumber)
            else { return nil }
            length = given
        } else {
            length = address.count * 8
        }
        network = Self.masked(address, to: length)
        prefixLength = length
    }

    /// Whether the address is in the range. An IPv4 address written as IPv6
    /// (`::ffff:10.0.0.1`) is compared as IPv4.
    public func contains(_ address: String) -> Bool {
        guard var bytes = IPAddress.bytes(of: address) else { return false }
        if bytes.count == 16, network.count == 4, bytes[0..<12] == IPAddress.mappedPrefix[...] {
            bytes = Array(bytes[12...])
        }
        return bytes.count == network.count && Self.masked(bytes, to: prefixLength) == network
    }

    public var description: String { "\(IPAddress.text(of: network))/\(prefixLength)" }

    private static func masked(_ bytes: [UInt8], to length: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let bits = max(0, min(8, length - index * 8))
            return bits == 0 ? 0 : byte & ~UInt8(truncatingIfNeeded: 0xFF >> bits)
        }
    }
}

/// Reading and writing addresses without the system's resolver.
public enum IPAddress {
    static let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// The address's bytes (4 or 16), or nil if the text is not exactly an address.
    public static func bytes(of text: String) -> [UInt8]? {
        if !text.contains(":") { return ipv4(text) }
        return ipv6(text)
    }

    /// The address in its usual form, or nil if the text is not an address.
    public static func normalized(_ text: String) -> String? { bytes(of: text).map(Self.text(of:)) }

    /// The address as a throttle counts it: an IPv4 address alone; an IPv6 address by its
    /// /64, the block one home or phone is given, so a client cannot step through its own
    /// block to get fresh attempts. Text that is no address is counted as it is.
    public static func throttleKey(_ text: String) -> String {
        guard let bytes = bytes(of: text) else { return text }
        if bytes.count == 16, Array(bytes.prefix(12)) == mappedPrefix { return Self.text(of: Array(bytes.suffix(4))) }
        guard bytes.count == 16 else { return Self.text(of: bytes) }
        return Self.text(of: Array(bytes.prefix(8)) + Array(repeating: 0, count: 8)) + "/64"
    }

    static func text(of bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        // The longest run of two or more zero groups is written `::` (RFC 5952).
        var best = (start: -1, length: 0)
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            let start = index
            while index < 8 && groups[index] == 0 { index += 1 }
            if index - start > best.length && index - start >= 2 { best = (start, index - start) }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard best.start >= 0 else { return hex.joined(separator: ":") }
        let head = hex[0..<best.start].joined(separator: ":")
        let tail = hex[(best.start + best.length)...].joined(separator: ":")
        return "\(head)::\(tail)"
    }

    private static func ipv4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            // No leading zeros: `010` is octal to some parsers and decimal to others.
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber),
                part == "0" || !part.hasPrefix("0"), let value = UInt8(part)
            else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    private static func ipv6(_ text: String) -> [UInt8]? {
        guard text.count <= 45 else { return nil }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String, allowsIPv4: Bool) -> [UInt8]? {
            guard !part.isEmpty else { return [] }
            var bytes: [UInt8] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            for (index, piece) in pieces.enumerated() {
                if allowsIPv4 && index == pieces.count - 1 && piece.contains(".") {
                    guard let four = ipv4(piece) else { return nil }
                    bytes += four
                    continue
                }
                guard (1...4).contains(piece.count), piece.allSatisfy(\.isHexDigit), let value = UInt16(piece, radix: 16)
                else { return nil }
                bytes += [UInt8(value >> 8), UInt8(value & 0xFF)]
            }
            return bytes
        }
        if halves.count == 1 {
            guard let bytes = groups(halves[0], allowsIPv4: true), bytes.count == 16 else { return nil }
            return bytes
        }
        guard let head = groups(halves[0], allowsIPv4: false), let tail = groups(halves[1], allowsIPv4: true),
            head.count + tail.count <= 14
        else { return nil }
        return head + Array(repeating: 0, count: 16 - head.count - tail.count) + tail
    }
}
