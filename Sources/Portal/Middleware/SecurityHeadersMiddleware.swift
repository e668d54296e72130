import Vapor

/// The headers every response carries. Pages are `no-store` by default because nearly all
/// of them show patient information; only the static assets opt out.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    let usesHTTPS: Bool

    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'",
    ].joined(separator: "; ")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            response = ErrorPage.response(for: error, request: request)
        }
        let headers = [
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Frame-Options", "DENY"),
            // Only the camera check may ask for the camera and microphone, and only for this site.
            (
                "Permissions-Policy",
                request.url.path == Routes.videoCheck()
                    ? "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()"
                    : "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
            ),
            ("Cross-Origin-Opener-Policy", "same-origin"),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        if usesHTTPS {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains")
        }
        if !response.headers.contains(name: .cacheControl) {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }
}
