import Foundation
import PortalCore
import Testing

@Suite("The trend chart's geometry")
struct TrendChartTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test("Values fill the drawing left to right, oldest first, inside the margins")
    func placesPoints() {
        let chart = TrendChart(
            samples: [
                .init(time: start, value: 10, isFlagged: true),
                .init(time: start.addingTimeInterval(86_400 * 100), value: 12, isFlagged: false),
                .init(time: start.addingTimeInterval(86_400 * 200), value: 14, isFlagged: false),
            ], low: 11.5, high: 15.5)
        #expect(chart.points.map(\.x) == [TrendChart.left, 340, TrendChart.width - TrendChart.right])
        #expect(chart.points[0].y > chart.points[1].y && chart.points[1].y > chart.points[2].y)
        #expect(chart.points.allSatisfy { $0.y >= TrendChart.top && $0.y <= TrendChart.height - TrendChart.bottom })
        #expect(chart.points.map(\.isFlagged) == [true, false, false])
        let band = chart.rangeBand!
        #expect(band.top < band.bottom && band.top >= TrendChart.top)
        #expect(chart.ticks.map(\.value) == [10, 12, 14, 16])
    }

    @Test("A single value sits in the middle; equal values still get an axis")
    func degenerate() {
        let one = TrendChart(samples: [.init(time: start, value: 5, isFlagged: false)], low: nil, high: nil)
        #expect(one.points.first?.x == 340 && one.rangeBand == nil)
        #expect(one.ticks.count >= 2)
        let none = TrendChart(samples: [], low: nil, high: nil)
        #expect(none.points.isEmpty && !none.ticks.isEmpty)
    }

    @Test("Axis steps are 1, 2 or 5 times a power of ten")
    func niceSteps() {
        let chart = TrendChart(
            samples: [
                .init(time: start, value: 0.31, isFlagged: false),
                .init(time: start.addingTimeInterval(1), value: 0.87, isFlagged: true),
            ], low: 0.3, high: 0.9)
        let values = chart.ticks.map(\.value)
        #expect(values.first! <= 0.3 && values.last! >= 0.9)
        let step = values[1] - values[0]
        #expect(abs(step - 0.2) < 1e-9)
    }
}

@Suite("Result flags")
struct ResultFlagTests {
    @Test("Interpretation codes become words a family can read")
    func codes() {
        #expect(ResultFlag(interpretation: "L", value: nil, low: nil, high: nil) == .low)
        #expect(ResultFlag(interpretation: "HH", value: nil, low: nil, high: nil) == .criticallyHigh)
        #expect(ResultFlag(interpretation: "LL", value: nil, low: nil, high: nil)?.isCritical == true)
        #expect(ResultFlag(interpretation: "N", value: 99, low: 1, high: 2) == .normal)
        #expect(ResultFlag(interpretation: "POS", value: nil, low: nil, high: nil) == .abnormal)
    }

    @Test("Without an interpretation the range decides, its edges counting as normal")
    func fromRange() {
        #expect(ResultFlag(interpretation: nil, value: 11.4, low: 11.5, high: 15.5) == .low)
        #expect(ResultFlag(interpretation: nil, value: 11.5, low: 11.5, high: 15.5) == .normal)
        #expect(ResultFlag(interpretation: nil, value: 15.5, low: 11.5, high: 15.5) == .normal)
        #expect(ResultFlag(interpretation: nil, value: 15.6, low: 11.5, high: 15.5) == .high)
        #expect(ResultFlag(interpretation: nil, value: 3.6, low: nil, high: 3.5) == .high)
        #expect(ResultFlag(interpretation: nil, value: 3, low: nil, high: nil) == nil)
        #expect(ResultFlag(interpretation: nil, value: nil, low: 1, high: 2) == nil)
    }
}
