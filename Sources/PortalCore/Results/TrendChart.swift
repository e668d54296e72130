import Foundation

/// The geometry of a result's trend chart: where each value and the reference range fall
/// in a fixed drawing area, and round numbers for the axis. The page draws it as SVG; the
/// same values stay readable in the table beside it.
public struct TrendChart: Sendable, Equatable {
    public struct Sample: Sendable, Equatable {
        public var time: Date
        public var value: Double
        /// Outside the reference range, or flagged by the laboratory.
        public var isFlagged: Bool

        public init(time: Date, value: Double, isFlagged: Bool) {
            self.time = time
            self.value = value
            self.isFlagged = isFlagged
        }
    }

    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var isFlagged: Bool
    }

    public struct Tick: Sendable, Equatable {
        public var y: Double
        public var value: Double
    }

    public static let width = 640.0
    public static let height = 240.0
    public static let left = 56.0
    public static let right = 16.0
    public static let top = 12.0
    public static let bottom = 28.0

    public let points: [Point]
    /// The reference range as a band: its top and bottom in drawing coordinates.
    public let rangeBand: (top: Double, bottom: Double)?
    public let ticks: [Tick]

    public static func == (lhs: TrendChart, rhs: TrendChart) -> Bool {
        lhs.points == rhs.points && lhs.ticks == rhs.ticks && lhs.rangeBand?.top == rhs.rangeBand?.top
            && lhs.rangeBand?.bottom == rhs.rangeBand?.bottom
    }

    public init(samples: [Sample], low: Double?, high: Double?) {
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        var lowest = samples.map(\.value).min() ?? 0
        var highest = samples.map(\.value).max() ?? 1
        for bound in [low, high].compactMap({ $0 }) {
            lowest = min(lowest, bound)
            highest = max(highest, bound)
        }
        if highest - lowest < 1e-9 {
            lowest -= 1
            highest += 1
        }
        let step = Self.niceStep((highest - lowest) / 4)
        let axisLow = (lowest / step).rounded(.down) * step
        let axisHigh = (highest / step).rounded(.up) * step
        func y(_ value: Double) -> Double {
            Self.top + plotHeight * (1 - (value - axisLow) / (axisHigh - axisLow))
        }
        let first = samples.map(\.time).min() ?? Date(timeIntervalSince1970: 0)
        let last = samples.map(\.time).max() ?? first
        let span = last.timeIntervalSince(first)
        points = samples.map { sample in
            let fraction = span > 0 ? sample.time.timeIntervalSince(first) / span : 0.5
            return Point(x: Self.left + plotWidth * fraction, y: y(sample.value), isFlagged: sample.isFlagged)
        }
        if low != nil || high != nil {
            rangeBand = (top: y(high ?? axisHigh), bottom: y(low ?? axisLow))
        } else {
            rangeBand = nil
        }
        var ticks: [Tick] = []
        var value = axisLow
        while value <= axisHigh + step / 2 {
            ticks.append(Tick(y: y(value), value: (value / step).rounded() * step))
            value += step
        }
        self.ticks = ticks
    }

    /// 1, 2 or 5 times a power of ten: the steps people read axes in.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0 else { return 1 }
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let fraction = rough / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }
}
