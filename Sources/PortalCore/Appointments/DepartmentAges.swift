/// The ages a department sees, in whole years, either end open (Adolescent Medicine 12-25):
/// the request form offers a department only to a patient whose age fits.
public struct DepartmentAges: Sendable, Equatable {
    public static let oldest = 120
    public static let everyone = DepartmentAges(from: nil, through: nil)!

    public let from: Int?
    public let through: Int?

    /// Nil for ages outside 0-120, or a range that ends before it starts.
    public init?(from: Int?, through: Int?) {
        let bounds = 0...Self.oldest
        if let from, !bounds.contains(from) { return nil }
        if let through, !bounds.contains(through) { return nil }
        if let from, let through, from > through { return nil }
        self.from = from
        self.through = through
    }

    public func includes(age: Int) -> Bool {
        (from.map { age >= $0 } ?? true) && (through.map { age <= $0 } ?? true)
    }
}
