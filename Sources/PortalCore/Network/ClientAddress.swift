import Foundation

/// Who is on the other end of a request when the portal sits behind proxies: the nearest
/// address that is not one of the trusted proxies. Throttles, the audit trail and sessions
/// key on it, so it must not be what a client says about itself.
///
/// Each trusted proxy appends the address it received the request from to the forwarded
/// header it is configured to set. Reading that list from the right, past every trusted
/// proxy, the first other address is the client: whatever a client wrote into the header
/// itself lies further left and is never reached. A peer that is not a trusted proxy is the
/// client, whatever headers it sent.
public enum ClientAddress {
    public enum Header: String, Sendable, CaseIterable {
        /// `X-Forwarded-For: client, proxy1` (nginx's `$proxy_add_x_forwarded_for`).
        case xForwardedFor = "x-forwarded-for"
        /// RFC 7239 `Forwarded: for=client;proto=https, for=proxy1`.
        case forwarded
    }

    /// `peer` is the connection's remote address; `values` the header's values in the order
    /// they arrived (several header lines read as one list).
    public static func resolve(peer: String?, header: Header, values: [String], trusted: [IPAddressRange]) -> String? {
        guard let peer = peer.flatMap(IPAddress.normalized) else { return nil }
        guard isTrusted(peer, trusted) else { return peer }
        let hops = values.flatMap { value in
            value.split(separator: ",").map { hop in
                let entry = hop.trimmingCharacters(in: .whitespaces)
                return header == .forwarded ? forwardedFor(entry) : entry
            }
        }
        var nearest = peer
        for hop in hops.reversed() {
            // An entry a trusted proxy wrote that is not an address (`unknown`, an obfuscated
            // name) stops the walk at the last address known, rather than trusting what lies
            // to its left.
            guard let address = hop.flatMap(stripPort).flatMap(IPAddress.normalized) else { return nearest }
            nearest = address
            if !isTrusted(address, trusted) { return address }
        }
        return nearest
    }

    private static func isTrusted(_ address: String, _ trusted: [IPAddressRange]) -> Bool {
        trusted.contains { $0.contains(address) }
    }

    /// The `for=` parameter of one `Forwarded` element, unquoted.
    private static func forwardedFor(_ element: String) -> String? {
        for pair in element.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts[0].lowercased() == "for" else { continue }
            var value = parts[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// `1.2.3.4:5678` → `1.2.3.4`; `[2001:db8::1]:443` → `2001:db8::1`; an address alone as it is.
    private static func stripPort(_ text: String) -> String? {
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            return String(text[text.index(after: text.startIndex)..<close])
        }
        let colons = text.filter { $0 == ":" }.count
        if colons == 1, let colon = text.firstIndex(of: ":") { return String(text[..<colon]) }
        return text
    }
}
