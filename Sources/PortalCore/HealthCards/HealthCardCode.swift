/// How a health card's JWS becomes a QR code, as SMART Health Cards specify: a byte
/// segment `shc:/`, then each character of the JWS as two digits (its code minus 45) in
/// numeric mode, at error correction level L.
public enum HealthCardCode {
    /// The longest JWS one code holds at version 22, the largest the specification allows.
    public static let maxJWSLength = 1195
    public static let maxVersion = 22

    public static func digits(of jws: String) -> String {
        jws.utf8.map { byte in
            let value = Int(byte) - 45
            return value < 10 ? "0\(value)" : "\(value)"
        }.joined()
    }

    public static func qrCode(for jws: String) throws -> QRCode {
        guard jws.utf8.allSatisfy({ (45...122).contains($0) }) else { throw QRCode.Failure.notNumeric }
        guard jws.utf8.count <= maxJWSLength else { throw QRCode.Failure.tooLong }
        return try QRCode.encode(
            [.bytes(Array("shc:/".utf8)), .numeric(digits(of: jws))], correction: .low, maxVersion: maxVersion)
    }
}
