import Fluent
import Foundation
import PortalCore
import Vapor

/// Sending an invitation: HIM names the person's e-mail and relationship; older links for
/// the same person and patient stop working; the e-mail waits in the outbox with the change.
enum Invitations {
    enum Problem: Error, Equatable {
        case badEmail, notAllowedAtThisAge
        /// A teen's own account and their parents' accounts never share an e-mail address.
        case emailUsedByOtherSide
        /// A patient's own login needs an address no portal account already has.
        case emailHasAccount
    }

    /// Checks, records and queues an invitation in `db`'s transaction; returns it.
    @discardableResult
    static func create(
        to rawEmail: String, as relationship: Relationship, for patient: Patient, by staffID: UUID?,
        language: Language?, replacing replacedMemberID: UUID? = nil, now: Date, config: PortalConfig,
        on db: any Database
    ) async throws -> Invitation {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        guard MailMessage.isSafeAddress(email) else { throw Problem.badEmail }
        let today = LocalDate(now, in: config.hospitalTimeZone)
        let age = LocalDate(iso: patient.birthDate).map { Age.years(bornOn: $0, on: today) } ?? 0
        guard InvitationRules.mayInvite(relationship, patientAge: age) else { throw Problem.notAllowedAtThisAge }
        if let conflict = try await conflict(email, relationship, patient, replacing: replacedMemberID, now: now, on: db) {
            throw conflict
        }
        let token = RandomToken.make()
        // Two invitations sent at once for one person and patient: the second waits, then
        // finds the first and replaces it, so only the newest link works.
        try await TransactionLock.take("invitation:\(patient.id!.uuidString):\(email)", on: db)
        let older = try await Invitation.query(on: db).filter(\.$patient.$id == patient.id!).filter(\.$email == email)
            .filter(\.$relationship == relationship.rawValue).filter(\.$usedAt == nil).filter(\.$replacedAt == nil).all()
        for invitation in older {
            invitation.replacedAt = now
            try await invitation.save(on: db)
        }
        let invitation = Invitation(
            patientID: patient.id!, relationship: relationship, email: email, tokenHash: RandomToken.sha256Hex(token),
            sentAt: now, sentBy: staffID)
        invitation.$replacesMember.id = replacedMemberID
        try await invitation.create(on: db)
        let text = body(link: config.publicURL.absoluteString + Routes.activate(InvitationToken(token)), config: config)
        if let language {
            try await Outbox.enqueue(
                to: email, subject: subject(language), body: text(language), now: now, config: config, on: db)
        } else {
            // Who will read it is not known, so it speaks both languages.
            try await Outbox.enqueue(
                to: email, subject: "\(subject(.english)) / \(subject(.spanish))",
                body: text.english + "\n\n---\n\n" + text.spanish, now: now, config: config, on: db)
        }
        return invitation
    }

    /// Why the address may not receive this invitation, if it may not. A patient's own login
    /// never goes to an address that already has a portal account (a parent's, whatever
    /// patients it holds), and neither side of a teen's confidentiality goes to the other's
    /// address: accounts, open invitations and enrollment requests for the same patient.
    /// (Parents signing in as the teen is how adolescent confidentiality is most often broken.)
    static func conflict(
        _ email: String, _ relationship: Relationship, _ patient: Patient, replacing replacedMemberID: UUID? = nil, now: Date,
        on db: any Database
    ) async throws -> Problem? {
        if try await isUsedByOtherSide(email, relationship, patient, now: now, on: db) { return .emailUsedByOtherSide }
        if try await hasOtherSideRequest(email, relationship, patient, on: db) { return .emailUsedByOtherSide }
        if relationship == .`self` {
            // The account being replaced (a deactivated login of the same teen) does not count.
            // A closed account's address still counts: it belongs to that account's owner.
            let accounts = try await Member.query(on: db)
                .group(.or) { $0.filter(\.$email == email).filter(\.$releasedEmail == email) }.all()
            if accounts.contains(where: { $0.id != replacedMemberID }) { return .emailHasAccount }
            // A parent's address, for any of their children, before their account exists.
            let parents = [Relationship.parent.rawValue, Relationship.legalGuardian.rawValue]
            let invitations = try await Invitation.query(on: db).filter(\.$email == email).filter(\.$relationship ~~ parents)
                .all()
            if invitations.contains(where: { $0.state(at: now) == .usable }) { return .emailUsedByOtherSide }
            let requests = try await EnrollmentRequest.query(on: db).filter(\.$applicantEmail == email)
                .filter(\.$applicantKind ~~ [Applicant.parent.rawValue, Applicant.legalGuardian.rawValue])
                .filter(\.$status != EnrollmentRequest.Status.rejected.rawValue).count()
            if requests > 0 { return .emailUsedByOtherSide }
        }
        return nil
    }

    /// Whether someone on the other side asked for an account for the same patient with this
    /// address: a parent's request when inviting the teen, the teen's when inviting a parent.
    /// Waiting requests are matched by the patient's date of birth, decided ones by the patient HIM matched.
    static func hasOtherSideRequest(
        _ email: String, _ relationship: Relationship, _ patient: Patient, on db: any Database
    ) async throws -> Bool {
        let otherSide: [String] =
            relationship == .`self`
            ? [Applicant.parent.rawValue, Applicant.legalGuardian.rawValue] : [Applicant.patient.rawValue]
        let requests = try await EnrollmentRequest.query(on: db).filter(\.$applicantEmail == email)
            .filter(\.$applicantKind ~~ otherSide).all()
        return requests.contains { request in
            request.$matchedPatient.id == patient.id
                || (request.statusValue == .pending && request.patientBirthDate == patient.birthDate)
        }
    }

    /// Whether the address belongs to the other side of a teen's confidentiality: a parent's
    /// or guardian's account or open invitation when inviting the patient, and the patient's
    /// own when inviting a parent.
    static func isUsedByOtherSide(
        _ email: String, _ relationship: Relationship, _ patient: Patient, now: Date, on db: any Database
    ) async throws -> Bool {
        let otherSide: [String] =
            relationship == .self
            ? [Relationship.parent.rawValue, Relationship.legalGuardian.rawValue] : [Relationship.`self`.rawValue]
        let grants = try await AccessGrant.query(on: db).filter(\.$patient.$id == patient.id!)
            .filter(\.$relationship ~~ otherSide).with(\.$member).all()
        // A closed account's address still belongs to its owner.
        if grants.contains(where: { $0.member.email.lowercased() == email || $0.member.releasedEmail == email }) {
            return true
        }
        let invitations = try await Invitation.query(on: db).filter(\.$patient.$id == patient.id!)
            .filter(\.$email == email).filter(\.$relationship ~~ otherSide).all()
        return invitations.contains { $0.state(at: now) == .usable }
    }

    static func subject(_ language: Language) -> String { Strings.mail.invitationSubject(language) }

    static func body(link: String, config: PortalConfig) -> LocalizedText { Strings.mail.invitation(link, config) }
}
