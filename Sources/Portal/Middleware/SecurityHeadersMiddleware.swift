import Vapor

/// The headers every response carries. Pages are `no-store` by default because nearly all
/// of them show patient information; only the static assets opt out.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    let usesHTTPS: Bool

    static let contentSecurityPolicy = policy(formTargets: [])

    /// The policy, with `formTargets` as the only other origins a form may lead to: an app's
    /// registered address, where the consent form's answer goes (browsers apply
    /// `form-action` to the redirect after a form, too).
    static func policy(formTargets: [String]) -> String {
        [
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            (["form-action 'self'"] + formTargets).joined(separator: " "), "frame-ancestors 'none'", "base-uri 'none'",
            "object-src 'none'",
        ].joined(separator: "; ")
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            response = ErrorPage.response(for: error, request: request)
        }
        let headers = [
            ("Content-Security-Policy", Self.policy(formTargets: response.formTargets)),
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

extension Response {
    private struct FormTargetsKey: StorageKey { typealias Value = [String] }

    /// Origins besides the portal's own that this page's forms may lead to.
    var formTargets: [String] {
        get { storage[FormTargetsKey.self] ?? [] }
        set { storage[FormTargetsKey.self] = newValue }
    }
}
