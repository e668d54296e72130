import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// Families' requests to the schedulers: storing one once however often it is sent, and
/// finding them again for the family (through the access decision) and for the queue.
enum SchedulingRequests {
    /// The open cancellation request of an appointment that this viewer may see, if one was
    /// sent: a teen's private request does not tell a parent that the teen asked.
    static func openCancellation(
        of appointmentID: UUID, visibleTo authorized: AuthorizedPatient, on db: any Database
    ) async throws -> SchedulingRequest? {
        guard let query = familyView(authorized, on: db) else { return nil }
        return try await query.filter(\.$appointmentID == appointmentID).filter(\.$kind == .cancellation)
            .filter(\.$status == .open).first()
    }

    /// Which of these appointments have an open cancellation request this viewer may see, in one query.
    static func withOpenCancellation(
        _ appointmentIDs: [UUID], visibleTo authorized: AuthorizedPatient, on db: any Database
    ) async throws -> Set<UUID> {
        guard !appointmentIDs.isEmpty, let query = familyView(authorized, on: db) else { return [] }
        let requests = try await query.filter(\.$appointmentID ~~ appointmentIDs)
            .filter(\.$kind == .cancellation).filter(\.$status == .open).all()
        return Set(requests.compactMap { $0.appointmentID })
    }

    /// The newest interpreter request of an appointment that this viewer may see.
    static func interpreterRequest(
        of appointmentID: UUID, visibleTo authorized: AuthorizedPatient, on db: any Database
    ) async throws -> SchedulingRequest? {
        guard let query = familyView(authorized, on: db) else { return nil }
        return try await query.filter(\.$appointmentID == appointmentID).filter(\.$kind == .interpreter)
            .sort(\.$createdAt, .descending).first()
    }

    /// Stores the request unless its submission key already made one, which is returned
    /// instead: a double click, a reload or a retry makes one request. A race between two
    /// copies ends at the unique index.
    /// The new request and its audit event are one transaction.
    static func submit(_ request: SchedulingRequest, for req: Request) async throws -> (
        request: SchedulingRequest, isNew: Bool
    ) {
        if let earlier = try await byKey(request.submissionKey, on: req.db) { return (earlier, false) }
        do {
            try await req.auditedChange { change in
                try await request.create(on: change.db)
                try await change.audit(
                    .schedulingRequested, .success, patientID: request.$patient.id,
                    subject: .schedulingRequest(request.requireID()))
            }
            return (request, true)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            guard let earlier = try await byKey(request.submissionKey, on: req.db) else { throw PortalError.badRequest }
            return (earlier, false)
        }
    }

    /// Moves a request out of `statuses` if nobody else did first: the one click, of two, that
    /// gets to answer it. False when another got there. `offered` also requires the times the
    /// family chose from to be the ones still offered, so a time from an offer replaced in the
    /// meantime is never booked. `settledAt` is when it left the queue for good, for a move
    /// that records no answer of its own (a withdrawal).
    static func claim(
        _ id: UUID, from statuses: Set<SchedulingRequest.Status>, to next: SchedulingRequest.Status,
        offered: String? = nil, settledAt: Date? = nil, on db: any Database
    ) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        var update = sql.update(SchedulingRequest.schema)
            .set("status", to: SQLBind(next.rawValue))
            .where("id", .equal, SQLBind(id)).where("status", .in, SQLBind.group(statuses.map(\.rawValue)))
        if let settledAt { update = update.set("answered_at", to: SQLBind(settledAt)) }
        if let offered { update = update.where("offered_slots", .equal, SQLBind(offered)) }
        return try await update.returning("id").all().count == 1
    }

    private static func byKey(_ key: String, on db: any Database) async throws -> SchedulingRequest? {
        try await SchedulingRequest.query(on: db).filter(\.$submissionKey == key).first()
    }

    /// A patient's requests for new appointments the viewer may see, newest first: those still
    /// waiting, and those settled (answered or withdrawn) after `settledSince`. Years of old
    /// requests are not read for a list that no longer shows them.
    static func requests(
        of authorized: AuthorizedPatient, settledSince: Date, on db: any Database
    ) async throws -> [SchedulingRequest] {
        guard let query = familyView(authorized, on: db) else { return [] }
        return try await query.filter(\.$kind == .appointment)
            .group(.or) { either in
                // Without a date of settling (withdrawn before withdrawals kept one) a request stays.
                either.filter(\.$status == .open).filter(\.$status == .alternativesOffered)
                    .filter(\.$answeredAt == nil).filter(\.$answeredAt > settledSince)
            }
            .with(\.$department).sort(\.$createdAt, .descending).all()
    }

    static func request(_ id: UUID, of authorized: AuthorizedPatient, on db: any Database) async throws -> SchedulingRequest? {
        guard let query = familyView(authorized, on: db) else { return nil }
        return try await query.filter(\.$id == id).with(\.$department).first()
    }

    /// One request for a scheduler of its department, whatever its label: the label keeps
    /// parents out of a teen's visits, not the department that books them.
    static func requestForScheduling(
        _ id: UUID, of authorized: AuthorizedPatient, departments: [UUID], on db: any Database
    ) async throws -> SchedulingRequest? {
        guard case .staff(.scheduler) = authorized.level else { return nil }
        return try await SchedulingRequest.query(on: db).filter(\.$patient.$id == authorized.id).filter(\.$id == id)
            .filter(\.$department.$id ~~ departments).with(\.$department).with(\.$member).first()
    }

    /// The requests a family member sees: those whose label the policy lets them see. Staff
    /// work requests through their department's queue instead.
    private static func familyView(_ authorized: AuthorizedPatient, on db: any Database) -> QueryBuilder<SchedulingRequest>? {
        if case .staff = authorized.level { return nil }
        return SchedulingRequest.query(on: db).filter(\.$patient.$id == authorized.id)
            .filter(\.$sensitivityValue ~~ authorized.access.visibleStorageValues)
    }
}
