/// Small files shaped like what families upload.
enum SampleFiles {
    /// A phone photo's layout: JFIF, EXIF with a location, a comment, then the image.
    static let photoWithLocation: [UInt8] = {
        func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
            let length = payload.count + 2
            return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
        }
        return [0xFF, 0xD8] + segment(0xE0, Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
            + segment(0xE1, Array("Exif\0\0GPSLatitude=41.92".utf8)) + segment(0xDB, [UInt8](repeating: 7, count: 65))
            + segment(0xDA, [1, 1, 0, 0, 63, 0]) + [0x12, 0x34, 0xFF, 0x00, 0x56] + [0xFF, 0xD9]
    }()

    /// An executable renamed to look like a photo.
    static let renamedExecutable: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 56)

    /// The start of a JPEG whose segments run past the end of the file.
    static let corruptPhoto: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, 0x7F, 0xFF, 0x45, 0x78]
}
