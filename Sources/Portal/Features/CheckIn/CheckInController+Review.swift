import Foundation
import PortalCore
import PortalRecord
import Vapor

/// The allergies and medicines step: the active ones on file that this viewer may see, each
/// confirmed or corrected with a note; the record itself is not changed. The patient's own
/// review, from their account, is kept apart from the family's (`Visit.reviewKey`).
extension CheckInController {
    /// What this viewer is shown to review now, with their earlier answers carried over.
    func reviewListing(_ req: Request, _ visit: Visit) async throws -> CheckInRecordReview {
        let record = req.record(of: visit.authorized)
        let allergies = try await record.allergies().filter { $0.clinicalStatus == "active" }.map {
            CheckInRecordReview.Entry(
                kind: .allergy, itemID: $0.id, name: $0.substance,
                detail: $0.reactions.split(separator: "\n").joined(separator: ", "), sensitivity: $0.sensitivity.storageValue)
        }
        let medicines = try await record.medications().filter { $0.status == "active" }.map {
            CheckInRecordReview.Entry(
                kind: .medication, itemID: $0.id, name: $0.name, detail: $0.dose ?? "",
                sensitivity: $0.sensitivity.storageValue)
        }
        let listing = CheckInRecordReview(entries: allergies + medicines)
        guard let earlier = try savedReview(visit) else { return listing }
        return listing.answered(from: earlier)
    }

    func savedReview(_ visit: Visit) throws -> CheckInRecordReview? {
        try visit.steps[visit.reviewKey].map {
            try JSONDecoder().decode(CheckInRecordReview.self, from: Data($0.content.utf8))
        }
    }

    func reviewPage(
        _ req: Request, _ visit: Visit, review: CheckInRecordReview,
        problems: [CheckInRecordReview.Place: CheckInRecordReview.Problem] = [:], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let (patientRef, appointmentRef) = visit.ref
        let model = CheckInPages.ReviewModel(
            visit: DateText.dateTime(visit.appointment.start, in: req.hospitalTimeZone, language: req.language),
            patientName: visit.authorized.patient.shownName, hubLink: Routes.patientCheckIn(patientRef, appointmentRef),
            action: Routes.saveCheckInReview(patientRef, appointmentRef),
            review: review, problems: problems)
        return CheckInPages.review(model, context: try await req.pageContext(patientInView: visit.authorized))
            .response(status: status)
    }

    func saveReview(_ req: Request, _ visit: Visit) async throws -> Response {
        guard let form = try? req.content.decode([String: String].self) else { throw PortalError.badRequest }
        // The list is read again here, as this viewer may see it: an id the form names that is
        // not on it (another patient's, a hidden one) is not taken from the form.
        let (review, problems) = try await reviewListing(req, visit).reading(form)
        guard problems.isEmpty else {
            return try await reviewPage(req, visit, review: review, problems: problems, status: .unprocessableEntity)
        }
        let content = String(decoding: try JSONEncoder().encode(review), as: UTF8.self)
        // The patient's own review keeps a finished check-in finished: a parent never sees it come and go.
        try await save(req, visit, step: visit.reviewKey, content: content, reopens: !visit.byPatient)
        return req.redirect(to: Routes.patientCheckIn(visit.ref.0, visit.ref.1), redirectType: .normal)
    }
}
