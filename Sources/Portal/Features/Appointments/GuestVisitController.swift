import Fluent
import Foundation
import PortalCore
@_spi(GuestPass) import PortalRecord
import Vapor

/// A guest's link to a video visit and the camera check. The link needs no account: it is
/// the secret, works once, only inside the visit's window, and not after the family cancels
/// it. Every try is audited against the patient, admitted or not.
struct GuestVisitController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.guestVisit) { req in try await visit(req) }
        routes.on(Routes.videoCheck) { req in
            VideoCheckPage.render(context: try await req.pageContext()).response()
        }
    }

    func visit(_ req: Request) async throws -> Response {
        let words = Strings.appointments
        guard let token = req.token(GuestToken.self)?.value, ThreadsController.isSubmissionKey(token),
            let pass = try await VisitGuestPass.query(on: req.db).filter(\.$tokenHash == RandomToken.sha256Hex(token)).first(),
            let appointment = try await GuestVisits.visit(pass.appointmentID, on: req.db)
        else {
            return GuestVisitPage.render(message: words.guestUnknown, context: try await req.pageContext())
                .response(status: .notFound)
        }
        let passID = try pass.requireID()
        let window = VideoRooms.window(of: appointment, config: req.portal.config)
        var answer = GuestPass(window: window, usedAt: pass.usedAt, revokedAt: pass.revokedAt).answer(at: req.now)
        if !appointment.isActive, answer == .admit { answer = .ended }
        // The link is the maker's to give only while the maker may still see the visit: not
        // even the visit's time is told once they may not.
        switch answer {
        case .admit, .notYet:
            if try await !makerMayStillSee(appointment, pass, req) { answer = .revoked }
        case .ended, .alreadyUsed, .revoked:
            break
        }
        let roomURL = VideoRooms.roomURL(for: appointment, in: appointment.department)
        let (now, considered) = (req.now, answer)
        // The link's single use and its audit event are one transaction.
        answer = try await req.auditedChange { change in
            var answer = considered
            if answer == .admit, roomURL != nil, try await !VideoRooms.claim(pass, at: now, on: change.db) {
                answer = .alreadyUsed
            }
            try await change.audit(
                .guestPassUsed, answer == .admit && roomURL != nil ? .success : .denied, patientID: appointment.patientID,
                actorKind: .anonymous, subject: .guestPass(passID))
            return answer
        }
        let admitted = answer == .admit && roomURL != nil
        if admitted, let roomURL { return req.redirect(to: roomURL, redirectType: .normal) }
        let message: LocalizedText
        let status: HTTPResponseStatus
        switch answer {
        case .admit:
            (message, status) = (words.notConfigured, .conflict)
        case .notYet(let opensAt):
            let time = DateText.dateTime(opensAt, in: req.hospitalTimeZone, language: req.language)
            (message, status) = (
                words.joinNotYet("\(time) \(DateText.zoneName(req.hospitalTimeZone, language: req.language))"), .conflict
            )
        case .ended:
            (message, status) = (words.visitEnded, .gone)
        case .alreadyUsed:
            (message, status) = (words.guestUsedUp, .gone)
        case .revoked:
            (message, status) = (words.guestCancelled, .gone)
        }
        return GuestVisitPage.render(message: message, context: try await req.pageContext()).response(status: status)
    }

    private func makerMayStillSee(_ visit: GuestVisits.Visit, _ pass: VisitGuestPass, _ req: Request) async throws -> Bool {
        let maker = try await AccessHolder.one(
            pass.$createdBy.id, ofPatient: visit.patientID, on: req.db, at: req.now, in: req.hospitalTimeZone)
        return maker?.access.canSee(visit.sensitivity) ?? false
    }
}
