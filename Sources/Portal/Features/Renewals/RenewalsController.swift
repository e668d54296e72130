import Fluent
import Foundation
import PortalCore
import PortalRecord
import Vapor

/// A family's renewal requests: the form from a medicine on the list, sending it to the
/// prescriber's care team, and the request's page. Every route goes through the access policy's
/// door, and every medicine through the patient's record as the viewer may see it.
struct RenewalsController: RouteCollection {
    struct RenewalForm: Content {
        var pharmacy: String?
        var newPharmacy: String?
        var daysLeft: String?
        var comment: String?
        var key: String?

        enum CodingKeys: String, CodingKey {
            case pharmacy, comment, key
            case newPharmacy = "new_pharmacy"
            case daysLeft = "days_left"
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientMedicationRenewal) { req, authorized in
            let medication = try await visibleMedication(req, authorized)
            var values = RenewalFormPage.Values()
            values.key = RandomToken.make()
            return try await formPage(req, authorized, medication, values: values, problems: .init())
        }
        routes.on(Routes.requestRenewal) { req, authorized in try await create(req, authorized) }
        routes.on(Routes.patientRenewal) { req, authorized in
            try await show(req, authorized)
        }
    }

    func visibleMedication(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Medication {
        guard let id = req.id(of: Medication.self),
            let medication = try await req.record(of: authorized).medication(id)
        else { throw PortalError.notFound }
        return medication
    }

    /// Why the medicine cannot be asked for, with where to go instead; nil when it can.
    static func refusal(
        _ medication: Medication, careTeam: CareTeam?, _ authorized: AuthorizedPatient, on db: any Database
    ) async throws -> RenewalFormPage.State? {
        let words = Strings.renewals
        let open = try await Renewals.openRequest(for: medication.id, visibleTo: authorized, on: db)
        let shownTeam = careTeam.flatMap { authorized.access.canSee($0.nameLabel) ? $0 : nil }
        let message = (
            words.writeMessage, Routes.patientCompose(authorized.ref).query(["to": shownTeam?.id?.uuidString.lowercased()])
        )
        switch RenewalEligibility.of(
            status: medication.status, renewableThroughPortal: medication.renewableThroughPortal, hasOpenRequest: open != nil)
        {
        case .notActive: return .refused(words.notActive, link: message)
        case .notRenewableHere: return .refused(words.notRenewableHere, link: message)
        case .alreadyRequested:
            return .refused(
                words.alreadyRequested, link: open.map { (words.seeRequest, Routes.patientRenewal(authorized.ref, $0.ref)) })
        case .allowed:
            return careTeam == nil ? .refused(words.noCareTeam, link: nil) : nil
        }
    }

    func formPage(
        _ req: Request, _ authorized: AuthorizedPatient, _ medication: Medication, values: RenewalFormPage.Values,
        problems: RenewalFormPage.Problems, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let language = req.language
        let careTeam = try await Renewals.careTeam(for: medication, patientID: authorized.id, on: req.db)
        var state = try await Self.refusal(medication, careTeam: careTeam, authorized, on: req.db)
        var responseStatus = status
        if let careTeam, state == nil {
            let today = LocalDate(req.now, in: req.hospitalTimeZone)
            let due = careTeam.promise.dueDate(sentOn: today, calendar: req.portal.config.calendar)
            state = .form(
                action: Routes.patientMedicationRenewal(authorized.ref, medication.ref),
                intro: Strings.renewals.intro(
                    authorized.access.canSee(careTeam.nameLabel)
                        ? careTeam.name(language) : Strings.renewals.prescribersTeam(language),
                    careTeam.responseBusinessDays,
                    DateText.weekdayAndDate(due, language: language)),
                pharmacies: try await req.record(of: authorized).pharmacies(), values: values, problems: problems)
        } else if status == .unprocessableEntity {
            responseStatus = .conflict
        }
        let model = RenewalFormPage.Model(
            medicine: medication.name, patientName: authorized.patient.shownName,
            backLink: Routes.patientMedications(authorized.ref), state: state ?? .refused(Strings.renewals.noCareTeam, link: nil),
            offersSharing: SharingChoice.isOffered(to: authorized, req))
        return RenewalFormPage.render(model, context: try await req.pageContext(patientInView: authorized))
            .response(status: responseStatus)
    }

    func create(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let member = try req.signedInMember()
        let medication = try await visibleMedication(req, authorized)
        guard let form = try? req.content.decode(RenewalForm.self), let key = form.key, ThreadsController.isSubmissionKey(key)
        else { throw PortalError.badRequest }
        let values = RenewalFormPage.Values(
            pharmacy: form.pharmacy ?? "", newPharmacy: form.newPharmacy ?? "", daysLeft: form.daysLeft ?? "",
            comment: form.comment ?? "", key: key, share: SharingChoice.isShared(req))
        let careTeam = try await Renewals.careTeam(for: medication, patientID: authorized.id, on: req.db)
        if try await Self.refusal(medication, careTeam: careTeam, authorized, on: req.db) != nil || careTeam == nil {
            // An earlier copy of this very form may be what is now open: then this is its repeat.
            if let earlier = try await RenewalRequest.query(on: req.db).filter(\.$submissionKey == key).first(),
                earlier.$patient.id == authorized.id
            {
                return req.redirect(to: Routes.patientRenewal(authorized.ref, earlier.ref), redirectType: .normal)
            }
            return try await formPage(req, authorized, medication, values: values, problems: .init(), status: .conflict)
        }
        let words = Strings.renewals
        var problems = RenewalFormPage.Problems()
        let known = try await req.record(of: authorized).pharmacies()
        var pharmacy = ""
        if values.pharmacy == RenewalFormPage.otherPharmacy {
            pharmacy = FormText.line(values.newPharmacy)
            if pharmacy.isEmpty { problems.newPharmacy = words.pharmacyNeeded }
            if pharmacy.count > 200 { problems.newPharmacy = words.pharmacyTooLong }
        } else if known.contains(values.pharmacy) {
            pharmacy = values.pharmacy
        } else {
            problems.pharmacy = words.choosePharmacy
        }
        let days = Int(values.daysLeft.trimmingCharacters(in: .whitespaces))
        if days.map({ !(0...90).contains($0) }) ?? true { problems.daysLeft = words.daysInvalid }
        let comment = FormText.cleaned(values.comment)
        if comment.count > 500 { problems.comment = words.commentTooLong }
        guard problems.isEmpty, let days, let careTeam else {
            return try await formPage(
                req, authorized, medication, values: values, problems: problems, status: .unprocessableEntity)
        }
        let request = RenewalRequest(
            patientID: authorized.id, medicationID: medication.id, memberID: try member.requireID(),
            careTeamID: try careTeam.requireID(),
            sensitivity: SharingChoice.audienceLabel(about: medication.sensitivity, authorized, req).storageValue,
            medicineName: medication.name,
            pharmacy: pharmacy, daysLeft: days,
            comment: comment.isEmpty ? nil : comment, submissionKey: key, at: req.now)
        switch try await Renewals.submit(request, for: req) {
        case .stored(let stored, _):
            return req.redirect(
                to: Routes.patientRenewal(authorized.ref, stored.ref) + "?sent=1", redirectType: .normal)
        case .alreadyOpen:
            return try await formPage(req, authorized, medication, values: values, problems: .init(), status: .conflict)
        }
    }

    func show(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let id = req.id(of: RenewalRequest.self),
            let request = try await Renewals.forFamily(id, of: authorized, on: req.db),
            let medication = try await req.record(of: authorized).medication(request.medicationID)
        else { throw PortalError.notFound }
        let model = RenewalPageModel.make(
            request, medication: medication, req, authorized,
            flash: req.query[String.self, at: "sent"] == "1" ? Strings.renewals.sent : nil)
        return RenewalPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }
}
