/// Removes the chunks of a PNG that can carry where or when a picture was taken, or who
/// took it (EXIF, text, time and every other ancillary chunk not needed to show the image
/// as it was), keeping the image and its colour. Anything after the image's end is dropped.
/// The pixels are not decoded or changed; chunk checksums stay those of the kept chunks.
public enum PNGMetadata {
    public enum Failure: Error, Equatable { case notAPNG, truncated }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Critical chunks, and the ancillary ones that change how the image looks.
    static let keptChunks: Set<String> = [
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD",
        "acTL", "fcTL", "fdAT",
    ]

    public static func strippingMetadata(_ bytes: [UInt8]) throws -> [UInt8] {
        guard bytes.starts(with: signature) else { throw Failure.notAPNG }
        var output = signature
        output.reserveCapacity(bytes.count)
        var index = signature.count
        while index + 8 <= bytes.count {
            let length = bytes[index..<index + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[index + 4..<index + 8], as: UTF8.self)
            let end = index + 12 + length  // length, type, data, CRC
            guard length <= 0x7FFF_FFFF, end <= bytes.count else { throw Failure.truncated }
            if keptChunks.contains(type) { output.append(contentsOf: bytes[index..<end]) }
            if type == "IEND" { return output }
            index = end
        }
        throw Failure.truncated
    }
}
