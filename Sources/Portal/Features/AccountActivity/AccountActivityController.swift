import Fluent
import Foundation
import PortalCore
import Vapor

/// A member's own recent activity, read from the audit trail: sign-ins with where and on
/// what, second-factor changes, and the records viewed. If something was not them, one
/// button tells HIM.
struct AccountActivityController: RouteCollection {
    static let shownEvents = 60

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.accountActivity) { req in try await page(req) }
        routes.on(Routes.accountReport) { req in try await report(req) }
        routes.on(Routes.endAccountSession) { req in try await endSession(req) }
    }

    /// Names a session on the page without giving out its stored id.
    static func handle(of session: UserSession) -> String {
        String(RandomToken.sha256Hex("session-handle:" + (session.id ?? "")).prefix(24))
    }

    private func sessions(of member: Member, _ req: Request) async throws -> [AccountActivityPage.Session] {
        let currentID = req.currentSession?.session.id
        return try await UserSession.query(on: req.db).filter(\.$member.$id == member.requireID())
            .filter(\.$stage == .signedIn).sort(\.$lastSeenAt, .descending).all()
            .map { session in
                AccountActivityPage.Session(
                    handle: Self.handle(of: session),
                    device: BrowserDescription.of(userAgent: session.userAgent).map {
                        Strings.accountActivity.device($0.browser, $0.system)
                    },
                    address: session.clientAddress ?? "",
                    signedIn: DateText.dateTime(session.createdAt, in: req.hospitalTimeZone, language: req.language),
                    lastActive: DateText.dateTime(session.lastSeenAt, in: req.hospitalTimeZone, language: req.language),
                    isCurrent: session.id == currentID)
            }
    }

    /// Ends one of the member's sessions; this browser's own goes back to the sign-in page.
    func endSession(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        let handle = (try? req.content.get(String.self, at: "session")) ?? ""
        let ended = try await req.auditedChange { change -> UserSession? in
            let own = try await UserSession.query(on: change.db).filter(\.$member.$id == member.requireID()).all()
            guard let session = own.first(where: { Self.handle(of: $0) == handle }) else { return nil }
            try await session.delete(on: change.db)
            try await change.audit(.sessionEnded, .success)
            return session
        }
        guard let ended else { return .redirect(to: Routes.accountActivity()) }
        if ended.id == req.currentSession?.session.id {
            let response = Response.redirect(to: Routes.signIn() + "?signed_out=1")
            response.cookies[req.sessionCookieName] = .expired
            return response
        }
        return .redirect(to: Routes.accountActivity() + "?ended=1")
    }

    func page(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        let entries = try await AccountActivity.recent(for: member, req, limit: Self.shownEvents)
        let reported = (try? req.query.get(String.self, at: "reported")) == "1"
        let page = AccountActivityPage.render(
            .init(
                entries: entries, reported: reported, contact: req.portal.config.himContact,
                sessions: try await sessions(of: member, req), sessionEnded: req.query[String.self, at: "ended"] == "1"),
            context: try await req.pageContext())
        return page.response()
    }

    func report(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        let memberID = try member.requireID()
        // One open report is enough for HIM to act; pressing again does not pile them up.
        let now = req.now
        try await req.auditedChange { change in
            // Counted and added under the member's lock: two presses at once make one report.
            try await TransactionLock.take("account-report:\(memberID.uuidString)", on: change.db)
            let open = try await AccountReport.query(on: change.db).filter(\.$member.$id == memberID)
                .filter(\.$closedAt == nil).count()
            if open == 0 { try await AccountReport(memberID: memberID, reportedAt: now).create(on: change.db) }
            try await PendingAccountLinks.cancel(for: memberID, at: now, on: change.db)
            try await change.audit(.accountReported, .success, subject: .member(memberID))
        }
        return .redirect(to: Routes.accountActivity() + "?reported=1")
    }
}

/// The audit trail of one member, as lines a person can read.
enum AccountActivity {
    static let actions: [AuditEntry.Action] = [
        .signIn, .signInSecondFactor, .signOut, .signOutEverywhere, .passwordChanged, .passwordResetRequested,
        .passwordResetSecondFactor, .passwordReset, .secondFactorEnabled, .secondFactorRemoved, .recoveryCodesReplaced,
        .reauthenticated, .sessionEnded, .emailCodeSent, .emailChangeRequested, .emailChanged,
        .recoveryCodeUsed, .patientView, .documentList, .documentView, .accessOverviewView, .invitationActivated,
        .accountReported, .accountLocked, .accountUnlocked, .appAuthorized, .appDisconnected, .appRead,
    ]

    static func recent(for member: Member, _ req: Request, limit: Int) async throws -> [AccountActivityPage.Entry] {
        // An app's run of reads is one line: read enough events to fill the lines asked for.
        let events = try await events(of: try member.requireID(), on: req.db, limit: limit * 10)
        // Names only of records the member may still see; the others are described, not named.
        let visible = try await req.patientsVisibleToMember(member)
        let names = Dictionary(uniqueKeysWithValues: visible.map { ($0.id.uuidString.lowercased(), $0.patient.shownName) })
        return Array(entries(events, names: names, apps: try await appNames(in: events, on: req.db), req).prefix(limit))
    }

    /// The names of the apps the events name, by their subject text (`app:<id>`).
    static func appNames(in events: [AuditEvent], on db: any Database) async throws -> [String: String] {
        let ids = Set(
            events.compactMap { $0.subject?.hasPrefix("app:") == true ? UUID(uuidString: String($0.subject!.dropFirst(4))) : nil }
        )
        guard !ids.isEmpty else { return [:] }
        let apps = try await SMARTApp.query(on: db).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: apps.map { (AuditSubject.app($0.id!).text, $0.name) })
    }

    static func events(of memberID: UUID, on db: any Database, limit: Int) async throws -> [AuditEvent] {
        try await AuditEvent.query(on: db)
            .filter(\.$actorID == memberID.uuidString.lowercased())
            .filter(\.$actorKind == AuditEntry.ActorKind.member.rawValue)
            .filter(\.$action ~~ actions.map(\.rawValue))
            .sort(\.$id, .descending).limit(limit).all()
    }

    static func entries(
        _ events: [AuditEvent], names: [String: String], apps: [String: String], _ req: Request
    ) -> [AccountActivityPage.Entry] {
        // An app reads a record in bursts of requests: one line for each run of them.
        var runs: [(event: AuditEvent, times: Int)] = []
        for event in events {
            if event.action == AuditEntry.Action.appRead.rawValue, let last = runs.last,
                last.event.action == event.action, last.event.subject == event.subject,
                last.event.patientID == event.patientID, last.event.outcome == event.outcome
            {
                runs[runs.count - 1].times += 1
            } else {
                runs.append((event, 1))
            }
        }
        return runs.compactMap { event, times in
            guard let action = AuditEntry.Action(rawValue: event.action),
                let outcome = AuditEntry.Outcome(rawValue: event.outcome)
            else { return nil }
            let instant = Date(timeIntervalSince1970: Double(event.occurredAtMilliseconds) / 1000)
            let device = BrowserDescription.of(userAgent: event.userAgent)
            let patientName = event.patientID.flatMap { names[$0] }
            let what: LocalizedText
            if let app = event.subject.flatMap({ apps[$0] }) {
                what = Strings.accountActivity.describeApp(
                    action, outcome, AccountActivityText.AppUse(app: app, patientName: patientName, times: times))
            } else {
                what = Strings.accountActivity.describe(action, outcome, patientName, event.patientID != nil)
            }
            return AccountActivityPage.Entry(
                when: DateText.dateTime(instant, in: req.hospitalTimeZone, language: req.language),
                what: what,
                address: event.clientAddress ?? "",
                device: device.map { Strings.accountActivity.device($0.browser, $0.system) },
                isWarning: outcome != .success)
        }
    }
}
