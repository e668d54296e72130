import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal

/// Each single-use thing and each counter is one conditional statement whose row count
/// decides: fired all at once, the limit holds (on SQLite here, on PostgreSQL with
/// `scripts/test-postgres.sh`). The sign-in throttle writes each attempt before it counts the
/// others, so a burst larger than its free attempts is held back whole (fail closed); five
/// copies, a double-click and then some, are each evaluated.
@Suite("Limits hold when the same request arrives many times at once")
struct SimultaneousRequestTests {
    static let copies = 50
    static let fewCopies = SignInThrottle.perAccount.freeAttempts

    /// Sends the requests together and returns their statuses.
    static func together(_ requests: [@Sendable () async throws -> Browser.Page]) async throws -> [HTTPStatus] {
        try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for request in requests { group.addTask { try await request().status } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// A member with two-step sign-in and their recovery codes.
    static func memberWithSecondFactor(_ world: TestWorld) async throws -> (Member, secret: String, codes: [String]) {
        let member = try await Fixtures.member(world)
        let browser = Browser(world)
        try await browser.signIn(email: member.email)
        let setup = try await browser.get(Routes.secondFactorSetup())
        let uriStart = try #require(setup.body.range(of: "otpauth://totp/"))
        let secret = String(setup.body[uriStart.upperBound...].split(separator: "=")[1].prefix(32))
        let page = try await browser.post(Routes.secondFactorSetup(), ["code": SecondFactorTests.code(world, secret: secret)])
        let list = try #require(page.body.firstMatch(of: /<ul class="codes">.*?<\/ul>/.dotMatchesNewlines()))
        return (
            member, secret,
            String(list.output).matches(of: /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/).map { String($0.output) }
        )
    }

    /// Browsers that have given the password and wait at the code page.
    static func atCodePage(_ world: TestWorld, _ member: Member, copies: Int) async throws -> [Browser] {
        var browsers: [Browser] = []
        for _ in 0..<copies {
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.signInCode())
            browsers.append(browser)
        }
        return browsers
    }

    @Test(
        "One recovery code sent many times at once signs in at most once, and exactly once among five",
        arguments: [copies, fewCopies])
    func recoveryCode(copies: Int) async throws {
        try await withTestApp { world in
            let (member, _, codes) = try await Self.memberWithSecondFactor(world)
            let browsers = try await Self.atCodePage(world, member, copies: copies)
            let statuses = try await Self.together(
                browsers.map { browser in
                    { try await browser.post(Routes.signInCode(), ["code": codes[0]]) }
                })
            let signedIn = statuses.filter { $0 == .seeOther }.count
            #expect(copies > Self.fewCopies ? signedIn <= 1 : signedIn == 1)
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .unauthorized || $0 == .tooManyRequests })
            #expect(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "second_factor.recovery_code_used").count()
                    == signedIn)
        }
    }

    @Test(
        "One authenticator code sent many times at once signs in at most once, and exactly once among five",
        arguments: [copies, fewCopies])
    func authenticatorCode(copies: Int) async throws {
        try await withTestApp { world in
            let (member, secret, _) = try await Self.memberWithSecondFactor(world)
            let browsers = try await Self.atCodePage(world, member, copies: copies)
            let code = SecondFactorTests.code(world, offset: 30, secret: secret)
            let statuses = try await Self.together(
                browsers.map { browser in
                    { try await browser.post(Routes.signInCode(), ["code": code]) }
                })
            let signedIn = statuses.filter { $0 == .seeOther }.count
            #expect(copies > Self.fewCopies ? signedIn <= 1 : signedIn == 1)
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .unauthorized || $0 == .tooManyRequests })
        }
    }

    @Test(
        "While the hashing queue is full a recovery code is answered 'try again' and still counts; a six-digit code needs no hashing"
    )
    func codesDuringSurge() async throws {
        try await withTestApp { world in
            let (member, secret, codes) = try await Self.memberWithSecondFactor(world)
            let browser = try #require(try await Self.atCodePage(world, member, copies: 1).first)
            let accepted = Set([-30.0, 0, 30].map { SecondFactorTests.code(world, offset: $0, secret: secret) })
            let wrongDigits = try #require(["000000", "111111", "222222", "333333"].first { !accepted.contains($0) })
            let wrongRecovery = try #require(["ZZZZ-ZZZZ-ZZZZ-ZZZZ", "YYYY-YYYY-YYYY-YYYY"].first { !codes.contains($0) })
            // A surge holds every place: no recovery code can be checked.
            let passwords = world.app.portal.passwords
            var held: [PasswordHashing.Place] = []
            while let place = try? passwords.reservePlace() { held.append(place) }
            let recovery = try await browser.post(Routes.signInCode(), ["code": wrongRecovery])
            let digits = try await browser.post(Routes.signInCode(), ["code": wrongDigits])
            for place in held { place.release() }
            #expect(recovery.status == .serviceUnavailable)
            #expect(digits.status == .unauthorized)
            // Both count as wrong codes: a surge buys no uncounted guesses.
            let failures = try await AuditEvent.query(on: world.app.db).filter(\.$action == "sign_in.second_factor")
                .filter(\.$outcome == "failure").count()
            #expect(failures == 2)
        }
    }

    @Test("Fifty wrong passwords at once for one account are evaluated at most five times")
    func wrongPasswords() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let statuses = try await Self.together(
                (0..<Self.copies).map { _ in
                    {
                        let browser = Browser(world)
                        try await browser.get(Routes.signIn())
                        return try await browser.post(Routes.signIn(), ["email": member.email, "password": "not the password"])
                    }
                })
            // Past the hashing queue a sign-in is answered "try again" (503) before anything is done.
            #expect(statuses.allSatisfy { $0 == .unauthorized || $0 == .tooManyRequests || $0 == .serviceUnavailable })
            let evaluated = try await AuditEvent.query(on: world.app.db).filter(\.$action == "sign_in")
                .filter(\.$outcome == "failure").count()
            #expect(evaluated == statuses.filter { $0 == .unauthorized }.count)
            #expect(evaluated <= SignInThrottle.perAccount.freeAttempts)
            let counted = try #require(try await Member.find(member.id, on: world.app.db)).failedSignIns
            #expect(counted == evaluated)
        }
    }

    @Test("A guest link opened fifty times at once admits one guest")
    func guestPass() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let visit = try await Clinic.appointment(
                world, for: clinic.child, start: world.now.addingTimeInterval(5 * 60), minutes: 30, isVideo: true)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let key = try VideoVisitTests.guestFormKey(
                try await parent.get(Routes.patientAppointment(clinic.child.ref, visit.ref)))
            _ = try await parent.post(Routes.patientAppointmentGuests(clinic.child.ref, visit.ref), ["key": key, "name": "Dad"])
            let statuses = try await Self.together(
                (0..<Self.copies).map { _ in { try await Browser(world).get("/visit/\(key)") } })
            // Each waits for the pass's row: under the whole suite's load some can outwait the
            // connection pool and are answered "busy, try again" (503), never a 500.
            #expect(statuses.allSatisfy { [.seeOther, .gone, .serviceUnavailable].contains($0) }, "\(statuses)")
            let admitted = try await AuditEvent.query(on: world.app.db).filter(\.$action == "guest_pass.used")
                .filter(\.$outcome == "success").count()
            #expect(admitted == 1)
            #expect(statuses.filter { $0 == .seeOther }.count <= 1)
            #expect(
                statuses.filter { $0 == .gone }.count >= Self.copies - 1 - statuses.filter { $0 == .serviceUnavailable }.count)
        }
    }

    /// Each waits for the visit's lock holding one of the node's connections (eight here):
    /// under the whole suite's load some can outwait the pool and are answered "busy, try
    /// again" (503), before or after their commit, never with a 500 and never past the limit.
    @Test("Twenty guest links made at once for one visit stop at the visit's limit, each audited once")
    func guestLinkLimit() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let visit = try await Clinic.appointment(
                world, for: clinic.child, start: world.now.addingTimeInterval(60 * 60), minutes: 30, isVideo: true)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            _ = try await parent.get(Routes.patientAppointment(clinic.child.ref, visit.ref))
            let copies = 20
            let tabs = (0..<copies).map { _ in parent.newTab() }
            let statuses = try await Self.together(
                tabs.enumerated().map { n, tab in
                    {
                        try await tab.post(
                            Routes.patientAppointmentGuests(clinic.child.ref, visit.ref),
                            ["key": RandomToken.make(), "name": "Guest \(n)"])
                    }
                })
            let limit = VideoRooms.maxGuestsPerVisit
            let shown = statuses.filter { $0 == .ok }.count
            let made = try await VisitGuestPass.query(on: world.app.db).count()
            #expect(statuses.allSatisfy { [.ok, .conflict, .serviceUnavailable].contains($0) }, "\(statuses)")
            // A busy answer may also come after the commit, from the page that shows the link.
            #expect(shown <= made && made <= limit)
            #expect(made == limit || statuses.contains(.serviceUnavailable))
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "guest_pass.created").count() == made)
        }
    }

    @Test("Twenty invitations sent at once to one person for one patient leave one working link")
    func invitationsAtOnce() async throws {
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, name: "Invited Child", bornYearsAgo: 6)
            let him = try await InvitationTests().signedInHIM(world)
            _ = try await him.get(Routes.staffPatient(child.ref))
            let tabs = (0..<20).map { _ in him.newTab() }
            let statuses = try await Self.together(
                tabs.map { tab in
                    {
                        try await tab.post(
                            Routes.staffPatientInvitations(child.ref), ["email": "dad@example.org", "relationship": "parent"])
                    }
                })
            // Under the whole suite's load some may be answered "busy, try again" (503).
            #expect(statuses.allSatisfy { [.seeOther, .serviceUnavailable].contains($0) }, "\(statuses)")
            let invitations = try await Invitation.query(on: world.app.db).all()
            #expect(invitations.count == statuses.filter { $0 == .seeOther }.count)
            #expect(invitations.filter { $0.replacedAt == nil && $0.usedAt == nil }.count == 1)
        }
    }

    @Test("Wrong answers at once never count past five; the locked link refuses the right answer")
    func activationAnswers() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.patient(world, name: "Sol Teen", bornYearsAgo: 15)
            let invitations = InvitationTests()
            let him = try await invitations.signedInHIM(world)
            _ = try await him.get(Routes.staffPatient(teen.ref))
            _ = try await him.post(
                Routes.staffPatientInvitations(teen.ref), ["email": "sol@example.org", "relationship": "self"])
            let path = try await invitations.link(to: "sol@example.org", world)
            var guessers: [Browser] = []
            for _ in 0..<Self.copies {
                let browser = Browser(world)
                _ = try await browser.get(path)
                guessers.append(browser)
            }
            // Fifty at once: the throttle evaluates at most five of them.
            let burst = try await Self.together(
                guessers.map { browser in
                    { try await browser.post(path + "/verify", ["zip": "99999", "birth_date": "2000-01-01"]) }
                })
            #expect(burst.allSatisfy { [.badRequest, .locked, .tooManyRequests].contains($0) })
            let invitation = try #require(try await Invitation.query(on: world.app.db).first())
            #expect(invitation.wrongAnswers <= InvitationRules.maxWrongAnswers)
            // The counter itself: three wrong answers on record, five more at once, and the
            // count stops at five.
            invitation.wrongAnswers = 3
            try await invitation.update(on: world.app.db)
            try await SignInFailure.query(on: world.app.db).delete()
            let five = try await Self.together(
                guessers.prefix(Self.fewCopies).map { browser in
                    { try await browser.post(path + "/verify", ["zip": "99999", "birth_date": "2000-01-01"]) }
                })
            #expect(five.filter { $0 == .badRequest }.count == 1)
            #expect(five.filter { $0 == .locked }.count == Self.fewCopies - 1)
            #expect(try await Invitation.query(on: world.app.db).first()?.wrongAnswers == InvitationRules.maxWrongAnswers)
            let rightful = Browser(world)
            _ = try await rightful.get(path)
            let late = try await rightful.post(path + "/verify", ["zip": "60614", "birth_date": teen.birthDate])
            #expect(late.status == .locked)
        }
    }

    @Test("A verified link submitted fifty times at once makes one account")
    func invitationUse() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.patient(world, name: "Sol Teen", bornYearsAgo: 15)
            let invitations = InvitationTests()
            let him = try await invitations.signedInHIM(world)
            _ = try await him.get(Routes.staffPatient(teen.ref))
            _ = try await him.post(
                Routes.staffPatientInvitations(teen.ref), ["email": "sol@example.org", "relationship": "self"])
            let path = try await invitations.link(to: "sol@example.org", world)
            var holders: [Browser] = []
            for _ in 0..<Self.copies {
                let browser = Browser(world)
                _ = try await browser.get(path)
                _ = try await browser.post(path + "/verify", ["zip": "60614", "birth_date": teen.birthDate])
                _ = try await browser.get(path)
                holders.append(browser)
            }
            let statuses = try await Self.together(
                holders.map { browser in
                    {
                        try await browser.post(
                            path + "/account", ["full_name": "Sol Teen", "password": "marigold lanterns over the river"])
                    }
                })
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            // Past the hashing queue a submission is answered "try again" (503) before anything is done.
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .gone || $0 == .serviceUnavailable }, "\(statuses)")
            let accounts = try await Member.query(on: world.app.db).filter(\.$email == "sol@example.org").all()
            #expect(accounts.count == 1)
            #expect(try await AccessGrant.query(on: world.app.db).filter(\.$patient.$id == teen.id!).count() == 1)
        }
    }
}
