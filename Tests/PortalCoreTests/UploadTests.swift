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

    @Test("Every scan of a progressive JPEG is walked, and what follows its end is dropped")
    func progressiveAndTrailing() throws {
        func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
            let length = payload.count + 2
            return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
        }
        let firstScan = segment(0xDA, [1, 1, 0, 0, 63, 0]) + [0x12, 0xFF, 0x00, 0xFF, 0xD0, 0x34]
        let secondScan = segment(0xDA, [1, 1, 0, 0, 63, 0]) + [0x56, 0x78]
        let trailing = [0xFF, 0xD8] + segment(0xE1, Array("Exif\0\0GPSLongitude=-87.6".utf8)) + [0xFF, 0xD9]
        let betweenScans = segment(0xE1, Array("Exif\0\0GPSLatitude=41.9".utf8))
        let original =
            [0xFF, 0xD8] + segment(0xDB, [UInt8](repeating: 7, count: 65)) + firstScan + betweenScans
            + segment(0xC4, [0, 1, 2]) + secondScan + [0xFF, 0xD9] + trailing
        let stripped = try JPEGMetadata.strippingLocation(original)
        let text = String(decoding: stripped, as: UTF8.self)
        #expect(!text.contains("GPSLatitude") && !text.contains("GPSLongitude"))
        #expect(stripped.count == original.count - trailing.count - betweenScans.count)
        #expect(stripped.suffix(2) == [0xFF, 0xD9])
        #expect(try JPEGMetadata.strippingLocation(stripped) == stripped)
        #expect(throws: JPEGMetadata.Failure.truncated) { try JPEGMetadata.strippingLocation(Array(original.prefix(100))) }
    }

    /// A PNG's chunks: IHDR, a tEXt with a place, an eXIf, pHYs, IDAT, tIME, IEND, and trailing bytes.
    static func png() -> [UInt8] {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let length = data.count
            return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
                + Array(type.utf8) + data + [1, 2, 3, 4]
        }
        return PNGMetadata.signature + chunk("IHDR", [UInt8](repeating: 1, count: 13))
            + chunk("tEXt", Array("Location\0Chicago".utf8)) + chunk("eXIf", Array("MM\0*GPS".utf8))
            + chunk("pHYs", [UInt8](repeating: 2, count: 9)) + chunk("IDAT", [9, 9, 9]) + chunk("tIME", [7, 7, 7, 7, 7, 7, 7])
            + chunk("IEND", []) + Array("Exif after the end".utf8)
    }

    @Test("A PNG keeps its image and colour chunks and loses text, EXIF, time and what follows its end")
    func pngStripping() throws {
        let stripped = try PNGMetadata.strippingMetadata(Self.png())
        let text = String(decoding: stripped, as: UTF8.self)
        #expect(!text.contains("Chicago") && !text.contains("GPS") && !text.contains("tIME") && !text.contains("after"))
        #expect(
            text.contains("IHDR") && text.contains("pHYs") && text.contains("IDAT") && text.hasSuffix("IEND\u{1}\u{2}\u{3}\u{4}"))
        #expect(try PNGMetadata.strippingMetadata(stripped) == stripped)
        #expect(throws: PNGMetadata.Failure.truncated) { try PNGMetadata.strippingMetadata(Array(Self.png().prefix(40))) }
        #expect(throws: PNGMetadata.Failure.notAPNG) { try PNGMetadata.strippingMetadata(Self.jpeg()) }
    }

    /// A HEIC laid out as phones write it: ftyp, meta (iinf naming an image and an Exif item,
    /// iloc placing both in mdat), mdat with the image's bytes and then the EXIF.
    static func heic(exif: [UInt8] = Array("Exif\0\0MM GPSLatitude=41.9".utf8)) -> (bytes: [UInt8], exif: Range<Int>) {
        func box(_ type: String, _ content: [UInt8]) -> [UInt8] {
            let size = content.count + 8
            return [UInt8(size >> 24), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)]
                + Array(type.utf8) + content
        }
        func u16(_ value: Int) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
        func u32(_ value: Int) -> [UInt8] { u16(value >> 16) + u16(value & 0xFFFF) }
        let image: [UInt8] = Array("hevc image bytes".utf8)
        func layout(imageAt: Int, exifAt: Int) -> [UInt8] {
            let ftyp = box("ftyp", Array("heic".utf8) + u32(0) + Array("mif1heic".utf8))
            let infe1 = box("infe", [2, 0, 0, 0] + u16(1) + u16(0) + Array("hvc1".utf8) + [0])
            let infe2 = box("infe", [2, 0, 0, 0] + u16(2) + u16(0) + Array("Exif".utf8) + [0])
            let iinf = box("iinf", [0, 0, 0, 0] + u16(2) + infe1 + infe2)
            let iloc = box(
                "iloc",
                [0, 0, 0, 0, 0x44, 0x00] + u16(2) + u16(1) + u16(0) + u16(1) + u32(imageAt) + u32(image.count) + u16(2)
                    + u16(0) + u16(1) + u32(exifAt) + u32(exif.count))
            let meta = box("meta", [0, 0, 0, 0] + box("hdlr", [UInt8](repeating: 0, count: 24)) + iinf + iloc)
            return ftyp + meta + box("mdat", image + exif)
        }
        let headerLength = layout(imageAt: 0, exifAt: 0).count - image.count - exif.count
        let bytes = layout(imageAt: headerLength, exifAt: headerLength + image.count)
        return (bytes, headerLength + image.count..<headerLength + image.count + exif.count)
    }

    @Test("A HEIC's EXIF item is blanked in place; the image bytes and every offset stay")
    func heicBlanking() throws {
        let (original, exif) = Self.heic()
        #expect(UploadedFileKind.detect(original) == .heic)
        let blanked = try HEICMetadata.blankingMetadata(original)
        #expect(blanked.count == original.count)
        #expect(blanked[exif].allSatisfy { $0 == 0 })
        #expect(!String(decoding: blanked, as: UTF8.self).contains("GPSLatitude"))
        #expect(Array(blanked[..<exif.lowerBound]) == Array(original[..<exif.lowerBound]), "image and boxes untouched")
        #expect(try HEICMetadata.blankingMetadata(blanked) == blanked)
        var broken = original
        broken.removeLast(10)  // mdat now claims more than the file holds
        #expect(throws: HEICMetadata.Failure.unreadable) { try HEICMetadata.blankingMetadata(broken) }
        #expect(throws: HEICMetadata.Failure.notAHEIC) { try HEICMetadata.blankingMetadata(Self.jpeg()) }
    }
}
