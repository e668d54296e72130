import Testing

@testable import PortalCore

@Suite("Password rules")
struct PasswordPolicyTests {
    let policy = PasswordPolicy.standard
    let person = ["Ana María Pérez", "ana.perez@example.org"]

    @Test("Without a second factor 15 characters are needed, with one 8")
    func minimumLengths() {
        #expect(policy.problems(with: "violet kettle 9", hasSecondFactor: false, personalInformation: []) == [])
        #expect(
            policy.problems(with: "violet kettle", hasSecondFactor: false, personalInformation: []) == [.tooShort(minimum: 15)])
        #expect(policy.problems(with: "vk9-lamp", hasSecondFactor: true, personalInformation: []) == [])
        #expect(policy.problems(with: "vk9-lam", hasSecondFactor: true, personalInformation: []) == [.tooShort(minimum: 8)])
    }

    @Test("No composition rules: a long phrase of lowercase words is fine")
    func noCompositionRules() {
        #expect(
            policy.problems(with: "the quiet harbor lamps at dawn", hasSecondFactor: false, personalInformation: person).isEmpty)
    }

    @Test("Up to 128 characters are accepted, and more are refused rather than cut")
    func maximumLength() {
        #expect(
            policy.problems(with: String(repeating: "ab1 ", count: 32), hasSecondFactor: false, personalInformation: []).isEmpty)
        #expect(
            policy.problems(with: String(repeating: "x", count: 129), hasSecondFactor: false, personalInformation: []) == [
                .tooLong(maximum: 128)
            ])
    }

    @Test("Commonly used passwords are refused whatever their case")
    func commonPasswords() {
        #expect(policy.problems(with: "password", hasSecondFactor: true, personalInformation: []) == [.commonlyUsed])
        #expect(policy.problems(with: "PassWord1", hasSecondFactor: true, personalInformation: []).contains(.commonlyUsed))
    }

    @Test("Words of the person's own name and e-mail are refused")
    func personalWords() {
        #expect(
            policy.problems(with: "perez family 2025!", hasSecondFactor: false, personalInformation: person) == [
                .containsPersonalWord
            ])
        #expect(
            policy.problems(with: "my maría garden rose", hasSecondFactor: false, personalInformation: person) == [
                .containsPersonalWord
            ])
    }

    @Test("Length counts characters, not bytes")
    func unicodeLength() {
        #expect(policy.problems(with: "ñandú cigüeña", hasSecondFactor: true, personalInformation: []).isEmpty)
        #expect(policy.problems(with: "ñññññññ", hasSecondFactor: true, personalInformation: []) == [.tooShort(minimum: 8)])
    }

    @Test("Passwords that differ only after 72 bytes get different digests")
    func prehashKeepsEveryCharacter() {
        let prefix = String(repeating: "a", count: 80)
        #expect(PasswordDigest.prehash(prefix + "1") != PasswordDigest.prehash(prefix + "2"))
        #expect(PasswordDigest.prehash(prefix).utf8.count == 44)
    }
}
