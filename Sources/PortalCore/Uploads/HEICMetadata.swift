/// Blanks the EXIF and XMP items of a HEIC photo (ISO/IEC 23008-12: items listed in the
/// `meta` box's `iinf`, located by its `iloc`), where phones write the place a photo was
/// taken. Their bytes are overwritten with zeros in place, so every offset in the file stays
/// right and the image itself is not touched. A file whose boxes cannot be read is refused.
public enum HEICMetadata {
    public enum Failure: Error, Equatable { case notAHEIC, unreadable }

    public static func blankingMetadata(_ bytes: [UInt8]) throws -> [UInt8] {
        guard UploadedFileKind.detect(bytes) == .heic else { throw Failure.notAHEIC }
        var reader = BoxReader(bytes: bytes)
        guard let meta = try reader.boxes(in: 0..<bytes.count).first(where: { $0.type == "meta" }) else {
            return bytes  // no items, no metadata items
        }
        // `meta` is a full box: its children start after version and flags.
        let children = try reader.boxes(in: meta.content.lowerBound + 4..<meta.content.upperBound)
        guard let iinf = children.first(where: { $0.type == "iinf" }) else { return bytes }
        let metadataItems = try reader.metadataItems(in: iinf)
        guard !metadataItems.isEmpty else { return bytes }
        guard let iloc = children.first(where: { $0.type == "iloc" }) else { throw Failure.unreadable }
        var output = bytes
        for range in try reader.extents(in: iloc, of: metadataItems) {
            guard range.lowerBound >= 0, range.upperBound <= output.count else { throw Failure.unreadable }
            output.replaceSubrange(range, with: repeatElement(0, count: range.count))
        }
        return output
    }

    struct Box {
        let type: String
        let content: Range<Int>
    }

    struct BoxReader {
        let bytes: [UInt8]

        func integer(at offset: Int, size: Int) throws -> Int {
            guard size >= 0, size <= 8, offset >= 0, offset + size <= bytes.count else { throw Failure.unreadable }
            return bytes[offset..<offset + size].reduce(0) { $0 << 8 | Int($1) }
        }

        func boxes(in range: Range<Int>) throws -> [Box] {
            var boxes: [Box] = []
            var offset = range.lowerBound
            while offset + 8 <= range.upperBound {
                var size = try integer(at: offset, size: 4)
                let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
                var header = 8
                if size == 1 {
                    size = try integer(at: offset + 8, size: 8)
                    header = 16
                } else if size == 0 {
                    size = range.upperBound - offset
                }
                guard size >= header, offset + size <= range.upperBound else { throw Failure.unreadable }
                boxes.append(Box(type: type, content: offset + header..<offset + size))
                offset += size
            }
            return boxes
        }

        /// The ids of the `Exif` items, and of `mime` items (XMP is written as one).
        func metadataItems(in iinf: Box) throws -> Set<Int> {
            let version = try integer(at: iinf.content.lowerBound, size: 1)
            let countSize = version == 0 ? 2 : 4
            let entries = try boxes(in: iinf.content.lowerBound + 4 + countSize..<iinf.content.upperBound)
            var items: Set<Int> = []
            for infe in entries where infe.type == "infe" {
                let start = infe.content.lowerBound
                let infeVersion = try integer(at: start, size: 1)
                guard infeVersion >= 2 else { continue }  // older entries carry no item type
                let idSize = infeVersion == 2 ? 2 : 4
                let id = try integer(at: start + 4, size: idSize)
                let typeStart = start + 4 + idSize + 2
                guard typeStart + 4 <= infe.content.upperBound else { throw Failure.unreadable }
                let type = String(decoding: bytes[typeStart..<typeStart + 4], as: UTF8.self)
                if type == "Exif" || type == "mime" { items.insert(id) }
            }
            return items
        }

        /// Where the items' bytes are in the file (extents stored in the file itself).
        func extents(in iloc: Box, of items: Set<Int>) throws -> [Range<Int>] {
            var offset = iloc.content.lowerBound
            let version = try integer(at: offset, size: 1)
            guard version <= 2 else { throw Failure.unreadable }
            offset += 4
            let sizes = try integer(at: offset, size: 2)
            let (offsetSize, lengthSize, baseSize) = (sizes >> 12 & 0xF, sizes >> 8 & 0xF, sizes >> 4 & 0xF)
            let indexSize = version == 0 ? 0 : sizes & 0xF
            offset += 2
            let itemCount = try integer(at: offset, size: version < 2 ? 2 : 4)
            offset += version < 2 ? 2 : 4
            var ranges: [Range<Int>] = []
            for _ in 0..<itemCount {
                let idSize = version < 2 ? 2 : 4
                let id = try integer(at: offset, size: idSize)
                offset += idSize
                var method = 0
                if version > 0 {
                    method = try integer(at: offset, size: 2) & 0xF
                    offset += 2
                }
                offset += 2  // data reference index
                let base = try integer(at: offset, size: baseSize)
                offset += baseSize
                let extentCount = try integer(at: offset, size: 2)
                offset += 2
                for _ in 0..<extentCount {
                    offset += indexSize
                    let extentOffset = try integer(at: offset, size: offsetSize)
                    offset += offsetSize
                    let length = try integer(at: offset, size: lengthSize)
                    offset += lengthSize
                    guard items.contains(id) else { continue }
                    // Only bytes in this file can be blanked: an item kept elsewhere (or one
                    // whose length means "to the end") is refused.
                    guard method == 0, length > 0 else { throw Failure.unreadable }
                    ranges.append(base + extentOffset..<base + extentOffset + length)
                }
            }
            return ranges
        }
    }
}
