/// Removes the metadata segments of a JPEG that can carry where a photo was taken (EXIF and
/// XMP in APP1, IPTC in APP13) and comments, keeping the image data, JFIF and the colour
/// profile. The whole file is walked: the segments between the scans of a progressive JPEG
/// too, and anything after its end (where phones append a second image with its own EXIF)
/// is dropped. The pixels are not decoded or changed.
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
            // End of image: whatever follows is not part of this image, and is not kept.
            if marker == 0xD9 {
                output.append(contentsOf: [0xFF, 0xD9])
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
            var end = index + 2 + length
            guard length >= 2, end <= bytes.count else { throw Failure.truncated }
            // Start of scan: its compressed data runs to the next marker that is neither a
            // stuffed 0xFF00 nor a restart marker; segments may follow (progressive JPEGs).
            if marker == 0xDA { end = try scanEnd(bytes, from: end) }
            if !strippedMarkers.contains(marker) { output.append(contentsOf: bytes[index..<end]) }
            index = end
        }
        throw Failure.truncated
    }

    private static func scanEnd(_ bytes: [UInt8], from start: Int) throws -> Int {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0xFF {
                let next = bytes[index + 1]
                if next != 0x00 && next != 0xFF && !(0xD0...0xD7).contains(next) { return index }
            }
            index += 1
        }
        throw Failure.truncated
    }
}
