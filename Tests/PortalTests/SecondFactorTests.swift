import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Second factor")
struct SecondFactorTests {
    static let secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

    static func code(_ world: TestWorld, offset: TimeInterval = 0, secret: String = secret) -> String {
        TOTPVerifier.code(secret: secret, at: world.now.addingTimeInterval(offset))!
    }

    static func signInStaff(_ browser: Browser, _ world: TestWorld, _ staff: StaffUser) async throws {
        let first = try await browser.signIn(email: staff.email, staff: true)
        #expect(first.location == Routes.signInCode())
        try await browser.get(Routes.signInCode())
        let second = try await browser.post(Routes.signInCode(), ["code": code(world)])
        #expect(second.location == Routes.staffHome())
    }

    @Test("Our codes match RFC 6238's SHA-1 test vector")
    func rfcVector() {
        // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s -> 94287082 (8 digits); 6 digits: 287082.
        let secret = Base32.encode(Array("12345678901234567890".utf8))
        #expect(TOTPVerifier.code(secret: secret, at: Date(timeIntervalSince1970: 59)) == "287082")
        #expect(TOTPVerifier.code(secret: secret, at: Date(timeIntervalSince1970: 1_111_111_109)) == "081804")
    }

    @Test("Staff need the code after the password; a code works once, within one step either side")
    func staffCode() async throws {
        try await withTestApp { world in
            let staff = try await Fixtures.staff(world)
            let browser = Browser(world)
            try await browser.signIn(email: staff.email, staff: true)
            #expect(try await browser.get(Routes.staffHome()).location == Routes.signInCode())

            try await browser.get(Routes.signInCode())
            let tooOld = try await browser.post(Routes.signInCode(), ["code": Self.code(world, offset: -60)])
            let tooNew = try await browser.post(Routes.signInCode(), ["code": Self.code(world, offset: 60)])
            let late = try await browser.post(Routes.signInCode(), ["code": Self.code(world, offset: -30)])

            #expect(tooOld.status == .unauthorized)
            #expect(tooNew.status == .unauthorized)
            #expect(late.location == Routes.staffHome())
            #expect(try await browser.get(Routes.staffHome()).status == .ok)

            // The same code again, in a new sign-in within its window, is refused.
            let second = Browser(world)
            try await second.signIn(email: staff.email, staff: true)
            try await second.get(Routes.signInCode())
            let replay = try await second.post(Routes.signInCode(), ["code": Self.code(world, offset: -30)])
            #expect(replay.status == .unauthorized)
            #expect(replay.body.contains("already been used"))
        }
    }

    @Test(
        "Malformed codes are refused with the form, not an error",
        arguments: ["", "12345", "1234567", "abcdef", "' OR 1=1", "１２３４５６"])
    func malformedCodes(code: String) async throws {
        try await withTestApp { world in
            let staff = try await Fixtures.staff(world)
            let browser = Browser(world)
            try await browser.signIn(email: staff.email, staff: true)
            try await browser.get(Routes.signInCode())
            let page = try await browser.post(Routes.signInCode(), ["code": code])
            #expect(page.status == .unauthorized)
            #expect(page.body.contains(#"aria-invalid="true""#))
        }
    }

    @Test("Guessing codes is throttled")
    func codeGuessingThrottled() async throws {
        try await withTestApp { world in
            let staff = try await Fixtures.staff(world)
            let browser = Browser(world)
            try await browser.signIn(email: staff.email, staff: true)
            try await browser.get(Routes.signInCode())
            for guess in 0..<5 { try await browser.post(Routes.signInCode(), ["code": String(format: "%06d", guess)]) }
            let blocked = try await browser.post(Routes.signInCode(), ["code": Self.code(world)])
            #expect(blocked.status == .tooManyRequests)
        }
    }

    @Test("Staff without a second factor must set one up before anything else")
    func staffSetup() async throws {
        try await withTestApp { world in
            let staff = try await Fixtures.staff(world, totpSecret: nil)
            let browser = Browser(world)
            let signIn = try await browser.signIn(email: staff.email, staff: true)
            #expect(signIn.location == Routes.secondFactorSetup())
            #expect(try await browser.get(Routes.staffHome()).location == Routes.secondFactorSetup())

            let setup = try await browser.get(Routes.secondFactorSetup())
            let uriStart = try #require(setup.body.range(of: "otpauth://totp/"))
            let secret = String(setup.body[uriStart.upperBound...].split(separator: "=")[1].prefix(32))
            let wrong = try await browser.post(Routes.secondFactorSetup(), ["code": "000000"])
            let right = try await browser.post(Routes.secondFactorSetup(), ["code": Self.code(world, secret: secret)])

            #expect(wrong.status == .badRequest)
            // Staff get recovery codes too, shown once, on a page of the new signed-in session.
            #expect(right.status == .ok)
            #expect(right.body.matches(of: /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/).count == 10)
            #expect(try await RecoveryCode.query(on: world.app.db).filter(\.$staffUser.$id == staff.id).count() == 10)
            #expect(try await browser.get(Routes.staffHome()).status == .ok)
            let stored = try #require(try await StaffUser.find(staff.id, on: world.app.db)?.totpSecret)
            #expect(!stored.contains(secret))  // encrypted at rest
        }
    }

    @Test("A second factor half set up never carries over to the next person signing in on the same browser")
    func pendingSecretStaysWithItsAccount() async throws {
        try await withTestApp { world in
            func secret(on page: Browser.Page) throws -> String {
                let start = try #require(page.body.range(of: "otpauth://totp/"))
                return String(page.body[start.upperBound...].split(separator: "=")[1].prefix(32))
            }
            let first = try await Fixtures.staff(world, totpSecret: nil)
            let browser = Browser(world)
            try await browser.signIn(email: first.email, staff: true)
            let firstSecret = try secret(on: try await browser.get(Routes.secondFactorSetup()))
            // The same person again keeps the authenticator entry they may have scanned.
            try await browser.signIn(email: first.email, staff: true)
            #expect(try secret(on: try await browser.get(Routes.secondFactorSetup())) == firstSecret)
            // Someone else on the same browser gets a secret of their own.
            let second = try await Fixtures.staff(world, totpSecret: nil)
            try await browser.signIn(email: second.email, staff: true)
            let secondSecret = try secret(on: try await browser.get(Routes.secondFactorSetup()))
            #expect(secondSecret != firstSecret)
            _ = try await browser.post(Routes.secondFactorSetup(), ["code": Self.code(world, secret: secondSecret)])
            let stored = try #require(try await StaffUser.find(second.id, on: world.app.db)?.totpSecret)
            #expect(try world.app.portal.secrets.open(stored) == secondSecret)
        }
    }

    @Test("A member turns on two-step sign-in, gets recovery codes, and each code works once")
    func memberSetupAndRecovery() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            let setup = try await browser.get(Routes.secondFactorSetup())
            let uriStart = try #require(setup.body.range(of: "otpauth://totp/"))
            let secret = String(setup.body[uriStart.upperBound...].split(separator: "=")[1].prefix(32))
            let codesPage = try await browser.post(Routes.secondFactorSetup(), ["code": Self.code(world, secret: secret)])
            #expect(codesPage.status == .ok)
            // Only inside the list: a random CSRF token elsewhere on the page can look like a code.
            let list = try #require(codesPage.body.firstMatch(of: /<ul class="codes">.*?<\/ul>/.dotMatchesNewlines()))
            let codes = String(list.output).matches(of: /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/).map {
                String($0.output)
            }
            #expect(codes.count == 10)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "second_factor.enabled").count() == 1)

            let next = Browser(world)
            let password = try await next.signIn(email: member.email)
            #expect(password.location == Routes.signInCode())
            try await next.get(Routes.signInCode())
            #expect(try await next.post(Routes.signInCode(), ["code": codes[0].lowercased()]).location == Routes.home())

            let reuse = Browser(world)
            try await reuse.signIn(email: member.email)
            try await reuse.get(Routes.signInCode())
            #expect(try await reuse.post(Routes.signInCode(), ["code": codes[0]]).status == .unauthorized)
            let account = try await next.get(Routes.account())
            #expect(account.body.contains("Unused recovery codes: 9"))
        }
    }
}
