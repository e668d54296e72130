/// One test over a period: the values its chart draws and one page of its table.
public struct TrendPage: Sendable {
    /// How many stretches of time a long history's chart is cut into: with the lowest and
    /// highest of each, at most twice as many points, which a phone's width still shows apart.
    public static let stretches = 60

    /// Oldest first: every numeric value when there are few, else each stretch's lowest and
    /// highest and the first and last value.
    public var chart: [ResultRow] = []
    /// Newest first.
    public var table: [ResultRow] = []
    /// Every value in the period, and how many of them are numbers.
    public var total = 0
    public var numbers = 0

    public init() {}

    /// The chart leaves some numeric values out (the table has them all).
    public var isSampled: Bool { chart.count < numbers }
}
