/// Where a form may send a person back to: only a path on this site, never `//host` or a URL.
enum ReturnPath {
    static func safe(_ candidate: String?) -> String {
        checked(candidate) ?? Routes.home()
    }

    /// The path when it is one of the portal's own (never another site's), else nil.
    static func checked(_ candidate: String?) -> String? {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
            candidate.count <= 512, candidate.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return nil }
        return candidate
    }
}
