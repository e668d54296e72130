import Foundation

/// Where an app asks the portal to send the person back with a code. Registered by an
/// administrator and matched exactly, character for character (RFC 9700): a code sent
/// anywhere else could be taken by whoever owns that address.
public enum RedirectAddress {
    public enum Problem: Error, Equatable, Sendable {
        case notAnAddress, fragment, plainHTTP, tooLong
    }

    /// An address an app may register: `https`; `http` only to the device itself (a native
    /// app listening on the loopback interface, RFC 8252 §7.3); or a native app's private
    /// scheme in reverse-domain form (`org.example.app:/callback`, RFC 8252 §7.1).
    public static func check(_ text: String) -> Problem? {
        guard text.utf8.count <= 512 else { return .tooLong }
        guard !text.contains(where: { $0.isWhitespace }), let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased()
        else { return .notAnAddress }
        guard components.fragment == nil else { return .fragment }
        // A host of letters, digits, dots and hyphens only: the address is also named in the
        // consent page's Content-Security-Policy, where anything else could add a directive.
        let host = components.host ?? ""
        guard
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) || host == "[::1]"
                || host == "::1"
        else { return .notAnAddress }
        switch scheme {
        case "https":
            return host.isEmpty ? .notAnAddress : nil
        case "http":
            return ["127.0.0.1", "localhost", "[::1]", "::1"].contains(components.host ?? "") ? nil : .plainHTTP
        default:
            let isPrivateScheme =
                scheme.contains(".")
                && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }
            return isPrivateScheme ? nil : .notAnAddress
        }
    }

    /// Registered addresses, one per line, as an administrator types them.
    public static func list(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
