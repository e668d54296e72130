/// The kinds of file the portal accepts as a document (an ID photo, a court order, an
/// authorization form), recognized by their first bytes rather than by name or by the
/// type the browser claims.
public enum UploadedFileKind: String, Sendable, CaseIterable {
    case jpeg, png, heic, pdf

    /// The largest file accepted.
    public static let maxBytes = 10 * 1024 * 1024

    public var mediaType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .heic: "image/heic"
        case .pdf: "application/pdf"
        }
    }

    public var fileExtension: String { rawValue == "jpeg" ? "jpg" : rawValue }

    /// HEIF brands written by phones for still images (ISO/IEC 23008-12).
    private static let heicBrands: Set<String> = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"]

    public static func detect(_ bytes: [UInt8]) -> UploadedFileKind? {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.count >= 12, Array(bytes[4..<8]) == Array("ftyp".utf8),
            heicBrands.contains(String(decoding: bytes[8..<12], as: UTF8.self))
        {
            return .heic
        }
        return nil
    }
}
