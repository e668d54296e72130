import Foundation
import PortalCore
import Testing

@Suite("Password reset links")
struct PasswordResetRulesTests {
    let requested = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("A link works for 30 minutes and not a second longer")
    func thirtyMinutes() {
        #expect(PasswordResetRules.state(requestedAt: requested, usedAt: nil, at: requested) == .usable)
        #expect(PasswordResetRules.state(requestedAt: requested, usedAt: nil, at: requested + 1_799.999) == .usable)
        #expect(PasswordResetRules.state(requestedAt: requested, usedAt: nil, at: requested + 1_800) == .expired)
        #expect(PasswordResetRules.state(requestedAt: requested, usedAt: nil, at: requested + 86_400) == .expired)
    }

    @Test("A used link stays used, even inside its 30 minutes")
    func usedOnce() {
        #expect(PasswordResetRules.state(requestedAt: requested, usedAt: requested + 60, at: requested + 61) == .used)
        #expect(PasswordResetRules.state(requestedAt: requested, usedAt: requested + 60, at: requested + 3_600) == .used)
    }
}
