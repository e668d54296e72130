import PortalCore
import Vapor

/// Enforces one route's declaration before its handler runs, in an order that never
/// buffers a body for a caller who may not use the route: first who is calling (from the
/// session and headers alone), then the access policy's door for a patient in the path
/// (from the path and the session), then the body up to the declared limit as it streams
/// in, then the form's CSRF token; only then is the look at the patient recorded as a
/// success, so a forged form is never audited as a view. A page that only reads writes its
/// events in one write before it is sent.
struct RouteAccessMiddleware: AsyncMiddleware {
    let declaration: RouteDeclaration

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let refusal = try await admit(request) { return refusal }
        if case .patient(let members, let staff, let audit) = declaration.callers {
            request.routePatient = try await request.authorizedPatient(
                request.id(of: Patient.self), action: audit, members: members, staff: staff, auditsSuccess: false)
        }
        if declaration.changesState {
            try await collectBody(of: request)
            if declaration.callers.usesBrowserSession { try CSRF.verify(request) }
        }
        guard case .patient(_, _, let audit) = declaration.callers, let authorized = request.routePatient else {
            return try await next.respond(to: request)
        }
        if declaration.changesState {
            try await request.audit(audit, .success, patientID: authorized.id)
            return try await next.respond(to: request)
        }
        // A page's look at the patient and whatever else it records (in order: a refusal
        // of an item follows the look) are written in one write once the page is made, and
        // the page leaves only after it is committed.
        request.holdPageAudit()
        try await request.audit(audit, .success, patientID: authorized.id)
        let page: Response
        do {
            page = try await next.respond(to: request)
        } catch {
            try await request.writePageAudit()
            throw error
        }
        try await request.writePageAudit()
        return page
    }

    /// Refuses a caller the declaration does not name: a redirect to sign-in (401 for a
    /// form) for someone not signed in, 403 for the wrong kind of account or staff role.
    /// Returns a system client's refusal in that system's own terms.
    private func admit(_ request: Request) async throws -> Response? {
        let current = request.currentSession
        let signedIn = current?.isSignedIn == true
        switch declaration.callers {
        case .anyone, .invitee, .guest, .appClient:
            return nil
        case .systemClient(let client):
            return SystemClientAuthentication.refusal(of: client, request)
        case .app:
            guard let access = try await AppAccess.presented(by: request) else { throw FHIRError.invalidToken }
            try await AppRateLimiting.admit(access, request)
            request.appAccess = access
        case .signingIn:
            guard current?.session.stage == .awaitingSecondFactor else { throw PortalError.signInRequired }
        case .settingUpSecondFactor:
            if current?.staff != nil, current?.session.stage == .settingUpSecondFactor { return nil }
            if current?.member != nil, signedIn { return nil }
            // Staff who are fully signed in already have their second factor.
            throw signedIn ? PortalError.notFound : PortalError.signInRequired
        case .signedIn:
            guard signedIn else { throw PortalError.signInRequired }
        case .members:
            guard signedIn else { throw PortalError.signInRequired }
            guard current?.member != nil else { throw PortalError.forbidden }
        case .staff(let roles):
            guard signedIn else { throw PortalError.signInRequired }
            guard let staff = current?.staff, roles.contains(staff.role) else { throw PortalError.forbidden }
        case .patient(let members, let staffRoles, let audit):
            guard signedIn else { throw PortalError.signInRequired }
            let admitted = current?.member != nil ? members : current?.staff.map { staffRoles.contains($0.role) } ?? false
            // The answer is the same whoever the patient is, so it tells nothing about them.
            guard admitted else {
                try await request.audit(audit, .denied, patientID: request.id(of: Patient.self))
                throw PortalError.forbidden
            }
        }
        return nil
    }

    /// Reads the body as it streams in, refusing it (413) the moment it passes the limit.
    private func collectBody(of request: Request) async throws {
        let limit = declaration.body.bytes
        // A body announced too large is refused before a byte of it is read.
        if let announced = request.headers.first(name: .contentLength).flatMap(Int.init), announced > limit {
            throw PortalError.payloadTooLarge
        }
        if let body = request.body.data {
            guard body.readableBytes <= limit else { throw PortalError.payloadTooLarge }
        } else {
            do {
                _ = try await request.body.collect(max: limit).get()
            } catch let abort as any AbortError where abort.status == .payloadTooLarge {
                throw PortalError.payloadTooLarge
            }
        }
    }
}

extension Request {
    private struct RoutePatientKey: StorageKey { typealias Value = AuthorizedPatient }

    /// The patient in the path, as the access policy's door let it through for this route.
    var routePatient: AuthorizedPatient? {
        get { storage[RoutePatientKey.self] }
        set { storage[RoutePatientKey.self] = newValue }
    }
}
