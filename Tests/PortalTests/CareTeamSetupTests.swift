import Fluent
import Foundation
import PortalCore
import Testing

@testable import Portal

/// Setting up the shared inboxes (administrators) and which teams a family may write to (HIM).
@Suite("Setting up care teams")
struct CareTeamSetupTests {
    @Test("An administrator creates an inbox, fixes bad input, and chooses who works it")
    func administratorSetsUpCareTeams() async throws {
        try await withTestApp { world in
            let admin = try await Fixtures.staff(world, role: .administrator, email: "admin@example.org")
            let clinician = try await Fixtures.staff(world, role: .clinician, email: "dr@example.org")
            let scheduler = try await Fixtures.staff(world, role: .scheduler, email: "sched@example.org")
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, admin)
            #expect(try await browser.get(Routes.staffHome()).body.contains(Routes.staffCareTeams()))
            try await browser.get(Routes.staffCareTeams())
            let fields = ["name_en": "Cardiology", "name_es": "Cardiología", "kind": "care_team", "response_days": "3"]
            for (change, message) in [
                (["name_es": ""], "a name in English and in Spanish"), (["response_days": "0"], "from 1 to 10"),
                (["response_days": "two"], "from 1 to 10"), (["kind": "lab"], "Choose the kind of inbox"),
            ] {
                let refused = try await browser.post(Routes.staffCareTeams(), fields.merging(change) { $1 })
                #expect(refused.status == .unprocessableEntity && refused.body.contains(message), "\(change)")
            }
            for (change, message) in [
                (["category": "private_to_patient"], "Choose a kind of care from the list"),
                (["category": "astrology"], "Choose a kind of care from the list"),
                (["kind": "him", "category": "mental_health"], "HIM cannot be confidential"),
            ] {
                let refused = try await browser.post(Routes.staffCareTeams(), fields.merging(change) { $1 })
                #expect(refused.status == .unprocessableEntity && refused.body.contains(message), "\(change)")
            }
            #expect(try await CareTeam.query(on: world.app.db).count() == 0)
            let created = try await browser.post(Routes.staffCareTeams(), fields)
            #expect(created.status == .seeOther)
            let careTeam = try #require(try await CareTeam.query(on: world.app.db).first())
            #expect(careTeam.nameSpanish == "Cardiología" && careTeam.responseBusinessDays == 3 && !careTeam.sendsDigest)
            let duplicate = try await browser.post(Routes.staffCareTeams(), fields)
            #expect(duplicate.status == .unprocessableEntity && duplicate.body.contains("already has that English name"))

            let page = try await browser.get(Routes.staffCareTeam(careTeam.ref))
            #expect(page.body.contains("dr@example.org") && !page.body.contains("sched@example.org"))
            #expect(
                try await browser.post(Routes.staffCareTeamMembers(careTeam.ref), ["staff": scheduler.id!.uuidString]).status
                    == .badRequest)
            #expect(
                try await browser.post(Routes.staffCareTeamMembers(careTeam.ref), ["staff": clinician.id!.uuidString]).status
                    == .seeOther)
            #expect(try await CareTeamStaff.query(on: world.app.db).count() == 1)

            let patient = try await Fixtures.patient(world, bornYearsAgo: 7)
            let parent = try await Fixtures.member(world)
            let thread = MessageThread(
                patientID: patient.id!, careTeamID: careTeam.id!, subject: "Murmur", audience: .proxies, startedBy: parent.id!,
                at: world.now)
            thread.$assignee.id = clinician.id!
            try await thread.create(on: world.app.db)
            let removed = try await browser.post(Routes.staffCareTeamMemberRemove(careTeam.ref, clinician.ref), [:])
            #expect(removed.status == .seeOther)
            #expect(try await CareTeamStaff.query(on: world.app.db).count() == 0)
            #expect(try await MessageThread.find(thread.id!, on: world.app.db)?.$assignee.id == nil)

            let saved = try await browser.post(
                Routes.staffCareTeam(careTeam.ref),
                ["name_en": "Cardiology", "name_es": "Cardiología", "response_days": "2", "sends_digest": "on"])
            #expect(saved.status == .seeOther)
            let updated = try #require(try await CareTeam.find(careTeam.id!, on: world.app.db))
            #expect(updated.responseBusinessDays == 2 && updated.sendsDigest)

            // Nobody else sets up inboxes.
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinician)
            #expect(try await doctor.get(Routes.staffCareTeams()).status == .forbidden)
            #expect(try await doctor.post(Routes.staffCareTeams(), fields).status == .forbidden)
        }
    }

    @Test("HIM chooses the teams a family may write to; the compose page offers exactly those and HIM")
    func himChoosesPatientTeams() async throws {
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, name: "Ana Ruiz", bornYearsAgo: 7)
            let parent = try await Fixtures.member(world)
            try await Fixtures.grant(world, parent, patient)
            let cardiology = try await Fixtures.careTeam(world, "Cardiology", days: 3)
            let neurology = try await Fixtures.careTeam(world, "Neurology", days: 2)
            _ = try await Fixtures.careTeam(world, "Health Information Management", kind: .him, days: 3)
            let him = try await Fixtures.staff(world, role: .him)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, him)
            let page = try await browser.get(Routes.staffPatient(patient.ref))
            #expect(page.body.contains("Care teams for messages") && page.body.contains("Neurology"))
            let saved = try await browser.post(
                Routes.staffPatientCareTeams(patient.ref), ["care_teams[]": cardiology.id!.uuidString.lowercased()])
            #expect(saved.status == .seeOther && saved.location?.hasSuffix("?done=teams") == true)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "care_teams.changed").count() == 1)
            let bogus = try await browser.post(Routes.staffPatientCareTeams(patient.ref), ["care_teams[]": UUID().uuidString])
            #expect(bogus.status == .badRequest)

            let family = Browser(world)
            try await family.signIn(email: parent.email)
            let compose = try await family.get(Routes.patientCompose(patient.ref)).body
            #expect(compose.contains("Cardiology") && !compose.contains("Neurology"))
            #expect(compose.contains("A question about records"))
            _ = neurology

            let clinician = try await Fixtures.staff(world, role: .clinician, email: "dr2@example.org")
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinician)
            try await doctor.get(Routes.staffHome())
            #expect(
                try await doctor.post(Routes.staffPatientCareTeams(patient.ref), ["care_teams[]": cardiology.id!.uuidString])
                    .status
                    == .forbidden)
        }
    }
}
