/// What a laboratory's interpretation says about a value, in the few kinds a family needs
/// to read: shown in words (and a symbol), never by color alone.
public enum ResultFlag: Sendable, Hashable {
    case normal
    case low
    case high
    case criticallyLow
    case criticallyHigh
    case abnormal
    case criticallyAbnormal

    /// From an HL7 v3 ObservationInterpretation code; when the laboratory sent none, from
    /// the value and the reference range. Nil when nothing can be said.
    public init?(interpretation: String?, value: Double?, low: Double?, high: Double?) {
        if let interpretation {
            switch interpretation {
            case "N", "NEG", "ND", "S": self = .normal
            case "L", "<", "LU", "L>": self = .low
            case "H", ">", "HU", "H>": self = .high
            case "LL": self = .criticallyLow
            case "HH": self = .criticallyHigh
            case "AA": self = .criticallyAbnormal
            default: self = .abnormal
            }
            return
        }
        guard let value else { return nil }
        if let low, value < low {
            self = .low
        } else if let high, value > high {
            self = .high
        } else if low != nil || high != nil {
            self = .normal
        } else {
            return nil
        }
    }

    public var isAbnormal: Bool { self != .normal }
    public var isCritical: Bool { self == .criticallyLow || self == .criticallyHigh || self == .criticallyAbnormal }
}
