import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

/// Each single-use thing and each counter is one conditional statement whose row count
/// decides: fired all at once, the limit holds (on SQLite here, on PostgreSQL with
/// `scripts/test-postgres.sh`).
@Suite("Limits hold when the same request arrives many times at once")
struct SimultaneousRequestTests {
    static let copies = 30

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
        return (member, secret, String(list.output).matches(of: /[A-Z2-9]{5}-[A-Z2-9]{5}/).map { String($0.output) })
    }

    /// Browsers that have given the password and wait at the code page.
    static func atCodePage(_ world: TestWorld, _ member: Member) async throws -> [Browser] {
        var browsers: [Browser] = []
        for _ in 0..<copies {
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.signInCode())
            browsers.append(browser)
        }
        return browsers
    }

    @Test("One recovery code sent thirty times at once signs in once")
    func recoveryCode() async throws {
        try await withTestApp { world in
            let (member, _, codes) = try await Self.memberWithSecondFactor(world)
            let browsers = try await Self.atCodePage(world, member)
            let statuses = try await Self.together(
                browsers.map { browser in
                    { try await browser.post(Routes.signInCode(), ["code": codes[0]]) }
                })
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .unauthorized || $0 == .tooManyRequests })
            #expect(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "second_factor.recovery_code_used").count() == 1)
        }
    }

    @Test("One authenticator code sent thirty times at once signs in once")
    func authenticatorCode() async throws {
        try await withTestApp { world in
            let (member, secret, _) = try await Self.memberWithSecondFactor(world)
            let browsers = try await Self.atCodePage(world, member)
            let code = SecondFactorTests.code(world, offset: 30, secret: secret)
            let statuses = try await Self.together(
                browsers.map { browser in
                    { try await browser.post(Routes.signInCode(), ["code": code]) }
                })
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .unauthorized || $0 == .tooManyRequests })
        }
    }

    @Test("Thirty wrong answers at once lock the link at five; the right answer after them is refused")
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
            let statuses = try await Self.together(
                guessers.map { browser in
                    { try await browser.post(path + "/verify", ["zip": "99999", "birth_date": "2000-01-01"]) }
                })
            #expect(!statuses.contains(.internalServerError))
            let invitation = try #require(try await Invitation.query(on: world.app.db).first())
            #expect(invitation.wrongAnswers == 5)
            let rightful = Browser(world)
            _ = try await rightful.get(path)
            world.advance(3600)
            let late = try await rightful.post(path + "/verify", ["zip": "60614", "birth_date": teen.birthDate])
            #expect(late.status == .locked)
        }
    }

    @Test("A verified link submitted thirty times at once makes one account")
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
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .gone })
            let accounts = try await Member.query(on: world.app.db).filter(\.$email == "sol@example.org").all()
            #expect(accounts.count == 1)
            #expect(try await AccessGrant.query(on: world.app.db).filter(\.$patient.$id == teen.id!).count() == 1)
        }
    }
}
