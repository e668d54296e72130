import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import VaporTesting

@testable import Portal
@testable import PortalRecord

/// The care team's view of a thread reads its side panel (medicines, allergies, colleagues,
/// saved replies, the teams the thread may move to, how each writer is related to the
/// patient) in one statement: each list keeps its own rules.
@Suite("The care team's side panel of a thread")
struct StaffThreadPanelTests {
    @Test("Each list of the panel shows what it should and nothing it should not, in its order")
    func panelLists() async throws {
        try await withTestApp { world in
            let clinic = try await MessagingTests.clinic(world, teenYears: 14)
            let teen = clinic.teen
            let db = world.app.db
            // Two more of the teen's own teams, one of them confidential care, and one that is not theirs.
            let cardiology = try await Fixtures.careTeam(world, "Cardiology", days: 2)
            let allergy = try await Fixtures.careTeam(world, "Allergy Clinic", days: 2)
            let sexualHealth = try await Fixtures.careTeam(world, "Teen Sexual Health", days: 2)
            sexualHealth.confidentialCategoryValue = Sensitivity.adolescentConfidential(.reproductiveHealth).storageValue
            try await sexualHealth.save(on: db)
            _ = try await Fixtures.careTeam(world, "Neurology", days: 2)
            for team in [cardiology, allergy, sexualHealth] {
                try await PatientCareTeam(patientID: teen.id!, careTeamID: team.id!).create(on: db)
            }
            // Colleagues: one active, one gone; one on another team.
            let colleague = try await Fixtures.staff(world, role: .clinician, email: "dr.abbott@example.org")
            colleague.fullName = "Dr. Abbott"
            try await colleague.save(on: db)
            let gone = try await Fixtures.staff(world, role: .clinician, email: "dr.gone@example.org")
            gone.fullName = "Dr. Gone"
            gone.status = .deactivated
            try await gone.save(on: db)
            let elsewhere = try await Fixtures.staff(world, role: .clinician, email: "dr.elsewhere@example.org")
            elsewhere.fullName = "Dr. Elsewhere"
            try await elsewhere.save(on: db)
            for staff in [colleague, gone] {
                try await CareTeamStaff(careTeamID: clinic.team.id!, staffID: staff.id!).create(on: db)
            }
            try await CareTeamStaff(careTeamID: cardiology.id!, staffID: elsewhere.id!).create(on: db)
            // Saved replies: two of the thread's team, one of another.
            try await SavedReply(careTeamID: clinic.team.id!, title: "Zinc oxide for rashes", body: "Hi", createdBy: nil).create(
                on: db)
            try await SavedReply(careTeamID: clinic.team.id!, title: "Appointment reminder", body: "Hi", createdBy: nil).create(
                on: db)
            try await SavedReply(careTeamID: cardiology.id!, title: "Heart monitor return", body: "Hi", createdBy: nil).create(
                on: db)
            // Medicines and allergies: active ones listed by name, others not.
            try await RenewalTests.medication(world, for: teen, name: "Zyrtec 10 mg tablet")
            try await RenewalTests.medication(world, for: teen, name: "Albuterol 90 mcg inhaler")
            try await RenewalTests.medication(world, for: teen, name: "Amoxicillin 500 mg capsule", status: "completed")
            let allergies = FHIRBuilder.bundle([
                FHIRBuilder.patient(recordNumber: teen.medicalRecordNumber, name: teen.legalName, birthDate: teen.birthDate),
                FHIRBuilder.allergy(
                    id: "allergy-peanut", recordNumber: teen.medicalRecordNumber, substance: ["text": "Peanut"],
                    reactions: ["Hives", "Swelling"], severity: "moderate", criticality: "high",
                    recorded: LocalDate(year: 2025, month: 3, day: 1)!),
                FHIRBuilder.allergy(
                    id: "allergy-latex", recordNumber: teen.medicalRecordNumber, substance: ["text": "Latex"],
                    reactions: ["Rash"], severity: nil, criticality: "low", recorded: LocalDate(year: 2024, month: 3, day: 1)!,
                    status: "resolved"),
            ])
            _ = try await ClinicalImportTests.run(world, allergies)

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            try await MessagingTests.start(parent, clinic, subject: "Itchy rash", body: "Since Sunday")
            let thread = try await MessagingTests.thread(world, subject: "Itchy rash")
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            let page = try await doctor.get(Routes.patientThread(teen.ref, thread.ref))
            #expect(page.status == .ok)
            let html = page.body

            func order(_ texts: [String]) -> [String.Index] { texts.compactMap { html.range(of: $0)?.lowerBound } }
            let medicines = order(["Albuterol 90 mcg inhaler", "Zyrtec 10 mg tablet"])
            #expect(medicines.count == 2 && medicines == medicines.sorted())
            #expect(!html.contains("Amoxicillin"))
            #expect(html.contains("Peanut — Hives, Swelling"))
            #expect(!html.contains("Latex"))
            let colleagues = order([">Casey Staff</option>", ">Dr. Abbott</option>"])
            #expect(colleagues.count == 2 && colleagues == colleagues.sorted())
            #expect(!html.contains("Dr. Gone") && !html.contains("Dr. Elsewhere"))
            let replies = order(["Appointment reminder", "Zinc oxide for rashes"])
            #expect(replies.count == 2 && replies == replies.sorted())
            #expect(!html.contains("Heart monitor return"))
            // The parents read this thread: it may not move to a team whose name tells what the
            // teen is seen for, nor to a team with no part in their care. HIM comes last.
            let targets = order(["Allergy Clinic", "Cardiology", "Health Information Management"].map { ">\($0)</option>" })
            #expect(targets.count == 3 && targets == targets.sorted())
            #expect(!html.contains("Teen Sexual Health") && !html.contains("Neurology"))
            #expect(html.contains("Maria Garcia (parent)"))

            // The teen's own thread may move to the confidential team.
            let teenBrowser = Browser(world)
            try await teenBrowser.signIn(email: clinic.own.email)
            try await MessagingTests.start(teenBrowser, clinic, subject: "Private question", body: "Just for the clinic")
            let own = try await MessagingTests.thread(world, subject: "Private question")
            let ownPage = try await doctor.get(Routes.patientThread(teen.ref, own.ref))
            #expect(ownPage.body.contains("Teen Sexual Health</option>"))
            #expect(ownPage.body.contains("Mateo Garcia (the patient)"))
        }
    }
}
