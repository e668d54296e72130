import Foundation

/// Numbers as a laboratory reports them: no trailing zeros, no floating-point noise.
enum NumberFormat {
    /// What `%g` writes (six significant digits, no trailing zeros). Foundation's printf-style
    /// formatting cost a twentieth of a results page's CPU, so the numbers laboratories report
    /// (plain decimals between 0.0001 and a million) are rounded to six significant digits here
    /// and written as the shortest decimal that reads back; the rest, and a seventh digit too
    /// close to a half to round the same way for sure, are left to `%g`.
    static func plain(_ value: Double) -> String {
        let magnitude = value.magnitude
        guard value.isFinite, magnitude >= 1e-4, magnitude < 1e6 else { return String(format: "%g", value) }
        let scale = pow(10, 5 - floor(log10(magnitude)))
        let scaled = value * scale
        let fraction = scaled.magnitude - scaled.magnitude.rounded(.down)
        let rounded = scaled.rounded() / scale
        guard (fraction - 0.5).magnitude > 1e-6, rounded.magnitude < 1e6 else { return String(format: "%g", value) }
        return rounded == rounded.rounded(.towardZero) ? String(Int64(rounded)) : rounded.description
    }

    /// What `%.1f` writes, for a chart's coordinates (a long trend writes some 700 of them): one
    /// digit after the point, rounded to the nearest tenth. A tenth that is a tie in decimal
    /// but not in binary may round the other way than printf's: a twentieth of a pixel.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = (value * 10).rounded(.toNearestOrEven)
        guard value.isFinite, tenths.magnitude < 1e15 else { return String(format: "%.1f", value) }
        let whole = Int64(tenths)
        let digits = String(whole.magnitude / 10) + "." + String(whole.magnitude % 10)
        return value.sign == .minus ? "-" + digits : digits
    }
}
