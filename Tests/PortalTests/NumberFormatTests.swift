import Foundation
import Testing

@testable import Portal

/// `NumberFormat.plain` writes what `%g` writes, without Foundation's formatting on the way.
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
}
