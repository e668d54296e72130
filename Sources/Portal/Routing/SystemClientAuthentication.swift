import PortalCore
import Vapor

/// Other systems prove themselves with their configured secret as a bearer token, checked
/// from the header before any body is read (the EHR's bundles run to 64 MB).
enum SystemClientAuthentication {
    /// Nil when the secret is right; otherwise the answer to send instead. Without a
    /// configured secret the route does not exist.
    static func refusal(of client: SystemClient, _ req: Request) -> Response? {
        guard let secret = secret(of: client, in: req.portal.config) else {
            return ErrorPage.response(for: PortalError.notFound, request: req)
        }
        if let presented = req.headers.bearerAuthorization?.token, RandomToken.constantTimeEquals(presented, secret) {
            return nil
        }
        var headers = HTTPHeaders()
        headers.add(name: .wwwAuthenticate, value: "Bearer")
        switch client {
        case .ehr:
            return OperationOutcome.error(
                "login", "The import needs the interface engine's secret as a bearer token.", status: .unauthorized,
                headers: headers)
        case .metricsScraper:
            headers.contentType = .plainText
            return Response(
                status: .unauthorized, headers: headers, body: .init(string: "The metrics need their bearer token.\n"))
        }
    }

    static func secret(of client: SystemClient, in config: PortalConfig) -> String? {
        switch client {
        case .ehr: config.importClientSecret
        case .metricsScraper: config.metricsBearerToken
        }
    }
}
