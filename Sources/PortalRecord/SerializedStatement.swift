import SQLKit

/// A statement already written, placeholders included, with its values: the driver's own
/// serializer only copies it.
public struct SerializedStatement: SQLExpression {
    public let text: String
    public let binds: [any Encodable & Sendable]

    public init(text: String, binds: [any Encodable & Sendable]) {
        self.text = text
        self.binds = binds
    }

    public func serialize(to serializer: inout SQLSerializer) {
        serializer.write(text)
        serializer.binds.append(contentsOf: binds)
    }
}
