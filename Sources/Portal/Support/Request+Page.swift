import PortalCore
import PortalHTML
import Vapor

extension Request {
    /// The frame of a signed-in page: for a member, the switcher lists every patient they
    /// may see now, through the same policy as everything else, and the header names the
    /// patient in view.
    /// A page that has already asked for the member's patients passes them as `visible`.
    func pageContext(patientInView: AuthorizedPatient? = nil, visible: [AuthorizedPatient]? = nil) async throws -> PageContext {
        var context = pageContextWithoutRecords()
        context.patientInView = patientInView?.patient.shownName
        if context.signedIn != nil, let member = currentSession?.member {
            let patients: [AuthorizedPatient]
            if let visible { patients = visible } else { patients = try await patientsVisibleToMember(member) }
            context.records = patients.map { authorized in
                PageContext.RecordLink(
                    name: authorized.patient.shownName, path: Routes.patient(authorized.ref),
                    isCurrent: authorized.id == patientInView?.id)
            }
        }
        return context
    }

    /// The frame alone, for sign-in steps and error pages, which must not touch the database.
    func pageContextWithoutRecords() -> PageContext {
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
