extension Node {
    /// The document as UTF-8 bytes, with `<!DOCTYPE html>` in front.
    public func renderDocument() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(8192)
        out.append(contentsOf: "<!DOCTYPE html>".utf8)
        render(into: &out)
        return out
    }

    public func render() -> String {
        var out: [UInt8] = []
        render(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public func render(into out: inout [UInt8]) {
        switch kind {
        case .text(let value):
            Escaping.append(value, to: &out)
        case .trusted(let trusted):
            out.append(contentsOf: trusted.markup.utf8)
        case .fragment(let nodes):
            for node in nodes { node.render(into: &out) }
        case .element(let name, let attributes, let children, let isVoid):
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: name.utf8)
            for attribute in attributes {
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: attribute.name.utf8)
                if let value = attribute.value {
                    out.append(contentsOf: "=\"".utf8)
                    Escaping.append(value, to: &out)
                    out.append(UInt8(ascii: "\""))
                }
            }
            out.append(UInt8(ascii: ">"))
            guard !isVoid else { return }
            for child in children { child.render(into: &out) }
            out.append(contentsOf: "</".utf8)
            out.append(contentsOf: name.utf8)
            out.append(UInt8(ascii: ">"))
        }
    }
}

/// The same escaping for text and for (always double-quoted) attribute values, so one
/// function covers every context the builder can produce.
enum Escaping {
    static func append(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            // Runs of ordinary bytes are copied whole; a page's text is mostly such runs.
            var runStart = 0
            for index in bytes.indices {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case 0: replacement = "\u{FFFD}"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
