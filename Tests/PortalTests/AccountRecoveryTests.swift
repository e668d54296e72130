import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal

@Suite("Account activity and recovery from a stolen account")
struct AccountRecoveryTests {
    static let android =
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Mobile Safari/537.36"

    @Test("A member sees their sign-ins with browser and address and the records viewed, and can report it was not them")
    func activityAndReport() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world, email: "maria@example.org", name: "Maria Garcia")
            let child = try await Fixtures.patient(world, name: "Sofia Garcia", bornYearsAgo: 5)
            let grown = try await Fixtures.patient(world, name: "Lucia Garcia", bornYearsAgo: 18, daysAgo: 10)
            _ = try await Fixtures.grant(world, parent, child)
            _ = try await Fixtures.grant(
                world, parent, grown, endsAt: world.now.addingTimeInterval(-10 * 86_400))
            // Lucia's record was viewed while the grant was in force, before she turned 18.
            try await world.app.portal.audit.append(
                AuditEntry(
                    actorKind: .member, actorID: parent.id, patientID: grown.id, action: .patientView, outcome: .success,
                    clientAddress: "203.0.113.9", userAgent: nil),
                at: world.now.addingTimeInterval(-20 * 86_400))
            let browser = Browser(world)
            browser.userAgent = Self.android
            try await browser.signIn(email: "maria@example.org")
            _ = try await browser.get(Routes.patient(child.ref))
            let page = try await browser.get(Routes.accountActivity())
            #expect(page.status == .ok)
            #expect(page.body.contains("Signed in") && page.body.contains("Chrome on Android"))
            #expect(page.body.contains("Viewed Sofia Garcia&#39;s record") || page.body.contains("Viewed Sofia&#39;s record"))
            #expect(page.body.contains("Viewed a record you no longer see") && !page.body.contains("Lucia"))

            _ = try await browser.post(Routes.accountReport(), [:])
            let reported = try await browser.post(Routes.accountReport(), [:])
            #expect(reported.location == Routes.accountActivity() + "?reported=1")
            #expect(try await AccountReport.query(on: world.app.db).count() == 1, "pressing twice files one report")
            #expect((try await browser.get(reported.location!)).body.contains("Health Information Management has your report"))

            let him = Browser(world)
            try await SecondFactorTests.signInStaff(him, world, try await Fixtures.staff(world, role: .him))
            let queue = try await him.get(Routes.staffEnrollment())
            #expect(queue.body.contains("someone else used their account") && queue.body.contains(Routes.staffMember(parent.ref)))
        }
    }

    @Test("HIM closes an account while it is signed in: the session ends, sign-in is refused with whom to call")
    func deactivate() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world, email: "maria@example.org", name: "Maria Garcia")
            let child = try await Fixtures.patient(world, name: "Sofia Garcia", bornYearsAgo: 5)
            _ = try await Fixtures.grant(world, parent, child)
            let member = Browser(world)
            try await member.signIn(email: "maria@example.org")
            #expect(try await member.get(Routes.patient(child.ref)).status == .ok)
            _ = try await member.post(Routes.accountReport(), [:])

            let clinician = Browser(world)
            try await SecondFactorTests.signInStaff(clinician, world, try await Fixtures.staff(world, role: .clinician))
            #expect(try await clinician.get(Routes.staffMember(parent.ref)).status == .forbidden)

            let him = Browser(world)
            try await SecondFactorTests.signInStaff(him, world, try await Fixtures.staff(world, role: .him))
            let page = try await him.get(Routes.staffMember(parent.ref))
            #expect(page.status == .ok && page.body.contains("Sofia Garcia") && page.body.contains("reported activity"))
            #expect(try await him.get(Routes.staffMember(Ref(UUID()))).status == .notFound)
            let noReason = try await him.post(Routes.staffMember(parent.ref) + "/deactivate", ["reason": "  "])
            #expect(noReason.status == .badRequest && noReason.body.contains("Write why"))
            let closed = try await him.post(
                Routes.staffMember(parent.ref) + "/deactivate", ["reason": "Reported by phone: ex-partner knows the password"])
            #expect(closed.status == .seeOther)

            let after = try await member.get(Routes.patient(child.ref))
            #expect(after.status != .ok, "the open session ended at once")
            let refused = try await Browser(world).signIn(email: "maria@example.org")
            #expect(refused.status == .forbidden && refused.body.contains("closed by Health Information Management"))
            #expect(refused.body.contains("(312) 555-0100"))
            let wrong = try await Browser(world).signIn(email: "maria@example.org", password: "not the password at all")
            #expect(wrong.status == .unauthorized && !wrong.body.contains("closed"))
            #expect(try await AccountReport.query(on: world.app.db).filter(\.$closedAt == nil).count() == 0)
            #expect(try await AccessGrant.query(on: world.app.db).count() == 1, "nothing deleted")
            #expect(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "member.deactivated").first()?.subject
                    == "member:\(parent.id!.uuidString.lowercased())")
        }
    }

    @Test("The new account from HIM's invitation takes over every grant still in force, special circumstances included")
    func reinvite() async throws {
        try await withTestApp { world in
            let guardian = try await Fixtures.member(world, email: "old@example.org", name: "Ana Rivera", language: .spanish)
            let child = try await Fixtures.patient(world, name: "Sofia Rivera", bornYearsAgo: 5)
            let adult = try await Fixtures.patient(world, name: "Tomas Rivera", bornYearsAgo: 25)
            let teen = try await Fixtures.patient(world, name: "Ines Rivera", bornYearsAgo: 15)
            _ = try await Fixtures.grant(world, guardian, child)
            _ = try await Fixtures.grant(
                world, guardian, adult, .legalGuardian, kind: .adultGuardianship,
                endsAt: world.now.addingTimeInterval(300 * 86_400))
            let revoked = try await Fixtures.grant(world, guardian, teen)
            revoked.revokedAt = world.now
            try await revoked.save(on: world.app.db)

            let him = Browser(world)
            try await SecondFactorTests.signInStaff(him, world, try await Fixtures.staff(world, role: .him))
            _ = try await him.get(Routes.staffMember(guardian.ref))
            let early = try await him.post(Routes.staffMember(guardian.ref) + "/reinvite", ["email": "new@example.org"])
            #expect(early.status == .badRequest && early.body.contains("Close the account before"))
            _ = try await him.post(Routes.staffMember(guardian.ref) + "/deactivate", ["reason": "Phone stolen"])
            let sent = try await him.post(Routes.staffMember(guardian.ref) + "/reinvite", ["email": "new@example.org"])
            #expect(sent.status == .seeOther)
            let mail = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == "new@example.org").first())
            #expect(mail.subject == "Su invitación al portal del paciente", "in the old account's language")
            let path = String(try #require(mail.body(world).firstMatch(of: /\/activate\/[A-Za-z0-9_-]{43}/)).output)

            let owner = Browser(world)
            _ = try await owner.get(path)
            let anchor = try #require(
                try await Invitation.query(on: world.app.db).filter(\.$email == "new@example.org").with(\.$patient).first())
            _ = try await owner.post(path + "/verify", ["zip": "60614", "birth_date": anchor.patient.birthDate])
            let done = try await owner.post(
                path + "/account", ["full_name": "Ana Rivera", "password": "a brand new phrase for a new phone"])
            #expect(done.status == .seeOther)
            let fresh = try #require(try await Member.query(on: world.app.db).filter(\.$email == "new@example.org").first())
            let grants = try await AccessGrant.query(on: world.app.db).filter(\.$member.$id == fresh.id!).all()
            #expect(Set(grants.map(\.$patient.id)) == [child.id!, adult.id!], "the revoked grant stays behind")
            let carried = try #require(grants.first { $0.$patient.id == adult.id })
            #expect(carried.kind == "adult_guardianship" && carried.endsAt != nil)
            let home = try await owner.get(Routes.home())
            #expect(home.body.contains("Sofia Rivera") && home.body.contains("Tomas Rivera") && !home.body.contains("Ines"))
            let old = try #require(try await Member.find(guardian.id, on: world.app.db))
            #expect(old.status == .deactivated)
        }
    }

    @Test(
        "After \"this was not me\", HIM re-invites the owner at their own address, prefilled, and the new account signs in with it"
    )
    func reinviteToOwnAddress() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world, email: "maria@example.org", name: "Maria Garcia")
            let child = try await Fixtures.patient(world, name: "Sofia Garcia", bornYearsAgo: 5)
            _ = try await Fixtures.grant(world, parent, child)
            let him = Browser(world)
            try await SecondFactorTests.signInStaff(him, world, try await Fixtures.staff(world, role: .him))
            _ = try await him.get(Routes.staffMember(parent.ref))
            _ = try await him.post(Routes.staffMember(parent.ref) + "/deactivate", ["reason": "Not them, by phone"])

            let closed = try #require(try await Member.find(parent.id, on: world.app.db))
            #expect(closed.email == Member.releasedAddress(of: parent.id!) && closed.releasedEmail == "maria@example.org")
            let page = try await him.get(Routes.staffMember(parent.ref))
            #expect(page.body.contains(#"name="email" value="maria@example.org""#))
            #expect(!page.body.contains("released:"))
            // Before the new account exists, the owner's password still learns that it was closed.
            let refused = try await Browser(world).signIn(email: "maria@example.org")
            #expect(refused.status == .forbidden && refused.body.contains("closed by Health Information Management"))

            #expect(
                try await him.post(Routes.staffMember(parent.ref) + "/reinvite", ["email": "maria@example.org"]).status
                    == .seeOther)
            let path = try await InvitationTests().link(to: "maria@example.org", world)
            let owner = Browser(world)
            _ = try await owner.get(path)
            _ = try await owner.post(path + "/verify", ["zip": "60614", "birth_date": child.birthDate])
            let done = try await owner.post(
                path + "/account", ["full_name": "Maria Garcia", "password": "a brand new phrase for a new phone"])
            #expect(done.status == .seeOther)
            let fresh = try #require(
                try await Member.query(on: world.app.db).filter(\.$email == "maria@example.org").first())
            #expect(fresh.id != parent.id && fresh.status == .active)
            #expect(
                try await Browser(world).signIn(email: "maria@example.org", password: "a brand new phrase for a new phone")
                    .location == Routes.home())
            // The closed account keeps its history and grants; the new one has the child.
            #expect(try await AccessGrant.query(on: world.app.db).filter(\.$member.$id == parent.id!).count() == 1)
            #expect(try await AccessGrant.query(on: world.app.db).filter(\.$member.$id == fresh.id!).count() == 1)
        }
    }
}
