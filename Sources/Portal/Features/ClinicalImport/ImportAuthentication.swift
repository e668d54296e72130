import PortalCore
import Vapor

/// The EHR's interface engine proves itself with the configured secret as a bearer token,
/// checked from the header before any of a bundle of up to 64 MB is read.
enum ImportAuthentication {
    /// Nil when the secret is right; otherwise the answer to send instead. Without a
    /// configured secret the import does not exist.
    static func refusal(_ req: Request) -> Response? {
        guard let secret = req.portal.config.importClientSecret else {
            return ErrorPage.response(for: PortalError.notFound, request: req)
        }
        if let presented = req.headers.bearerAuthorization?.token, RandomToken.constantTimeEquals(presented, secret) {
            return nil
        }
        var headers = HTTPHeaders()
        headers.add(name: .wwwAuthenticate, value: "Bearer")
        return OperationOutcome.error(
            "login", "The import needs the interface engine's secret as a bearer token.", status: .unauthorized,
            headers: headers)
    }
}
