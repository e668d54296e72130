import PortalCore
import PortalHTML
import Vapor

extension Request {
    func pageContext(patientInView: String? = nil) -> PageContext {
        let current = currentSession
        let signedIn = current.flatMap { session -> PageContext.SignedInPerson? in
            guard session.isSignedIn else { return nil }
            return .init(name: session.displayName, isStaff: session.staff != nil)
        }
        let lifetime = current?.staff != nil ? portal.config.staffSession : portal.config.memberSession
        return PageContext(
            language: language,
            csrfToken: csrfToken,
            hospitalName: portal.config.hospitalName,
            currentPath: url.path,
            signedIn: signedIn,
            patientInView: patientInView,
            idleTimeoutMinutes: signedIn == nil ? nil : Int(lifetime.idleTimeout / 60))
    }
}

extension Node {
    /// An HTML response; `Cache-Control: no-store` is set for every page by the headers middleware.
    func response(status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        let bytes = renderDocument()
        return Response(status: status, headers: headers, body: .init(buffer: ByteBuffer(bytes: bytes)))
    }
}

extension Response {
    static func redirect(to path: String) -> Response {
        // 303 so a POST is followed by a GET and a reload cannot submit twice.
        Response(status: .seeOther, headers: ["Location": path])
    }
}
