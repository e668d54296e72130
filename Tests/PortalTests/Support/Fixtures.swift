import Fluent
import Foundation
import PortalCore
import Vapor

@testable import Portal
@testable import PortalRecord

/// People and records for tests, with sensible defaults.
enum Fixtures {
    static let password = "violet harbor lamps at dawn"
    /// Bcrypt is slow by design; hash the shared test password once per process.
    static let passwordHash: String = try! Bcrypt.hash(PasswordDigest.prehash(password), cost: 10)

    static func patient(
        _ world: TestWorld, name: String = "Sam Rivera", bornYearsAgo years: Int, daysAgo days: Int = 30,
        mrn: String = "MRN\(Int.random(in: 100_000...999_999))"
    ) async throws -> Patient {
        let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
        let patient = Patient(
            medicalRecordNumber: mrn, legalName: name, birthDate: today.adding(years: -years).adding(days: -days).iso,
            sex: "unknown", zipCode: "60614")
        try await patient.create(on: world.app.db)
        return patient
    }

    static func patient(_ world: TestWorld, name: String = "Sam Rivera", born: LocalDate) async throws -> Patient {
        let patient = Patient(
            medicalRecordNumber: "MRN\(Int.random(in: 100_000...999_999))", legalName: name, birthDate: born.iso,
            sex: "unknown", zipCode: "60614")
        try await patient.create(on: world.app.db)
        return patient
    }

    /// Twelve hexadecimal digits for an e-mail address or a name that must not repeat: a random
    /// number under a million let two of one test's members share an address, now and then.
    static func uniqueSuffix() -> String { String(UUID().uuidString.lowercased().prefix(12)) }

    static func member(
        _ world: TestWorld, email: String = "parent-\(uniqueSuffix())@example.org", name: String = "Pat Rivera",
        language: Language = .english, totpSecret: String? = nil
    ) async throws -> Member {
        let member = Member(email: email, fullName: name, passwordHash: passwordHash, language: language)
        if let totpSecret { member.totpSecret = try world.app.portal.secrets.seal(totpSecret) }
        try await member.create(on: world.app.db)
        return member
    }

    static func staff(
        _ world: TestWorld, role: StaffUser.Role = .him, email: String = "staff-\(uniqueSuffix())@example.org",
        totpSecret: String? = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    ) async throws -> StaffUser {
        let staff = StaffUser(email: email, fullName: "Casey Staff", passwordHash: passwordHash, role: role)
        if let totpSecret { staff.totpSecret = try world.app.portal.secrets.seal(totpSecret) }
        try await staff.create(on: world.app.db)
        return staff
    }

    /// Puts the clinician on a care team that looks after these patients: the care
    /// relationship that opens their records without breaking the glass.
    @discardableResult
    static func looksAfter(_ world: TestWorld, _ clinician: StaffUser, _ patients: Patient...) async throws -> CareTeam {
        let team = try await careTeam(world, "Team \(uniqueSuffix())", days: 2)
        try await CareTeamStaff(careTeamID: team.id!, staffID: clinician.id!).create(on: world.app.db)
        for patient in patients {
            try await PatientCareTeam(patientID: patient.id!, careTeamID: team.id!).create(on: world.app.db)
        }
        return team
    }

    @discardableResult
    static func grant(
        _ world: TestWorld, _ member: Member, _ patient: Patient, _ relationship: Relationship = .parent,
        kind: GrantKind = .ordinary, endsAt: Date? = nil
    ) async throws -> AccessGrant {
        let grant = AccessGrant(
            memberID: member.id!, patientID: patient.id!, relationship: relationship, kind: kind,
            startsAt: world.now.addingTimeInterval(-86_400 * 30), endsAt: endsAt)
        try await grant.create(on: world.app.db)
        return grant
    }

    @discardableResult
    static func document(
        _ world: TestWorld, _ patient: Patient, title: String, sensitivity: Sensitivity = .normal,
        status: StoredClinicalDocument.Status = .current, daysAgo: Double = 3
    ) async throws -> StoredClinicalDocument {
        let document = StoredClinicalDocument(
            patientID: patient.id!, typeCode: "11506-3", title: title, author: "Dr. Test",
            writtenAt:
                world.now.addingTimeInterval(-86_400 * daysAgo), status: status, body: "First paragraph.\n\nSecond paragraph.",
            sensitivity: sensitivity, restrictionReason: sensitivity == .restricted ? "Third-party information" : nil)
        try await document.create(on: world.app.db)
        return document
    }
}

extension Fixtures {
    static func careTeam(_ world: TestWorld, _ name: String, kind: CareTeam.Kind = .clinical, days: Int) async throws -> CareTeam
    {
        let careTeam = CareTeam(kind: kind, nameEnglish: name, nameSpanish: "\(name) (es)", responseBusinessDays: days)
        try await careTeam.create(on: world.app.db)
        return careTeam
    }
}

extension OutboxMessage {
    /// The outbox without the "was this you?" e-mails that a first sign-in from each new test
    /// browser sends: the notices a test is about.
    static func notices(_ world: TestWorld) -> QueryBuilder<OutboxMessage> {
        OutboxMessage.query(on: world.app.db)
            .filter(\.$subject != Strings.mail.newSignInSubject(.english))
            .filter(\.$subject != Strings.mail.newSignInSubject(.spanish))
    }

    /// Drops the "was this you?" e-mails, for tests that deliver the whole outbox.
    static func dropSignInNotices(_ world: TestWorld) async throws {
        try await OutboxMessage.query(on: world.app.db)
            .filter(\.$subject ~~ [Strings.mail.newSignInSubject(.english), Strings.mail.newSignInSubject(.spanish)])
            .delete()
    }

    /// The e-mail's body as the outbox will send it (stored sealed); empty once sent.
    func body(_ world: TestWorld) -> String {
        guard !sealedBody.isEmpty else { return "" }
        return (try? world.config.outboxBodies.open(sealedBody, context: sealingContext))
            ?? "(a body the outbox's key cannot open)"
    }
}
