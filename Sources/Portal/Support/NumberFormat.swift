import Foundation

/// Numbers as a laboratory reports them: no trailing zeros, no floating-point noise.
enum NumberFormat {
    static func plain(_ value: Double) -> String {
        String(format: "%g", value)
    }
}
