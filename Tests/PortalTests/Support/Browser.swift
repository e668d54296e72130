import Foundation
import Testing
import VaporTesting

@testable import Portal

/// A minimal browser over the in-memory test client: it keeps cookies and remembers the
/// CSRF token of the last page, so tests read like a person using the portal.
final class Browser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var csrfToken: String?
    var userAgent = "PortalTests"

    init(_ world: TestWorld) { app = world.app }

    private init(app: Application) { self.app = app }

    /// Another tab of the same session, to send requests at the same moment as this one.
    func newTab() -> Browser {
        let tab = Browser(app: app)
        tab.cookies = cookies
        tab.csrfToken = csrfToken
        return tab
    }

    struct Page {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String
        var bytes: [UInt8] = []
        var location: String? { headers.first(name: .location) }
    }

    @discardableResult
    func get(_ path: String, headers extra: HTTPHeaders = [:]) async throws -> Page {
        try await send(.GET, path, headers: extra, body: nil)
    }

    /// Submits a form, adding the page's CSRF token unless the test says otherwise.
    @discardableResult
    func post(_ path: String, _ fields: [String: String], includeCSRF: Bool = true) async throws -> Page {
        var all = fields
        if includeCSRF, all["_csrf"] == nil, let csrfToken { all["_csrf"] = csrfToken }
        let body = all.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(
            .POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    /// Submits a form whose fields may repeat (`days[]`), in order, with the page's CSRF token.
    @discardableResult
    func post(_ path: String, pairs: [(String, String)]) async throws -> Page {
        let all = pairs + (csrfToken.map { [("_csrf", $0)] } ?? [])
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(
            .POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    /// Posts raw bytes, as an API client does.
    @discardableResult
    func postData(_ path: String, _ bytes: Data, headers: HTTPHeaders) async throws -> Page {
        try await send(.POST, path, headers: headers, body: ByteBuffer(bytes: bytes))
    }

    /// A file for a multipart form.
    struct Upload {
        var field: String
        var filename: String
        var contentType: String
        var bytes: [UInt8]
    }

    /// Submits a multipart form with files, as a browser does for an upload.
    @discardableResult
    func postMultipart(_ path: String, _ fields: [String: String], files: [Upload], includeCSRF: Bool = true)
        async throws -> Page
    {
        var all = fields
        if includeCSRF, all["_csrf"] == nil, let csrfToken { all["_csrf"] = csrfToken }
        let boundary = "----PortalTestBoundary\(Int.random(in: 100_000...999_999))"
        var body = ByteBuffer()
        for (name, value) in all {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\nContent-Type: \(file.contentType)\r\n\r\n"
            )
            body.writeBytes(file.bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return try await send(.POST, path, headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"], body: body)
    }

    @discardableResult
    func signIn(email: String, password: String = Fixtures.password, staff: Bool = false) async throws -> Page {
        let path = staff ? Routes.staffSignIn() : Routes.signIn()
        try await get(path)
        return try await post(path, ["email": email, "password": password])
    }

    func setCookie(_ name: String, _ value: String?) { cookies[name] = value }

    private func send(_ method: HTTPMethod, _ path: String, headers extra: HTTPHeaders, body: ByteBuffer?) async throws -> Page {
        var headers = extra
        headers.replaceOrAdd(name: .userAgent, value: userAgent)
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        let response = try await app.testing().sendRequest(
            method, path, headers: headers, body: body)
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = String(pair[0]), value = String(pair[1])
            if header.contains("Max-Age=0") || header.contains("Expires=Thu, 01 Jan 1970") || value.isEmpty {
                cookies[name] = nil
            } else {
                cookies[name] = value
            }
        }
        let text = String(buffer: response.body)
        if let token = Self.csrfToken(in: text) { csrfToken = token }
        return Page(status: response.status, headers: response.headers, body: text, bytes: Array(buffer: response.body))
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
