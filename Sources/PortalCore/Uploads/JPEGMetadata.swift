/// Removes the metadata segments of a JPEG that can carry where a photo was taken (EXIF and
/// XMP in APP1, IPTC in APP13) and comments, keeping the image data, JFIF and the colour
/// profile. The pixels are not decoded or changed.
public enum JPEGMetadata {
    public enum Failure: Error, Equatable { case notAJPEG, truncated }

    private static let strippedMarkers: Set<UInt8> = [0xE1, 0xED, 0xFE]

    public static func strippingLocation(_ bytes: [UInt8]) throws -> [UInt8] {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { throw Failure.notAJPEG }
        var output: [UInt8] = [0xFF, 0xD8]
        output.reserveCapacity(bytes.count)
        var index = 2
        while index < bytes.count {
            guard bytes[index] == 0xFF, index + 1 < bytes.count else { throw Failure.truncated }
            let marker = bytes[index + 1]
            if marker == 0xFF {  // fill byte
                index += 1
                continue
            }
            // Start of scan: the compressed image follows to the end; segments stop here.
            if marker == 0xDA || marker == 0xD9 {
                output.append(contentsOf: bytes[index...])
                return output
            }
            // Markers without a length field.
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                output.append(contentsOf: bytes[index..<index + 2])
                index += 2
                continue
            }
            guard index + 3 < bytes.count else { throw Failure.truncated }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            let end = index + 2 + length
            guard length >= 2, end <= bytes.count else { throw Failure.truncated }
            if !strippedMarkers.contains(marker) { output.append(contentsOf: bytes[index..<end]) }
            index = end
        }
        throw Failure.truncated
    }
}
