import Foundation
import PortalCore
import PortalRecord
import Vapor

/// Builds a renewal request's page: what was asked, where it stands, what was decided.
enum RenewalPageModel {
    static func make(
        _ request: RenewalRequest, medication: Medication, _ req: Request, _ authorized: AuthorizedPatient,
        flash: LocalizedText? = nil, problem: LocalizedText? = nil, review: RenewalPage.Review? = nil
    ) -> RenewalPage.Model {
        let language = req.language
        let words = Strings.renewals
        var outcome: LocalizedText?
        switch request.status {
        case .approved: outcome = words.approvedWith(request.refillsApproved ?? 0, request.pharmacy)
        case .needsVisit: outcome = words.needsVisitIntro
        case .open, .denied: outcome = nil
        }
        var facts: [(label: LocalizedText, value: String)] = [
            (words.medicine, [medication.name, medication.dose].compactMap { $0 }.joined(separator: ", ")),
            (words.sentOn, DateText.dateTime(request.createdAt, in: req.hospitalTimeZone, language: language)),
            (words.pharmacy, request.pharmacy), (words.daysLeft, String(request.daysLeft)),
        ]
        if let comment = request.comment { facts.append((words.commentLabel, comment)) }
        let isStaff = review != nil
        if isStaff {
            facts.insert((words.requestedBy, request.member.fullName), at: 1)
            if let prescriber = medication.prescriber { facts.append((Strings.healthLists.prescriber, prescriber)) }
            if let instructions = medication.instructions { facts.append((Strings.healthLists.instructions, instructions)) }
            facts.append((words.currentRefills, medication.refills.map(String.init) ?? "—"))
        }
        if let audience = SharingChoice.audienceFact(request.sensitivity, forStaff: isStaff, language: language) {
            facts.append(audience)
        }
        return RenewalPage.Model(
            medicine: medication.name, patientName: authorized.patient.shownName,
            backLink: isStaff ? Routes.careTeamInbox(Ref(request.$careTeam.id)) : Routes.patientMedications(authorized.ref),
            backText: isStaff ? request.careTeam.name : words.backToMedications, status: words.status(request.status),
            outcome: outcome, note: request.decisionNote, facts: facts,
            appointmentLink: request.status == .needsVisit && !isStaff ? Routes.patientNewSchedulingRequest(authorized.ref) : nil,
            flash: flash, problem: problem, review: request.status == .open ? review : nil)
    }
}
