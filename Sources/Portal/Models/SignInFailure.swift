import Fluent
import Foundation

/// A failed sign-in, kept for throttling, or a use of a rate-limited anonymous form
/// (`FormRateLimiting`). The key is a hash of the e-mail address or the client address, so
/// the table holds no address in the clear.
final class SignInFailure: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "throttle_key") var throttleKey: String
    @Field(key: "failed_at") var failedAt: Date

    var properties: [any AnyProperty] { [$id, $throttleKey, $failedAt] }

    init() {}

    init(throttleKey: String, failedAt: Date) {
        self.throttleKey = throttleKey
        self.failedAt = failedAt
    }
}
