import Fluent
import PortalCore
import SQLKit
import Vapor

/// Loads the session named by the cookie, ends it when idle or too old, and keeps
/// `last_seen_at` fresh. Every decision reads the database, so no stale session outlives
/// a sign-out, a deactivation or a time-out on any app server.
struct SessionMiddleware: AsyncMiddleware {
    /// Writing `last_seen_at` on every request would cost a write per page; a minute of
    /// slack is far below any idle time-out.
    static let lastSeenResolution: TimeInterval = 60

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let token = request.cookies[request.sessionCookieName]?.string, !token.isEmpty, token.count <= 128 else {
            return try await next.respond(to: request)
        }
        let tokenHash = RandomToken.sha256Hex(token)
        guard let session = try await UserSession.withAccount(tokenHash, on: request.db) else {
            return Self.expiringCookie(try await next.respond(to: request), request: request)
        }
        let now = request.now
        let lifetime = session.staffUser != nil ? request.portal.config.staffSession : request.portal.config.memberSession
        let isActiveAccount = session.member?.status == .active || session.staffUser?.status == .active
        guard lifetime.state(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: now) == .active,
            isActiveAccount
        else {
            try await session.delete(on: request.db)
            return Self.expiringCookie(try await next.respond(to: request), request: request)
        }
        if now.timeIntervalSince(session.lastSeenAt) >= Self.lastSeenResolution {
            session.lastSeenAt = now
            try await session.update(on: request.db)
        }
        request.currentSession = CurrentSession(session: session, member: session.member, staff: session.staffUser)
        return try await next.respond(to: request)
    }

    /// Clears a dead session cookie, unless the response has just set a new session (sign-in).
    private static func expiringCookie(_ response: Response, request: Request) -> Response {
        if response.cookies[request.sessionCookieName] == nil {
            response.cookies[request.sessionCookieName] = .expired
        }
        return response
    }
}

extension UserSession {
    /// The session with its account, in one read every page makes first; its text is
    /// written once (`StatementText`).
    static func withAccount(_ tokenHash: String, on db: any Database) async throws -> UserSession? {
        guard let row = try await withAccountRead.read([tokenHash], on: db).first() else { return nil }
        let session = try JoinedModels.model(UserSession.self, from: row)
        // Only a session that names an account reads one: a row that does not decode is an error, never "no account".
        session.$member.value = try session.$member.id.map { _ in try JoinedModels.model(Member.self, from: row) }
        session.$staffUser.value = try session.$staffUser.id.map { _ in try JoinedModels.model(StaffUser.self, from: row) }
        return session
    }

    private static let withAccountRead = StatementText {
        """
        SELECT \(unsafeRaw: [JoinedModels.columns(of: UserSession.self), JoinedModels.columns(of: Member.self),
            JoinedModels.columns(of: StaffUser.self)].joined(separator: ", "))
        FROM \(ident: UserSession.schema)
        LEFT JOIN \(ident: Member.schema) ON \(ident: Member.schema).id = \(ident: UserSession.schema).member_id
        LEFT JOIN \(ident: StaffUser.schema) ON \(ident: StaffUser.schema).id = \(ident: UserSession.schema).staff_user_id
        WHERE \(ident: UserSession.schema).id = \(bind: "")
        """
    }
}

extension Request {
    /// Starts a new session (a new random token: the id is rotated at every sign-in step),
    /// replacing `old`, and sets its cookie on the response; `event` (the sign-in, say) is
    /// recorded in the same transaction.
    /// A finished sign-in also records the browser; one the account has not used is announced
    /// to a member by e-mail unless `announcingNewBrowser` is false.
    func startSession(
        memberID: UUID?, staffUserID: UUID?, stage: UserSession.Stage, replacing old: UserSession?, response: Response,
        recording event: AuditEntry?, announcingNewBrowser: Bool = true, resumingAt resumePath: String? = nil
    ) async throws -> UserSession {
        let token = RandomToken.make()
        let session = UserSession(
            tokenHash: RandomToken.sha256Hex(token), memberID: memberID, staffUserID: staffUserID, stage: stage,
            csrfToken: RandomToken.make(), now: now)
        session.clientAddress = clientAddress
        if stage == .signedIn { session.reauthenticatedAt = now }
        session.userAgent = userAgent.map { String($0.prefix(300)) }
        session.resumePath = resumePath
        // A second factor half set up carries over only within one account: a session that
        // belonged to someone else (signed in on a shared computer) hands nothing on.
        if let old, old.$member.id == memberID, old.$staffUser.id == staffUserID, memberID != nil || staffUserID != nil {
            session.pendingTOTPSecret = old.pendingTOTPSecret
        }
        let config = portal.config
        let idleCutoff = now.addingTimeInterval(-max(config.memberSession.idleTimeout, config.staffSession.idleTimeout))
        let lifetimeCutoff = now.addingTimeInterval(-config.memberSession.absoluteLifetime)
        let recorded = try await db.transaction { database in
            if let old { try await old.delete(on: database) }
            // Sessions abandoned without signing out would otherwise stay in the table forever.
            try await UserSession.query(on: database)
                .group(.or) { $0.filter(\.$lastSeenAt < idleCutoff).filter(\.$createdAt < lifetimeCutoff) }
                .delete()
            try await session.create(on: database)
            if stage == .signedIn, let owner = memberID.map(AccountOwner.member) ?? staffUserID.map(AccountOwner.staff) {
                try await KnownBrowsers.signedIn(
                    owner, announce: announcingNewBrowser, request: self, response: response, on: database)
            }
            guard let event else { return false }
            return try await self.portal.audit.record(event, at: session.createdAt, on: database)
        }
        if recorded { await chainRecordedAuditEvents() }
        response.cookies[sessionCookieName] = HTTPCookies.Value(
            string: token, expires: nil, maxAge: nil, domain: nil, path: "/",
            isSecure: portal.config.usesHTTPS, isHTTPOnly: true, sameSite: .lax)
        return session
    }
}
