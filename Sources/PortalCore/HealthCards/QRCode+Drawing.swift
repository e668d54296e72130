extension QRCode {
    /// The light margin around the code that readers need, in modules.
    public static let quietZone = 4

    /// The dark modules as one SVG path, a rectangle per horizontal run, for a view box
    /// of `-quietZone -quietZone side side`.
    public var svgPath: String {
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                path += "M\(start) \(y)h\(x - start)v1h-\(x - start)z"
            }
        }
        return path
    }

    /// Modules on a side with the quiet zone on both sides.
    public var sideWithQuietZone: Int { size + 2 * Self.quietZone }
}
