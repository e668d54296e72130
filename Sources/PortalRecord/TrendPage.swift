import Foundation
import SQLKit

/// One value of a trend as its chart needs it: when, how much, and what flags it.
public struct TrendPoint: Sendable, ResultValues {
    public let id: UUID
    public let collectedAt: Date
    public let valueNumber: Double?
    public let interpretation: String?
    public let rangeLow: Double?
    public let rangeHigh: Double?
    public var valueComparator: String? { nil }
    public var valueText: String? { nil }
    public var unit: String? { nil }
    public var rangeText: String? { nil }

    public init(
        id: UUID, collectedAt: Date, valueNumber: Double?, interpretation: String?, rangeLow: Double?, rangeHigh: Double?
    ) {
        self.id = id
        self.collectedAt = collectedAt
        self.valueNumber = valueNumber
        self.interpretation = interpretation
        self.rangeLow = rangeLow
        self.rangeHigh = rangeHigh
    }

    init(row: any SQLRow) throws {
        self.init(
            id: try row.decode(column: "id", as: UUID.self), collectedAt: try row.decode(column: "collected_at", as: Date.self),
            valueNumber: try row.optional("value_number", as: Double.self),
            interpretation: try row.optional("interpretation", as: String.self),
            rangeLow: try row.optional("range_low", as: Double.self),
            rangeHigh: try row.optional("range_high", as: Double.self))
    }

    public init(_ result: LabResult) {
        self.init(
            id: result.id, collectedAt: result.collectedAt, valueNumber: result.valueNumber,
            interpretation: result.interpretation, rangeLow: result.rangeLow, rangeHigh: result.rangeHigh)
    }
}

/// One test over a period: the values its chart draws and one page of its table.
public struct TrendPage: Sendable {
    /// How many stretches of time a long history's chart is cut into: with the lowest and
    /// highest of each, at most twice as many points, which a phone's width still shows apart.
    public static let stretches = 60

    /// The columns a chart reads, all in the trend index, and the rest a table row shows.
    static let pointColumns = ["id", "collected_at", "value_number", "interpretation", "range_low", "range_high"]
    static let rowColumns = ResultRow.columns.filter { !pointColumns.contains($0) }

    /// Oldest first: every numeric value when there are few, else each stretch's lowest and
    /// highest and the first and last value.
    public var chart: [TrendPoint] = []
    /// Newest first.
    public var table: [ResultRow] = []
    /// Every value in the period, and how many of them are numbers.
    public var total = 0
    public var numbers = 0

    public init() {}

    /// The chart's points from every value of the period, in any order.
    init(values: [TrendPoint], table: [ResultRow]) {
        self.table = table
        total = values.count
        let numeric = values.filter { $0.valueNumber != nil }.sorted {
            Self.isEarlier($0.collectedAt, $0.id, $1.collectedAt, $1.id)
        }
        numbers = numeric.count
        guard numeric.count > 2 * Self.stretches else {
            chart = numeric
            return
        }
        var kept: Set<Int> = [0, numeric.count - 1]
        for stretch in 0..<Self.stretches {
            let range = (stretch * numeric.count / Self.stretches)..<((stretch + 1) * numeric.count / Self.stretches)
            // The first of equal values: the same point on every reading.
            kept.insert(range.min { numeric[$0].valueNumber! < numeric[$1].valueNumber! }!)
            kept.insert(range.max { numeric[$0].valueNumber! < numeric[$1].valueNumber! }!)
        }
        chart = kept.sorted().map { numeric[$0] }
    }

    /// Date order, and the id's order between values taken at the same moment, as the
    /// database orders them (the id is spelled out only then: it costs a string each time).
    static func isEarlier(_ first: Date, _ firstID: UUID, _ second: Date, _ secondID: UUID) -> Bool {
        first != second ? first < second : firstID.uuidString < secondID.uuidString
    }

    /// The chart leaves some numeric values out (the table has them all).
    public var isSampled: Bool { chart.count < numbers }
}
