import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Staff accounts: administrators create, change and close them, with reasons")
struct StaffAccountsTests {
    static func admin(_ world: TestWorld) async throws -> (StaffUser, Browser) {
        let admin = try await Fixtures.staff(world, role: .administrator)
        let browser = Browser(world)
        try await SecondFactorTests.signInStaff(browser, world, admin)
        try await browser.get(Routes.staffAccounts())
        return (admin, browser)
    }

    static func welcomeLink(to email: String, _ world: TestWorld) async throws -> String {
        let message = try #require(
            try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == email)
                .filter(\.$subject == "Your staff account on the patient portal").sort(\.$createdAt, .descending).first())
        return String(try #require(message.body(world).firstMatch(of: /\/staff\/welcome\/[A-Za-z0-9_-]{43}/)).output)
    }

    @Test("An administrator creates a clinician, who chooses a password, sets up an authenticator and signs in")
    func createAndSignIn() async throws {
        try await withTestApp { world in
            let (_, admin) = try await Self.admin(world)
            #expect(try await admin.get(Routes.staffHome()).body.contains(#"href="\#(Routes.staffAccounts())""#))
            try await admin.get(Routes.staffAccounts())
            let created = try await admin.post(
                Routes.createStaffAccount(),
                ["full_name": "Dr. Sam Okafor", "email": " Sam.Okafor@Hospital.example ", "role": "clinician", "language": "en"])
            let person = try #require(
                try await StaffUser.query(on: world.app.db).filter(\.$email == "sam.okafor@hospital.example").first())
            #expect(created.location == Routes.staffAccount(person.ref) + "?done=created")
            #expect(person.role == .clinician && person.totpSecret == nil)
            #expect(person.subject?.count == 36)
            let list = try await admin.get(Routes.staffAccounts())
            #expect(list.body.contains("Invited: no password yet"))

            let link = try await Self.welcomeLink(to: "sam.okafor@hospital.example", world)
            let newcomer = Browser(world)
            #expect(try await newcomer.get(link).body.contains("Choose a password for Dr. Sam Okafor"))
            #expect(try await newcomer.post(link, ["password": "short"]).status == .badRequest)
            let saved = try await newcomer.post(link, ["password": "maple clinic lantern"])
            #expect(saved.location == Routes.secondFactorSetup())
            let setup = try await newcomer.get(Routes.secondFactorSetup())
            let uriStart = try #require(setup.body.range(of: "otpauth://totp/"))
            let secret = String(setup.body[uriStart.upperBound...].split(separator: "=")[1].prefix(32))
            let codes = try await newcomer.post(
                Routes.secondFactorSetup(), ["code": SecondFactorTests.code(world, secret: secret)])
            #expect(codes.body.contains("Save your recovery codes"))
            #expect(try await newcomer.get(Routes.staffInbox()).status == .ok)
            #expect(try await Browser(world).get(link).status == .gone, "the link worked once")

            world.advance(60)
            let again = Browser(world)
            #expect(
                try await again.signIn(email: "sam.okafor@hospital.example", password: "maple clinic lantern", staff: true)
                    .location == Routes.signInCode())
            try await again.get(Routes.signInCode())
            #expect(
                try await again.post(Routes.signInCode(), ["code": SecondFactorTests.code(world, secret: secret)]).location
                    == Routes.staffHome())
            let actions = try await AuditEvent.query(on: world.app.db).filter(
                \.$subject == "staff:\(person.id!.uuidString.lowercased())"
            )
            .all().map(\.action)
            #expect(actions.contains("staff_account.created") && actions.contains("staff_account.invitation_sent"))
        }
    }

    @Test("Bad input on the form is answered next to each field; other roles cannot reach the pages")
    func badInput() async throws {
        try await withTestApp { world in
            let existing = try await Fixtures.staff(world, role: .him)
            let (_, admin) = try await Self.admin(world)
            let page = try await admin.post(
                Routes.createStaffAccount(), ["full_name": " ", "email": existing.email, "role": "superuser"])
            #expect(page.status == .badRequest)
            #expect(page.body.contains("Write the person&#39;s full name") || page.body.contains("Write the person's full name"))
            #expect(page.body.contains("A staff account already uses that address."))
            #expect(page.body.contains("Choose a role."))
            let malformed = try await admin.post(
                Routes.createStaffAccount(), ["full_name": "A Person", "email": "not-an-address", "role": "him"])
            #expect(malformed.body.contains("Enter a plain e-mail address"))

            let him = Browser(world)
            try await SecondFactorTests.signInStaff(him, world, existing)
            #expect(try await him.get(Routes.staffAccounts()).status == .forbidden)
            #expect(try await him.get(Routes.staffAccount(existing.ref)).status == .forbidden)
        }
    }

    @Test("Closing an account ends its sessions at once; a reason is required and kept")
    func close() async throws {
        try await withTestApp { world in
            let clinician = try await Fixtures.staff(world, role: .clinician)
            let working = Browser(world)
            try await SecondFactorTests.signInStaff(working, world, clinician)
            let (admin, browser) = try await Self.admin(world)
            try await browser.get(Routes.staffAccount(clinician.ref))
            let noReason = try await browser.post(Routes.changeStaffAccount(clinician.ref), ["action": "close", "reason": " "])
            #expect(noReason.status == .badRequest && noReason.body.contains("Write why"))
            let closed = try await browser.post(
                Routes.changeStaffAccount(clinician.ref), ["action": "close", "reason": "Left the hospital on Friday"])
            #expect(closed.location == Routes.staffAccount(clinician.ref) + "?done=closed")
            #expect(try await working.get(Routes.staffHome()).location == Routes.staffSignIn())
            let refused = try await Browser(world).signIn(email: clinician.email, staff: true)
            #expect(refused.status == .forbidden)
            let page = try await browser.get(Routes.staffAccount(clinician.ref))
            #expect(page.body.contains("Left the hospital on Friday") && page.body.contains(admin.fullName))
            // Nobody closes their own account.
            let own = try await browser.post(Routes.changeStaffAccount(admin.ref), ["action": "close", "reason": "testing"])
            #expect(own.status == .conflict && own.body.contains("cannot close your own account"))
        }
    }

    @Test("A reset second factor is set up again at the next sign-in; a role change applies at the next page")
    func resetAndRole() async throws {
        try await withTestApp { world in
            let clinician = try await Fixtures.staff(world, role: .clinician)
            let working = Browser(world)
            try await SecondFactorTests.signInStaff(working, world, clinician)
            let (admin, browser) = try await Self.admin(world)
            try await browser.get(Routes.staffAccount(clinician.ref))
            let role = try await browser.post(
                Routes.changeStaffAccount(clinician.ref),
                ["action": "role", "role": "scheduler", "reason": "Moved to the front desk"])
            #expect(role.location == Routes.staffAccount(clinician.ref) + "?done=role")
            #expect(try await working.get(Routes.staffInbox()).status == .forbidden)
            #expect(try await working.get(Routes.staffScheduling()).status == .ok)
            #expect(try await browser.get(Routes.staffAccount(clinician.ref)).body.contains("clinician→scheduler"))

            let own = try await browser.post(
                Routes.changeStaffAccount(admin.ref), ["action": "role", "role": "him", "reason": "curious"])
            #expect(own.status == .conflict && own.body.contains("cannot change your own role"))

            try await browser.get(Routes.staffAccount(clinician.ref))
            let reset = try await browser.post(
                Routes.changeStaffAccount(clinician.ref), ["action": "second-factor", "reason": "Lost phone, called in"])
            #expect(reset.location == Routes.staffAccount(clinician.ref) + "?done=second-factor")
            #expect(try await working.get(Routes.staffHome()).location == Routes.staffSignIn())
            #expect(try await StaffUser.find(clinician.id, on: world.app.db)?.totpSecret == nil)
            #expect(try await Browser(world).signIn(email: clinician.email, staff: true).location == Routes.secondFactorSetup())
        }
    }

    @Test("Two administrators demoting each other at once leave one administrator")
    func lastAdministrator() async throws {
        try await withTestApp { world in
            let (first, firstBrowser) = try await Self.admin(world)
            let (second, secondBrowser) = try await Self.admin(world)
            try await firstBrowser.get(Routes.staffAccount(second.ref))
            try await secondBrowser.get(Routes.staffAccount(first.ref))
            let statuses = try await SimultaneousRequestTests.together([
                {
                    try await firstBrowser.post(
                        Routes.changeStaffAccount(second.ref), ["action": "role", "role": "him", "reason": "swap"])
                },
                {
                    try await secondBrowser.post(
                        Routes.changeStaffAccount(first.ref), ["action": "role", "role": "him", "reason": "swap"])
                },
            ])
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            let administrators = try await StaffUser.query(on: world.app.db).filter(\.$role == .administrator)
                .filter(\.$status == .active).count()
            #expect(administrators == 1)
        }
    }

    @Test("An invitation link expires after 7 days; a new one replaces the old")
    func invitationLinks() async throws {
        try await withTestApp { world in
            let (_, admin) = try await Self.admin(world)
            try await admin.post(
                Routes.createStaffAccount(), ["full_name": "Robin Vale", "email": "robin@hospital.example", "role": "him"])
            let first = try await Self.welcomeLink(to: "robin@hospital.example", world)
            let person = try #require(
                try await StaffUser.query(on: world.app.db).filter(\.$email == "robin@hospital.example").first())
            try await admin.get(Routes.staffAccount(person.ref))
            #expect(
                try await admin.post(
                    Routes.changeStaffAccount(person.ref), ["action": "invite", "reason": "Did not get the first e-mail"]
                ).location
                    == Routes.staffAccount(person.ref) + "?done=invited")
            let second = try await Self.welcomeLink(to: "robin@hospital.example", world)
            #expect(first != second)
            #expect(try await Browser(world).get(first).status == .gone)
            world.advance(7 * 86_400)
            #expect(try await Browser(world).get(second).status == .gone)
        }
    }

    @Test("A staff member who forgot their password gets a link from an administrator; their authenticator stays")
    func forgottenStaffPassword() async throws {
        try await withTestApp { world in
            let clinician = try await Fixtures.staff(world, role: .clinician)
            let working = Browser(world)
            try await SecondFactorTests.signInStaff(working, world, clinician)
            let (_, admin) = try await Self.admin(world)
            try await admin.get(Routes.staffAccount(clinician.ref))
            #expect(
                try await admin.post(
                    Routes.changeStaffAccount(clinician.ref), ["action": "invite", "reason": "Did not get the first e-mail"]
                ).status == .seeOther)
            let link = try await Self.welcomeLink(to: clinician.email, world)
            let browser = Browser(world)
            try await browser.get(link)
            let saved = try await browser.post(link, ["password": "harbor quilt meadow"])
            #expect(saved.location == Routes.staffSignIn() + "?password=1")
            #expect(try await browser.get(saved.location!).body.contains("Your password is saved"))
            #expect(try await working.get(Routes.staffHome()).location == Routes.staffSignIn())
            #expect(try await StaffUser.find(clinician.id, on: world.app.db)?.totpSecret != nil)
            let next = Browser(world)
            #expect(
                try await next.signIn(email: clinician.email, password: "harbor quilt meadow", staff: true).location
                    == Routes.signInCode())
        }
    }

    @Test("A new scheduler gets the departments ticked for them; care teams, which are not a scheduler's, are left out")
    func membershipsAtCreation() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let team = try await Fixtures.careTeam(world, "Asthma Clinic", days: 2)
            let (_, admin) = try await Self.admin(world)
            let form = try await admin.get(Routes.staffAccounts())
            #expect(form.body.contains(#"name="departments[]" value="\#(clinic.pediatrics.id!.uuidString.lowercased())""#))
            let created = try await admin.post(
                Routes.createStaffAccount(),
                pairs: [
                    ("full_name", "Jo Front"), ("email", "jo@hospital.example"), ("role", "scheduler"), ("language", "es"),
                    ("departments[]", clinic.pediatrics.id!.uuidString.lowercased()), ("departments[]", "not-an-id"),
                    ("care_teams[]", team.id!.uuidString.lowercased()),
                ])
            #expect(created.status == .seeOther)
            let person = try #require(
                try await StaffUser.query(on: world.app.db).filter(\.$email == "jo@hospital.example").first())
            #expect(person.language == .spanish)
            #expect(
                try await DepartmentScheduler.query(on: world.app.db).filter(\.$staff.$id == person.id!).all()
                    .map(\.$department.id) == [clinic.pediatrics.id!])
            #expect(try await CareTeamStaff.query(on: world.app.db).filter(\.$staff.$id == person.id!).count() == 0)
            let page = try await admin.get(created.location!)
            #expect(page.body.contains(Routes.staffDepartment(Ref(clinic.pediatrics.id!))))
            let mail = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == "jo@hospital.example").first())
            #expect(mail.subject == "Su cuenta del personal en el portal del paciente")
        }
    }

    @Test("Changes to staff accounts need the administrator's fresh proof, and the person is told by e-mail")
    func freshProofAndNotice() async throws {
        try await withTestApp { world in
            let clinician = try await Fixtures.staff(world, role: .clinician)
            let (_, admin) = try await Self.admin(world)
            world.advance(301)
            try await admin.get(Routes.staffHome())
            let stale = try await admin.post(
                Routes.changeStaffAccount(clinician.ref), ["action": "second-factor", "reason": "Lost phone"])
            #expect(stale.location?.hasPrefix(Routes.confirmIdentity()) == true)
            #expect(try await StaffUser.find(clinician.id, on: world.app.db)?.totpSecret != nil)
            #expect(
                try await admin.post(Routes.createStaffAccount(), ["full_name": "X", "email": "x@h.example", "role": "him"])
                    .location?.hasPrefix(Routes.confirmIdentity()) == true)
            try await admin.post(
                Routes.submitConfirmIdentity(),
                ["password": Fixtures.password, "code": SecondFactorTests.code(world, offset: 30)])
            try await admin.get(Routes.staffAccount(clinician.ref))
            let done = try await admin.post(
                Routes.changeStaffAccount(clinician.ref), ["action": "second-factor", "reason": "Lost phone"])
            #expect(done.location == Routes.staffAccount(clinician.ref) + "?done=second-factor")
            let notice = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == clinician.email).first())
            #expect(notice.subject == "A security change to your portal account")
        }
    }
}

extension StaffAccountsTests {
    @Test(
        "An account given a role that reaches patients is listed for HIM to review, once, never by its holder; administrator accounts are not"
    )
    func accessChangesReviewedByHIM() async throws {
        try await withTestApp { world in
            let (_, admin) = try await Self.admin(world)
            for (name, role) in [("Jordan Roe", "him"), ("Avery Admin", "administrator")] {
                let made = try await admin.post(
                    Routes.createStaffAccount(),
                    [
                        "full_name": name, "email": "\(name.split(separator: " ")[0].lowercased())@hospital.example",
                        "role": role,
                        "language": "en",
                    ])
                #expect(made.status == .seeOther, "\(role)")
            }
            let scheduler = try await Fixtures.staff(world, role: .scheduler)
            try await admin.get(Routes.staffAccount(scheduler.ref))
            let promoted = try await admin.post(
                Routes.changeStaffAccount(scheduler.ref), ["action": "role", "role": "him", "reason": "Covers HIM on weekends"])
            #expect(promoted.status == .seeOther)

            let him = try await Fixtures.staff(world, role: .him)
            let reviewer = Browser(world)
            try await SecondFactorTests.signInStaff(reviewer, world, him)
            let page = try await reviewer.get(Routes.staffBrokenGlass())
            #expect(page.body.contains("Jordan Roe") && page.body.contains("Covers HIM on weekends"))
            #expect(!page.body.contains("Avery Admin"))
            let changes = try await StaffAccountChange.query(on: world.app.db).all().filter(\.reachesPatients)
            #expect(changes.count == 2)

            // The promoted scheduler, now HIM, cannot review their own promotion.
            let own = try #require(changes.first { $0.$staffUser.id == scheduler.id })
            let promotedBrowser = Browser(world)
            try await SecondFactorTests.signInStaff(promotedBrowser, world, scheduler)
            try await promotedBrowser.get(Routes.staffBrokenGlass())
            #expect(try await promotedBrowser.post(Routes.staffAccessChangeReviewed(own.ref), [:]).status == .forbidden)
            // Nor, while its own access waits for review, vouch for another's.
            let jordan = try #require(changes.first { $0.$staffUser.id != scheduler.id })
            #expect(try await promotedBrowser.post(Routes.staffAccessChangeReviewed(jordan.ref), [:]).status == .forbidden)
            #expect(!(try await promotedBrowser.get(Routes.staffBrokenGlass())).body.contains("Mark reviewed"))

            // Five tabs at once record one review.
            let tabs = (0..<5).map { _ in reviewer.newTab() }
            let statuses = try await SimultaneousRequestTests.together(
                tabs.map { tab in { try await tab.post(Routes.staffAccessChangeReviewed(own.ref), [:]) } })
            #expect(statuses.allSatisfy { $0 == .seeOther })
            let reviewed = try #require(try await StaffAccountChange.find(own.id, on: world.app.db))
            #expect(reviewed.reviewedAt != nil && reviewed.$reviewedBy.id == him.id)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "staff.access_reviewed").count() == 1)
            #expect(try await admin.post(Routes.staffAccessChangeReviewed(own.ref), [:]).status == .forbidden)
        }
    }
}
