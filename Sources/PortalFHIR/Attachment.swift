import Foundation

/// Inline attachment content (`Attachment.data`, base64).
enum Attachment {
    static func bytes(_ data: Node, limit: Int) throws -> Data {
        guard let encoded = try data.string(maxLength: limit) else {
            throw data.problem("is required: the portal needs the content inline, not by URL")
        }
        guard let bytes = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters), !bytes.isEmpty else {
            throw data.problem("is not base64")
        }
        return bytes
    }

    static func text(_ data: Node, limit: Int) throws -> String {
        guard let text = String(data: try bytes(data, limit: limit * 4 / 3 + 4), encoding: .utf8) else {
            throw data.problem("is not UTF-8 text")
        }
        guard text.count <= limit else { throw data.problem("too long (\(text.count) characters; the limit is \(limit))") }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
