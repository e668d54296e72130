import PortalFHIR
import Vapor

/// An error of the FHIR API, answered as an OperationOutcome: a status, FHIR's issue code
/// and a sentence for the app's developer. Never health information.
struct FHIRError: Error, Sendable {
    let status: HTTPResponseStatus
    /// FHIR's IssueType: `not-found`, `invalid`, `login`, `forbidden`, `throttled`, ...
    let code: String
    let diagnostics: String
    var headers: HTTPHeaders = [:]

    static func notFound(_ what: String = "No such resource for this token's patient.") -> FHIRError {
        FHIRError(status: .notFound, code: "not-found", diagnostics: what)
    }

    static func invalid(_ diagnostics: String) -> FHIRError {
        FHIRError(status: .badRequest, code: "invalid", diagnostics: diagnostics)
    }

    /// No token, or one that is unknown, expired, revoked or of a disabled app (RFC 6750 §3).
    static let invalidToken = FHIRError(
        status: .unauthorized, code: "login", diagnostics: "The access token is missing, expired or revoked.",
        headers: ["WWW-Authenticate": #"Bearer realm="fhir", error="invalid_token""#])

    /// A token whose scopes do not reach this resource type (RFC 6750 §3.1).
    static func insufficientScope(_ type: String) -> FHIRError {
        FHIRError(
            status: .forbidden, code: "forbidden", diagnostics: "The token's scopes do not allow reading \(type).",
            headers: ["WWW-Authenticate": #"Bearer realm="fhir", error="insufficient_scope""#])
    }

    static func throttled(retryAfter seconds: Int) -> FHIRError {
        FHIRError(
            status: .tooManyRequests, code: "throttled", diagnostics: "Too many requests; try again in \(seconds) s.",
            headers: ["Retry-After": "\(seconds)"])
    }

    /// Any other error under `/fhir`, from the portal's own kinds.
    init(_ error: PortalError) {
        switch error {
        case .notFound: self = .notFound("No such resource.")
        case .badRequest, .csrfRejected, .payloadTooLarge: self = .invalid("The request is not one this server understands.")
        case .signInRequired: self = .invalidToken
        case .forbidden: self.init(status: .forbidden, code: "forbidden", diagnostics: "Not allowed.")
        case .tooManyRequests: self = .throttled(retryAfter: 60)
        case .busy:
            self.init(
                status: .serviceUnavailable, code: "transient", diagnostics: "Busy; try again shortly.",
                headers: ["Retry-After": "5"])
        case .internalFailure: self.init(status: .internalServerError, code: "exception", diagnostics: "Server error.")
        }
    }

    init(status: HTTPResponseStatus, code: String, diagnostics: String, headers: HTTPHeaders = [:]) {
        self.status = status
        self.code = code
        self.diagnostics = diagnostics
        self.headers = headers
    }

    var response: Response {
        let outcome: JSONValue = [
            "resourceType": "OperationOutcome",
            "issue": [["severity": "error", "code": .string(code), "diagnostics": .string(diagnostics)]],
        ]
        return FHIRResponse.json(outcome, status: status, headers: headers)
    }
}

enum FHIRResponse {
    static func json(_ value: JSONValue, status: HTTPResponseStatus = .ok, headers: HTTPHeaders = [:]) -> Response {
        var headers = headers
        headers.replaceOrAdd(name: .contentType, value: "application/fhir+json; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(data: value.encoded()))
    }
}
