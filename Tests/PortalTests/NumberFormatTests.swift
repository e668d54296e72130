import Foundation
import Testing

@testable import Portal

/// `NumberFormat.plain` writes what `%g` writes and `oneDecimal` what `%.1f` writes, without
/// Foundation's formatting on the way.
@Suite("Numbers as laboratories report them")
struct NumberFormatTests {
    @Test("Values laboratories report, written as %g writes them")
    func reportedValues() {
        var values: [Double] = [0, -0.0, 1, -1, 0.0001, 0.00009999, 1e-5, 999_999, 999_999.5, 1e6, 123_456.5, 4.5, 0.1 + 0.2]
        for step in 0...2_000 {
            let whole = Double(step)
            values += [whole, whole / 10, whole / 100, whole / 1000, -whole / 7]
        }
        values += [.nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        for value in values {
            #expect(NumberFormat.plain(value) == String(format: "%g", value), "\(value)")
        }
        #expect(NumberFormat.plain(13.2) == "13.2")
        #expect(NumberFormat.plain(140) == "140")
        #expect(NumberFormat.plain(0.1 + 0.2) == "0.3")
    }

    @Test("Any double, from a millionth to a hundred million, written as %g writes it")
    func anyDouble() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100_000 {
            let value = Double.random(in: -8...8, using: &generator)
            let number = pow(10, value) * (Bool.random(using: &generator) ? 1 : -1)
            #expect(NumberFormat.plain(number) == String(format: "%g", number), "\(number)")
        }
    }

    @Test("A chart's coordinates written as %.1f writes them, ties in binary rounded to even as printf does")
    func oneDecimal() {
        var values: [Double] = [0, -0.0, -0.04, 56, 640, 12.96, 1e14, .nan, .infinity, 1e300]
        for step in 0...5_000 { values += [Double(step) / 7, -Double(step) / 13, Double(step) * 0.1] }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 { values.append(Double.random(in: -2_000...2_000, using: &generator)) }
        for value in values {
            // A value a millionth of a tenth from a decimal tie may go either way; those are left out.
            let tenths = value * 10
            guard !tenths.isFinite || ((tenths - tenths.rounded(.down)) - 0.5).magnitude > 1e-6 else { continue }
            #expect(NumberFormat.oneDecimal(value) == String(format: "%.1f", value), "\(value)")
        }
        // Exact ties in binary, which printf rounds to even.
        for value in [0.25, 0.75, -0.25, 2.25, 1.125] {
            #expect(NumberFormat.oneDecimal(value) == String(format: "%.1f", value), "\(value)")
        }
        #expect(NumberFormat.oneDecimal(230.04) == "230.0")
    }
}
