import Fluent
import Foundation
import PortalCore
import Vapor

/// The demo family and staff, with dates of birth computed from today so the children are
/// always 5, 14 and 19 on the day the data is made.
enum DemoData {
    /// Long enough for an account without a second factor, and in no common-password list.
    static let password = "riverside demo passphrase"
    /// The Kims: no account yet (they enroll), and in no clinician's care teams (break the glass).
    static let outsideCareTeams = ["MRN100004", "MRN100005"]

    struct Person {
        let role: String
        let email: String
    }

    static let members = [
        Person(role: "Parent of Sofia (5) and Mateo (14); Lucia (19) is an adult", email: "maria.garcia@example.org"),
        Person(role: "Second parent of Sofia (5)", email: "david.garcia@example.org"),
        Person(role: "Mateo (14), his own account", email: "mateo.garcia@example.org"),
        Person(role: "Lucia (19), her own account as an adult", email: "lucia.garcia@example.org"),
    ]

    static let staff: [(role: StaffUser.Role, name: String, email: String)] = [
        (.him, "Hannah Lee", "him@example.org"),
        (.clinician, "Dr. Priya Patel", "clinician@example.org"),
        (.administrator, "Alex Morgan", "admin@example.org"),
        (.scheduler, "Sam Rivera", "scheduler@example.org"),
    ]

    /// Seeds only an empty database, so restarting never duplicates or overwrites anything.
    @discardableResult
    static func seedIfEmpty(_ app: Application) async throws -> Bool {
        guard try await Member.query(on: app.db).count() == 0, try await StaffUser.query(on: app.db).count() == 0 else {
            return false
        }
        let config = app.portal.config
        let now = config.clock.now()
        let today = LocalDate(now, in: config.hospitalTimeZone)
        let hash = try await app.portal.passwords.hash(password)
        // A few months past a birthday, so the ages hold for a while after seeding.
        let sofiaBirth = today.adding(years: -5).adding(days: -97).iso
        let mateoBirth = today.adding(years: -14).adding(days: -160).iso
        let luciaBirth = today.adding(years: -19).adding(days: -45).iso
        let noahBirth = today.adding(years: -8).adding(days: -20).iso
        let avaBirth = today.adding(years: -15).adding(days: -75).iso

        try await app.db.transaction { db in
            let sofia = Patient(
                medicalRecordNumber: "MRN100001", legalName: "Sofia Garcia", birthDate: sofiaBirth, sex: "female",
                zipCode: "60614", preferredLanguage: "es")
            let mateo = Patient(
                medicalRecordNumber: "MRN100002", legalName: "Mateo Garcia", birthDate: mateoBirth, sex: "male", zipCode: "60614",
                preferredLanguage: "en")
            let lucia = Patient(
                medicalRecordNumber: "MRN100003", legalName: "Lucia Garcia", preferredName: "Lucy", birthDate: luciaBirth,
                sex: "female", zipCode: "60614", preferredLanguage: "en")
            // A family with no portal account yet, to try enrollment with.
            let noah = Patient(
                medicalRecordNumber: "MRN100004", legalName: "Noah Kim", birthDate: noahBirth, sex: "male", zipCode: "60657")
            let ava = Patient(
                medicalRecordNumber: "MRN100005", legalName: "Ava Kim", birthDate: avaBirth, sex: "female", zipCode: "60657")
            for patient in [sofia, mateo, lucia, noah, ava] { try await patient.create(on: db) }

            let maria = Member(email: members[0].email, fullName: "Maria Garcia", passwordHash: hash, language: .english)
            let david = Member(email: members[1].email, fullName: "David Garcia", passwordHash: hash, language: .spanish)
            let mateoAccount = Member(email: members[2].email, fullName: "Mateo Garcia", passwordHash: hash, language: .english)
            let luciaAccount = Member(email: members[3].email, fullName: "Lucia Garcia", passwordHash: hash, language: .english)
            for member in [maria, david, mateoAccount, luciaAccount] { try await member.create(on: db) }

            var staffIDs: [StaffUser.Role: UUID] = [:]
            for person in staff {
                let user = StaffUser(email: person.email, fullName: person.name, passwordHash: hash, role: person.role)
                user.totpSecret = try app.portal.secrets.seal(TOTPVerifier.makeSecret())
                try await user.create(on: db)
                staffIDs[person.role] = user.id
            }

            let since = now.addingTimeInterval(-86_400 * 365)
            let grants = [
                AccessGrant(memberID: maria.id!, patientID: sofia.id!, relationship: .parent, startsAt: since),
                AccessGrant(memberID: maria.id!, patientID: mateo.id!, relationship: .parent, startsAt: since),
                // Recorded when Lucia was a child: it stopped working on her 18th birthday,
                // which HIM's tools show as a proxy that ended at 18.
                AccessGrant(
                    memberID: maria.id!, patientID: lucia.id!, relationship: .parent,
                    startsAt: now.addingTimeInterval(-86_400 * 365 * 17)),
                AccessGrant(memberID: david.id!, patientID: sofia.id!, relationship: .parent, startsAt: since),
                AccessGrant(memberID: mateoAccount.id!, patientID: mateo.id!, relationship: .self, startsAt: since),
                AccessGrant(memberID: luciaAccount.id!, patientID: lucia.id!, relationship: .self, startsAt: since),
            ]
            for grant in grants {
                // HIM approved each enrollment.
                grant.$recordedBy.id = staffIDs[.him]
                try await grant.create(on: db)
            }
        }
        try await DemoAppointments.seedDepartments(on: app.db)
        try await importRecords(app, now: now)
        try await DemoMessages.seed(app, now: now)
        try await DemoApps.seed(on: app.db, at: now)
        try await DemoQuestionnaires.seed(app, now: now)
        return true
    }

    /// Each child's record, through the FHIR import as the EHR's feed would send it.
    private static func importRecords(_ app: Application, now: Date) async throws {
        let zone = app.portal.config.hospitalTimeZone
        let patients = try await Patient.query(on: app.db).sort(\.$medicalRecordNumber).all()
        for patient in patients {
            guard let born = LocalDate(iso: patient.birthDate) else { continue }
            let child = DemoRecords.Child(recordNumber: patient.medicalRecordNumber, name: patient.legalName, born: born)
            var importer = ClinicalImport(db: app.db, zone: zone, now: now, config: app.portal.config)
            importer.release = .asIssued
            importer.audit = app.portal.audit
            importer.auditTemplate.userAgent = "demo data"
            _ = try await importer.run(DemoRecords.bundle(for: child, now: now, zone: zone).encoded())
        }
    }

    /// The sign-in instructions printed at start-up in development.
    static func signInGuide(_ app: Application) async throws -> String {
        var lines = [
            "Demo sign-ins (password for everyone: \"\(password)\")",
            "  Families: \(app.portal.config.publicURL.absoluteString)\(Routes.signIn())",
        ]
        for person in members {
            lines.append("    \(person.email.padding(toLength: 28, withPad: " ", startingAt: 0)) \(person.role)")
        }
        lines.append(
            "  Staff: \(app.portal.config.publicURL.absoluteString)\(Routes.staffSignIn()) (add the authenticator secret to any TOTP app)"
        )

        for person in staff {
            guard let user = try await StaffUser.query(on: app.db).filter(\.$email == person.email).first(),
                let sealed = user.totpSecret
            else { continue }
            let secret = try app.portal.secrets.open(sealed)
            lines.append(
                "    \(person.email.padding(toLength: 28, withPad: " ", startingAt: 0)) \(person.name), \(person.role.rawValue); authenticator secret \(secret)"
            )
        }
        let kims = try await Patient.query(on: app.db).filter(\.$medicalRecordNumber ~~ outsideCareTeams)
            .sort(\.$medicalRecordNumber).all()
        if !kims.isEmpty {
            lines.append(
                "  Enroll: \(app.portal.config.publicURL.absoluteString)\(Routes.enroll()) (no account yet, ZIP 60657):")
            for patient in kims { lines.append("    \(patient.legalName), born \(patient.birthDate)") }
        }
        lines.append(
            "  Apps: FHIR API \(app.portal.config.fhirBase); demo app client id \(DemoApps.clientID) (scripts/try-app.sh)")
        if app.portal.config.mailDirectory != nil {
            lines.append("  E-mail it sends: \(app.portal.config.publicURL.absoluteString)\(Routes.devMailbox())")
        }
        return lines.joined(separator: "\n")
    }
}
