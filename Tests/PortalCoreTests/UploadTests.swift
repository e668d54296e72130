import Testing

@testable import PortalCore

@Suite("Uploaded files")
struct UploadTests {
    /// A tiny JPEG layout: SOI, APP0 (JFIF), APP1 (EXIF with a GPS tag), COM, DQT, SOS, data, EOI.
    static func jpeg(withExif exif: [UInt8] = Array("Exif\0\0GPSLatitude=41.9".utf8)) -> [UInt8] {
        func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
            let length = payload.count + 2
            return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
        }
        return [0xFF, 0xD8] + segment(0xE0, Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
            + segment(0xE1, exif) + segment(0xFE, Array("taken at home".utf8))
            + segment(0xDB, [UInt8](repeating: 7, count: 65))
            + segment(0xDA, [1, 1, 0, 0, 63, 0]) + [0x12, 0x34, 0xFF, 0x00, 0x56] + [0xFF, 0xD9]
    }

    @Test("Files are recognized by their content, not their name")
    func detection() {
        #expect(UploadedFileKind.detect(Self.jpeg()) == .jpeg)
        #expect(UploadedFileKind.detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]) == .png)
        #expect(UploadedFileKind.detect(Array("%PDF-1.7\n".utf8)) == .pdf)
        #expect(UploadedFileKind.detect([0, 0, 0, 24] + Array("ftypheic".utf8) + [0, 0, 0, 0]) == .heic)
        #expect(UploadedFileKind.detect([0, 0, 0, 24] + Array("ftypisom".utf8)) == nil, "an MP4 video is not a photo")
        #expect(UploadedFileKind.detect(Array("<html><script>".utf8)) == nil)
        #expect(UploadedFileKind.detect(Array("GIF89a".utf8)) == nil)
        #expect(UploadedFileKind.detect([]) == nil)
    }

    @Test("Location metadata and comments are removed from a JPEG; the image data stays byte for byte")
    func stripping() throws {
        let original = Self.jpeg()
        let stripped = try JPEGMetadata.strippingLocation(original)
        let text = String(decoding: stripped, as: UTF8.self)
        #expect(!text.contains("GPSLatitude") && !text.contains("Exif") && !text.contains("taken at home"))
        #expect(text.contains("JFIF"))
        #expect(stripped.suffix(9) == original.suffix(9))
        #expect(stripped.count < original.count)
        #expect(try JPEGMetadata.strippingLocation(stripped) == stripped, "stripping twice changes nothing more")
    }

    @Test("A broken JPEG is refused rather than stored half-read")
    func brokenJPEG() {
        let original = Self.jpeg()
        #expect(throws: JPEGMetadata.Failure.truncated) { try JPEGMetadata.strippingLocation(Array(original.prefix(30))) }
        #expect(throws: JPEGMetadata.Failure.notAJPEG) { try JPEGMetadata.strippingLocation(Array("%PDF-1.4".utf8)) }
        var badLength = original
        badLength[5] = 0xFF  // APP0 claims to run past the end
        #expect(throws: JPEGMetadata.Failure.truncated) { try JPEGMetadata.strippingLocation(badLength) }
    }
}
