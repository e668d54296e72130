/// A QR code (ISO/IEC 18004, model 2), written here because no package on our machines
/// makes one: segments in byte and numeric mode, Reed-Solomon error correction, the mask
/// with the lowest penalty. Tests read its output with an independent decoder.
public struct QRCode: Sendable, Equatable {
    public enum Segment: Sendable {
        case bytes([UInt8])
        /// Digits only.
        case numeric(String)
    }

    /// The four levels, in the order the standard's tables list them.
    public enum Correction: Int, Sendable, CaseIterable {
        case low, medium, quartile, high

        /// The two bits the format information carries.
        var formatBits: Int { [1, 0, 3, 2][rawValue] }
    }

    public enum Failure: Error, Equatable {
        case tooLong
        case notNumeric
    }

    public let version: Int
    public let correction: Correction
    public let mask: Int
    /// Modules on a side, without the quiet zone.
    public var size: Int { version * 4 + 17 }
    private let modules: [Bool]

    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// The smallest version up to `maxVersion` that holds the segments; the mask is the
    /// one with the lowest penalty unless `mask` names one.
    public static func encode(
        _ segments: [Segment], correction: Correction = .low, maxVersion: Int = 40, mask: Int? = nil
    ) throws -> QRCode {
        for segment in segments {
            if case .numeric(let digits) = segment, !digits.utf8.allSatisfy({ (48...57).contains($0) }) {
                throw Failure.notNumeric
            }
        }
        guard
            let version = (1...min(maxVersion, 40)).first(where: { version in
                bitLength(segments, version: version).map { $0 <= dataCodewords(version, correction) * 8 } ?? false
            })
        else { throw Failure.tooLong }
        let data = codewords(segments, version: version, correction: correction)
        var matrix = ModuleMatrix(version: version)
        matrix.drawFunctionPatterns()
        matrix.drawCodewords(withErrorCorrection(data, version: version, correction: correction))
        let chosen =
            mask
            ?? (0..<8).min { first, second in
                matrix.penalty(mask: first, correction: correction) < matrix.penalty(mask: second, correction: correction)
            }!
        matrix.apply(mask: chosen, correction: correction)
        return QRCode(version: version, correction: correction, mask: chosen, modules: matrix.dark)
    }

    // MARK: Data

    private static func countBits(_ segment: Segment, version: Int) -> Int {
        let band = version <= 9 ? 0 : version <= 26 ? 1 : 2
        switch segment {
        case .numeric: return [10, 12, 14][band]
        case .bytes: return [8, 16, 16][band]
        }
    }

    private static func characterCount(_ segment: Segment) -> Int {
        switch segment {
        case .numeric(let digits): return digits.utf8.count
        case .bytes(let bytes): return bytes.count
        }
    }

    private static func bitLength(_ segments: [Segment], version: Int) -> Int? {
        var total = 0
        for segment in segments {
            let count = characterCount(segment)
            let bits = countBits(segment, version: version)
            guard count < 1 << bits else { return nil }
            switch segment {
            case .numeric: total += 4 + bits + count / 3 * 10 + [0, 4, 7][count % 3]
            case .bytes: total += 4 + bits + count * 8
            }
        }
        return total
    }

    private static func codewords(_ segments: [Segment], version: Int, correction: Correction) -> [UInt8] {
        var bits = BitBuffer()
        for segment in segments {
            switch segment {
            case .numeric(let digits):
                bits.append(0b0001, count: 4)
                bits.append(digits.utf8.count, count: countBits(segment, version: version))
                let values = digits.utf8.map { Int($0) - 48 }
                var index = 0
                while index < values.count {
                    let group = values[index..<min(index + 3, values.count)]
                    bits.append(group.reduce(0) { $0 * 10 + $1 }, count: group.count * 3 + 1)
                    index += 3
                }
            case .bytes(let bytes):
                bits.append(0b0100, count: 4)
                bits.append(bytes.count, count: countBits(segment, version: version))
                for byte in bytes { bits.append(Int(byte), count: 8) }
            }
        }
        let capacity = dataCodewords(version, correction) * 8
        bits.append(0, count: min(4, capacity - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var bytes = bits.bytes
        var pad: UInt8 = 0xEC
        while bytes.count * 8 < capacity {
            bytes.append(pad)
            pad ^= 0xEC ^ 0x11
        }
        return bytes
    }

    /// The data split into blocks, each followed by its error correction, interleaved.
    private static func withErrorCorrection(_ data: [UInt8], version: Int, correction: Correction) -> [UInt8] {
        let blockCount = QRTables.blocks[correction.rawValue][version]
        let eccLength = QRTables.eccPerBlock[correction.rawValue][version]
        let raw = rawDataModules(version) / 8
        let shortBlocks = blockCount - raw % blockCount
        let shortLength = raw / blockCount
        let divisor = ReedSolomon.divisor(degree: eccLength)
        var blocks: [[UInt8]] = []
        var offset = 0
        for index in 0..<blockCount {
            let length = shortLength - eccLength + (index < shortBlocks ? 0 : 1)
            var block = Array(data[offset..<offset + length])
            offset += length
            let ecc = ReedSolomon.remainder(block, divisor: divisor)
            // Short blocks get a placeholder so every block lines up; it is skipped below.
            if index < shortBlocks { block.append(0) }
            blocks.append(block + ecc)
        }
        var result: [UInt8] = []
        result.reserveCapacity(raw)
        for position in 0..<blocks[0].count {
            for (index, block) in blocks.enumerated() where position != shortLength - eccLength || index >= shortBlocks {
                result.append(block[position])
            }
        }
        return result
    }

    static func dataCodewords(_ version: Int, _ correction: Correction) -> Int {
        rawDataModules(version) / 8 - QRTables.eccPerBlock[correction.rawValue][version]
            * QRTables.blocks[correction.rawValue][version]
    }

    /// Modules left for data and error correction once the function patterns are drawn.
    static func rawDataModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }
}

private struct BitBuffer {
    private(set) var bits: [Bool] = []
    var count: Int { bits.count }

    mutating func append(_ value: Int, count: Int) {
        for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
    }

    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
    }
}

enum ReedSolomon {
    /// The generator polynomial's coefficients, highest power first, without the leading 1.
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in result.indices { result[index] ^= multiply(divisor[index], factor) }
        }
        return result
    }

    /// Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1.
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product = 0
        for shift in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= Int((y >> UInt8(shift)) & 1) * Int(x)
        }
        return UInt8(product)
    }
}
