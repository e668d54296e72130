import PortalCore
import Vapor

/// Errors a person can see: a status, a message in their language and a stable identifier.
/// The raw text of an underlying error never reaches a page.
enum PortalError: Error, Sendable, Equatable {
    case notFound
    case badRequest
    case csrfRejected
    case signInRequired
    case forbidden
    case payloadTooLarge
    case tooManyRequests
    /// Every database connection was taken for longer than the pool waits: too much at
    /// once, not a fault. Nothing was changed; trying again shortly works.
    case busy
    case internalFailure

    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .csrfRejected, .forbidden: .forbidden
        case .signInRequired: .unauthorized
        case .payloadTooLarge: .payloadTooLarge
        case .tooManyRequests: .tooManyRequests
        case .busy: .serviceUnavailable
        case .internalFailure: .internalServerError
        }
    }

    var identifier: String {
        switch self {
        case .notFound: "not_found"
        case .badRequest: "bad_request"
        case .csrfRejected: "csrf_rejected"
        case .signInRequired: "sign_in_required"
        case .forbidden: "forbidden"
        case .payloadTooLarge: "payload_too_large"
        case .tooManyRequests: "too_many_requests"
        case .busy: "busy"
        case .internalFailure: "internal"
        }
    }

    /// Any status from Vapor or elsewhere, mapped to the nearest error we can explain.
    init(status: HTTPResponseStatus) {
        switch status.code {
        case 404, 405: self = .notFound
        case 401: self = .signInRequired
        case 403: self = .forbidden
        case 413: self = .payloadTooLarge
        case 429: self = .tooManyRequests
        case 400..<500: self = .badRequest
        default: self = .internalFailure
        }
    }
}
