/// Why a bundle was refused, naming the entry and the field in FHIRPath form so the
/// interface team can find it: `Bundle.entry[3] (Observation/abc) valueQuantity.value:
/// expected a number, found text`. Messages describe values by kind and never quote clinical
/// content, because they reach logs and terminals.
public struct BundleProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The entry's index in `Bundle.entry`, or nil for the bundle itself.
    public let entry: Int?
    /// `Observation/abc`, when the entry got far enough to have one.
    public let resource: String?
    /// The field's path inside the resource (or the bundle), for example `subject.reference`.
    public let field: String
    public let message: String

    public init(entry: Int?, resource: String?, field: String, message: String) {
        self.entry = entry
        self.resource = resource
        self.field = field
        self.message = message
    }

    public var description: String {
        var location = entry.map { "Bundle.entry[\($0)]" } ?? "Bundle"
        if let resource { location += " (\(resource))" }
        return field.isEmpty ? "\(location): \(message)" : "\(location) \(field): \(message)"
    }
}
