extension String {
    /// Without the Unicode white space (spaces, tabs, line breaks, no-break and zero-width spaces) at either
    /// end: what `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without going through
    /// NSString, which cost the import more than reading the JSON. A text with nothing to trim
    /// is returned as it is.
    var trimmedOfWhitespace: String {
        // Most texts start and end with a visible ASCII character: nothing to look up.
        let visibleASCII = UInt8(0x21)...UInt8(0x7E)
        if let first = utf8.first, let last = utf8.last, visibleASCII.contains(first), visibleASCII.contains(last) {
            return self
        }
        let scalars = unicodeScalars
        // Foundation's set is Unicode's White_Space and the zero-width space.
        let isSpace = { (scalar: Unicode.Scalar) in scalar.properties.isWhitespace || scalar == "\u{200B}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
