import Foundation
import PortalCore
import Vapor

/// The insurance step: whether the child is insured, the payer and member id, and a photo of
/// each side of the card, sealed by the document vault like an identity document. The
/// patient's own answer, from their account, is kept apart from the family's (`Visit.insuranceKey`).
extension CheckInController {
    struct InsuranceForm: Content {
        var coverage: String?
        var payer: String?
        var memberID: String?
        var groupNumber: String?
        var frontPhoto: File?
        var backPhoto: File?

        enum CodingKeys: String, CodingKey {
            case coverage, payer
            case memberID = "member_id"
            case groupNumber = "group_number"
            case frontPhoto = "front_photo"
            case backPhoto = "back_photo"
        }

        func photo(_ side: CheckInInsurance.Side) -> File? {
            // A file input left empty sends a part with no name and no bytes.
            guard let file = side == .front ? frontPhoto : backPhoto, !file.filename.isEmpty || file.data.readableBytes > 0
            else { return nil }
            return file
        }
    }

    func savedInsurance(_ visit: Visit) throws -> CheckInInsurance? {
        try visit.steps[visit.insuranceKey].map {
            try JSONDecoder().decode(CheckInInsurance.self, from: Data($0.content.utf8))
        }
    }

    func insurancePage(
        _ req: Request, _ visit: Visit, insurance: CheckInInsurance,
        problems: [CheckInInsurance.Field: CheckInInsurance.Problem] = [:], choseFiles: Bool = false,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let (patientRef, appointmentRef) = visit.ref
        let locked = visit.isPatientsOwn(visit.insuranceKey)
        let saved = locked ? nil : try savedInsurance(visit)
        let model = CheckInPages.InsuranceModel(
            visit: DateText.dateTime(visit.appointment.start, in: req.hospitalTimeZone, language: req.language),
            patientName: visit.authorized.patient.shownName, hubLink: Routes.patientCheckIn(patientRef, appointmentRef),
            action: Routes.saveCheckInInsurance(patientRef, appointmentRef),
            insurance: locked ? CheckInInsurance() : insurance, problems: problems,
            savedPhotos: Set(CheckInInsurance.Side.allCases.filter { saved?.photo($0) != nil }),
            choseFiles: choseFiles, ownAccount: visit.byPatient, isMinor: visit.patientAge < AgeBand.adultFrom,
            locked: locked ? Strings.checkIn.stepLocked(visit.authorized.patient.shownName)(req.language) : nil)
        return CheckInPages.insurance(model, context: try await req.pageContext(patientInView: visit.authorized))
            .response(status: status)
    }

    func saveInsurance(_ req: Request, _ visit: Visit) async throws -> Response {
        guard !visit.isPatientsOwn(visit.insuranceKey) else { throw PortalError.forbidden }
        guard let form = try? req.content.decode(InsuranceForm.self) else { throw PortalError.badRequest }
        let saved = try savedInsurance(visit)
        var typed = CheckInInsurance()
        typed.coverage = form.coverage.flatMap(CheckInInsurance.Coverage.init(rawValue:))
        typed.payer = form.payer ?? ""
        typed.memberID = form.memberID ?? ""
        typed.groupNumber = form.groupNumber ?? ""
        let choseFiles = form.photo(.front) != nil || form.photo(.back) != nil
        // The typed fields first: a form refused for them costs no sealing of photos.
        var trial = typed
        for side in CheckInInsurance.Side.allCases where form.photo(side) != nil || saved?.photo(side) != nil {
            trial.setPhoto(side, UUID())
        }
        let (insurance, textProblems) = trial.checked()
        guard textProblems.isEmpty else {
            return try await insurancePage(
                req, visit, insurance: typed, problems: textProblems, choseFiles: choseFiles, status: .unprocessableEntity)
        }
        var newPhotos: [CheckInInsurance.Side: StoredDocument] = [:]
        var photoProblems: [CheckInInsurance.Field: CheckInInsurance.Problem] = [:]
        for side in CheckInInsurance.Side.allCases where insurance.coverage == .insured {
            guard let file = form.photo(side) else { continue }
            let field: CheckInInsurance.Field = side == .front ? .frontPhoto : .backPhoto
            switch Self.sealPhoto(file, vault: req.portal.documents) {
            case .success(let document): newPhotos[side] = document
            case .failure(let problem): photoProblems[field] = problem
            }
        }
        guard photoProblems.isEmpty else {
            return try await insurancePage(
                req, visit, insurance: typed, problems: photoProblems, choseFiles: choseFiles, status: .unprocessableEntity)
        }
        let (appointmentID, patientID, memberID, byPatient, now, key) = (
            visit.appointment.id, visit.authorized.id, visit.memberID, visit.byPatient, req.now, visit.insuranceKey
        )
        let sealed = newPhotos
        do {
            let stored = try await req.auditedChange { change in
                let stored = try await CheckIns(db: change.db, now: now).saveInsurance(
                    insurance, step: key, newPhotos: sealed, appointmentID: appointmentID, patientID: patientID,
                    memberID: memberID, byPatient: byPatient)
                try await change.audit(
                    .checkInSaved, stored.saved ? .success : .denied, patientID: patientID,
                    subject: .appointment(appointmentID))
                if stored.deletedPhotos > 0 {
                    try await change.audit(
                        .insuranceCardDeleted, .success, patientID: patientID, subject: .appointment(appointmentID))
                }
                return stored.saved
            }
            guard stored else { throw PortalError.forbidden }
        } catch CheckIns.InsuranceRefusal.photoGone {
            var missing = insurance
            for side in CheckInInsurance.Side.allCases where sealed[side] == nil { missing.setPhoto(side, nil) }
            return try await insurancePage(
                req, visit, insurance: missing, problems: missing.checked().problems, choseFiles: choseFiles,
                status: .conflict)
        }
        return req.redirect(to: Routes.patientCheckIn(visit.ref.0, visit.ref.1), redirectType: .normal)
    }

    /// A photo of the card, sealed: a JPEG, PNG or HEIC (not a PDF, whose content the vault
    /// keeps as sent), its size checked before its bytes are copied.
    private static func sealPhoto(_ file: File, vault: DocumentVault) -> Result<StoredDocument, CheckInInsurance.Problem> {
        guard file.data.readableBytes <= UploadedFileKind.maxBytes else { return .failure(.photoTooLarge) }
        let bytes = Array(file.data.readableBytesView)
        guard let kind = UploadedFileKind.detect(bytes), kind != .pdf else { return .failure(.photoNotAnImage) }
        do {
            return .success(try vault.seal(bytes, purpose: .insuranceCard))
        } catch let refusal as DocumentVault.Refusal {
            switch refusal {
            case .empty, .unreadableImage: return .failure(.photoUnreadable)
            case .tooLarge: return .failure(.photoTooLarge)
            case .unsupportedKind: return .failure(.photoNotAnImage)
            }
        } catch {
            return .failure(.photoUnreadable)
        }
    }
}
