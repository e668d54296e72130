import Fluent
import Foundation
import PortalCore
import PortalRecord
import SQLKit

/// The hospital's video platform, configured per department, never built here: a room
/// address made from the department's template and the visit's unguessable room, and the
/// guests' single-use links.
enum VideoRooms {
    static let maxGuestsPerVisit = 3

    /// The room's address, or nil when the department has no video platform set up.
    static func roomURL(for appointment: some VideoVisit, in department: Department) -> String? {
        guard let template = department.videoURLTemplate, template.contains(VideoRoomTemplate.placeholder),
            let room = appointment.videoRoom
        else { return nil }
        return template.replacingOccurrences(of: VideoRoomTemplate.placeholder, with: room)
    }

    static func window(of appointment: some VideoVisit, config: PortalConfig) -> VisitWindow {
        VisitWindow(start: appointment.start, end: appointment.end, lead: config.videoJoinLead)
    }

    /// The visit's window, closed for good once the visit is cancelled or missed.
    static func state(of appointment: some VideoVisit, config: PortalConfig, at now: Date) -> VisitWindow.State {
        guard appointment.isActive else { return .ended }
        return window(of: appointment, config: config).state(at: now)
    }

    /// The guest links of one visit, oldest first.
    /// The guest links of a visit this family member may see: a teen's private guest is not
    /// named to their parents.
    static func guests(
        of appointmentID: UUID, visibleTo authorized: AuthorizedPatient, on db: any Database
    ) async throws -> [VisitGuestPass] {
        if case .staff = authorized.level { return [] }
        return try await VisitGuestPass.query(on: db).filter(\.$appointmentID == appointmentID)
            .filter(\.$sensitivityValue ~~ authorized.access.visibleStorageValues).sort(\.$createdAt).all()
    }

    enum GuestRefusal: Error {
        case notVideo
        case over
        case tooMany
    }

    /// Makes the link whose secret is the form's key, or finds the one that key already
    /// made, so a reload or a double click shows the same link instead of making another.
    static func makeGuestPass(
        token: String, name: String, label: Sensitivity, appointment: Appointment, memberID: UUID, config: PortalConfig,
        now: Date, on db: any Database
    ) async throws -> (pass: VisitGuestPass, isNew: Bool) {
        let hash = RandomToken.sha256Hex(token)
        if let existing = try await VisitGuestPass.query(on: db).filter(\.$tokenHash == hash).first() {
            guard existing.appointmentID == appointment.id else { throw GuestRefusal.over }
            return (existing, false)
        }
        guard appointment.isVideo else { throw GuestRefusal.notVideo }
        if case .ended = state(of: appointment, config: config, at: now) { throw GuestRefusal.over }
        // Counted among the links of the same audience, so a refusal never tells a parent of a
        // teen's private guests.
        let live = try await VisitGuestPass.query(on: db).filter(\.$appointmentID == appointment.id)
            .filter(\.$sensitivityValue == label.storageValue).filter(\.$revokedAt == nil).filter(\.$usedAt == nil).count()
        guard live < maxGuestsPerVisit else { throw GuestRefusal.tooMany }
        let pass = VisitGuestPass()
        pass.appointmentID = appointment.id
        pass.tokenHash = hash
        pass.guestName = name
        pass.$createdBy.id = memberID
        pass.sensitivityValue = label.storageValue
        pass.createdAt = now
        try await pass.create(on: db)
        return (pass, true)
    }

    /// Marks the link used if nobody used it first; false when another tab or device won.
    static func claim(_ pass: VisitGuestPass, at now: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let claimed = try await sql.update(VisitGuestPass.schema).set("used_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(try pass.requireID())).where("used_at", .is, SQLLiteral.null)
            .where("revoked_at", .is, SQLLiteral.null)
            .returning("id").all()
        return claimed.count == 1
    }

    /// Revokes the link unless it was revoked already; true for the one call that did.
    static func revoke(_ passID: UUID, at now: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let revoked = try await sql.update(VisitGuestPass.schema).set("revoked_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(passID)).where("revoked_at", .is, SQLLiteral.null)
            .returning("id").all()
        return revoked.count == 1
    }

    /// The guest's display name: one line, no control characters, at most 60 characters.
    static func guestName(_ typed: String?) -> String? {
        let cleaned = FormText.line(typed)
        guard !cleaned.isEmpty, cleaned.count <= 60 else { return nil }
        return cleaned
    }
}

/// What the video room needs of a visit: the family's appointment, or the guest's narrow view of it.
protocol VideoVisit {
    var start: Date { get }
    var end: Date { get }
    var isActive: Bool { get }
    var videoRoom: String? { get }
}

extension Appointment: VideoVisit {}
extension GuestVisits.Visit: VideoVisit {}
