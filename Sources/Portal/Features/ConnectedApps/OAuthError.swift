import PortalFHIR
import Vapor

/// An OAuth 2.0 error (RFC 6749 §5.2) in the terms apps understand: a code from the
/// standard's list and a sentence for the app's developer. Never health information.
struct OAuthError: Error, Sendable, Equatable {
    enum Code: String, Sendable {
        case invalidRequest = "invalid_request"
        case invalidClient = "invalid_client"
        case invalidGrant = "invalid_grant"
        case unauthorizedClient = "unauthorized_client"
        case unsupportedGrantType = "unsupported_grant_type"
        case unsupportedResponseType = "unsupported_response_type"
        case invalidScope = "invalid_scope"
        case accessDenied = "access_denied"
    }

    let code: Code
    let description: String

    init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }

    /// The token endpoint's answer: 401 with a challenge for a client that failed to prove
    /// itself, 400 for the rest; never cached.
    var tokenResponse: Response {
        var headers = HTTPHeaders()
        if code == .invalidClient { headers.replaceOrAdd(name: .wwwAuthenticate, value: #"Basic realm="portal""#) }
        return Response.json(
            ["error": .string(code.rawValue), "error_description": .string(description)],
            status: code == .invalidClient ? .unauthorized : .badRequest, headers: headers)
    }

    /// The authorization endpoint's answer, sent back to the app's registered address, with
    /// `iss` (RFC 9207) so an app that talks to several hospitals knows which one answered.
    func redirect(to redirectURI: String, state: String?, issuer: String) -> Response {
        .redirect(
            to: redirectURI.addingQuery([
                "error": code.rawValue, "error_description": description, "state": state, "iss": issuer,
            ]))
    }
}

extension Response {
    /// A JSON answer for apps: never cached, as OAuth requires for anything holding tokens.
    static func json(_ value: JSONValue, status: HTTPResponseStatus = .ok, headers: HTTPHeaders = [:]) -> Response {
        var headers = headers
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        headers.replaceOrAdd(name: .pragma, value: "no-cache")
        return Response(status: status, headers: headers, body: .init(data: value.encoded()))
    }
}

extension String {
    /// An app's registered address with the answer's parameters added to whatever query it has.
    func addingQuery(_ items: KeyValuePairs<String, String?>) -> String {
        let query = "".query(items).dropFirst()
        guard !query.isEmpty else { return self }
        return self + (contains("?") ? "&" : "?") + query
    }
}
