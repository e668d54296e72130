import Fluent
import Foundation
import PortalCore
import Vapor

/// The demo's care teams and a few conversations: a parent's question about Sofia answered
/// by the clinician, and Mateo's own question, which his mother never sees.
enum DemoMessages {
    static func seed(_ app: Application, now: Date) async throws {
        let db = app.db
        let pediatrics = CareTeam(
            kind: .clinical, nameEnglish: "General Pediatrics", nameSpanish: "Pediatría general", responseBusinessDays: 2)
        let adolescent = CareTeam(
            kind: .clinical, nameEnglish: "Adolescent Medicine", nameSpanish: "Medicina para adolescentes",
            responseBusinessDays: 2)
        adolescent.confidentialCategoryValue = SensitiveCategory.reproductiveHealth.rawValue
        let him = CareTeam(
            kind: .him, nameEnglish: "Health Information Management", nameSpanish: "Administración de Información de Salud",
            responseBusinessDays: 3)
        for careTeam in [pediatrics, adolescent, him] { try await careTeam.create(on: db) }

        let staff = try await StaffUser.query(on: db).all()
        for user in staff {
            switch user.role {
            case .clinician:
                for careTeam in [pediatrics, adolescent] {
                    try await CareTeamStaff(careTeamID: careTeam.id!, staffID: user.id!).create(on: db)
                }
            case .him:
                try await CareTeamStaff(careTeamID: him.id!, staffID: user.id!).create(on: db)
            case .scheduler, .administrator:
                break
            }
        }
        let patients = try await Patient.query(on: db).all()
        // The Garcias are General Pediatrics' patients. The Kims are not (yet) anyone's in the
        // demo: the clinician opens their records only by breaking the glass.
        for patient in patients where !DemoData.outsideCareTeams.contains(patient.medicalRecordNumber) {
            try await PatientCareTeam(patientID: patient.id!, careTeamID: pediatrics.id!).create(on: db)
        }
        let byRecord = Dictionary(uniqueKeysWithValues: patients.map { ($0.medicalRecordNumber, $0) })
        guard let sofia = byRecord["MRN100001"], let mateo = byRecord["MRN100002"] else { return }
        try await PatientCareTeam(patientID: mateo.id!, careTeamID: adolescent.id!).create(on: db)

        let members = Dictionary(uniqueKeysWithValues: try await Member.query(on: db).all().map { ($0.email, $0) })
        guard let maria = members["maria.garcia@example.org"], let mateoAccount = members["mateo.garcia@example.org"],
            let clinician = staff.first(where: { $0.role == .clinician })
        else { return }

        let yesterday = Conversations(db: db, now: now.addingTimeInterval(-26 * 3600))
        let question = try await yesterday.start(
            patientID: sofia.id!, careTeam: pediatrics, subject: "Ear drops after the infection",
            body: "Hello, Sofia finished the antibiotic on Sunday. Should we keep using the ear drops?\n\nThank you,\nMaria",
            audience: .proxies, memberID: maria.id!, key: RandomToken.make())
        if let thread = try await MessageThread.find(question.thread, on: db) {
            _ = try await Conversations(db: db, now: now.addingTimeInterval(-20 * 3600)).reply(
                to: thread,
                body:
                    "Hi Maria, you can stop the drops once the course is finished. Call us if the pain comes back.\n\nDr. Patel",
                staffID: clinician.id!, key: RandomToken.make())
        }
        _ = try await Conversations(db: db, now: now.addingTimeInterval(-3 * 3600)).start(
            patientID: mateo.id!, careTeam: adolescent, subject: "Question before my next visit",
            body: "Can I talk to the doctor alone at my next appointment?", audience: .patient, memberID: mateoAccount.id!,
            key: RandomToken.make())
    }
}
