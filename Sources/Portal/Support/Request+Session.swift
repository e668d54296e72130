import PortalCore
import Vapor

/// The signed-in person behind a request, loaded once by `SessionMiddleware`.
struct CurrentSession: Sendable {
    let session: UserSession
    let member: Member?
    let staff: StaffUser?

    var isSignedIn: Bool { session.stage == .signedIn }
    var displayName: String { member?.fullName ?? staff?.fullName ?? "" }

    /// The account signed in, member or staff.
    var owner: AccountOwner? {
        if let id = member?.id { return .member(id) }
        if let id = staff?.id { return .staff(id) }
        return nil
    }

    var hasSecondFactor: Bool { member?.hasSecondFactor ?? (staff?.totpSecret != nil) }

    /// A second factor that lets the password be shorter: an authenticator app, not e-mail.
    var hasStrongSecondFactor: Bool { member?.hasStrongSecondFactor ?? (staff?.totpSecret != nil) }

    /// Whether the password (and second factor) were given within the last 5 minutes.
    func hasFreshProof(at now: Date) -> Bool {
        FreshProof.isFresh(
            provedAt: session.reauthenticatedAt?.timeIntervalSince1970, now: now.timeIntervalSince1970)
    }
}

extension Request {
    private struct CurrentSessionKey: StorageKey { typealias Value = CurrentSession }

    var currentSession: CurrentSession? {
        get { storage[CurrentSessionKey.self] }
        set { storage[CurrentSessionKey.self] = newValue }
    }

    /// The signed-in member on a route the table declares for members.
    func signedInMember() throws -> Member {
        guard let current = currentSession, current.isSignedIn, let member = current.member else {
            throw PortalError.signInRequired
        }
        return member
    }

    /// The signed-in staff member on a route the table declares for staff roles.
    func signedInStaff() throws -> StaffUser {
        guard let current = currentSession, current.isSignedIn, let staff = current.staff else {
            throw PortalError.signInRequired
        }
        return staff
    }

    /// The client's address: the peer, or behind the trusted proxies the nearest hop that is
    /// not one of them (`ClientAddress`).
    var clientAddress: String? {
        let config = portal.config
        guard !config.trustedProxies.isEmpty else { return remoteAddress?.ipAddress }
        let header = config.forwardedHeader
        return ClientAddress.resolve(
            peer: remoteAddress?.ipAddress, header: header, values: headers[header.rawValue],
            trusted: config.trustedProxies)
    }
    var userAgent: String? { headers.first(name: .userAgent) }

    var sessionCookieName: String { application.portal.config.usesHTTPS ? "__Host-portal_session" : "portal_session" }
}
