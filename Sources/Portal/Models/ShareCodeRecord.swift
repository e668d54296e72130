import Fluent
import Foundation

/// A share code as stored: never the code itself, only its keyed hash and last four
/// characters. `created_by_patient` keeps a teenager's codes theirs alone.
final class ShareCodeRecord: Model, @unchecked Sendable {
    static let schema = "share_codes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "patient_id") var patient: Patient
    @Parent(key: "created_by") var creator: Member
    @Field(key: "created_by_patient") var createdByPatient: Bool
    @Field(key: "kind") var kind: String
    @Field(key: "lookup_key") var lookupKey: String
    @Field(key: "ending") var ending: String
    @OptionalField(key: "note") var note: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "locked_at") var lockedAt: Date?
    @Field(key: "wrong_birth_dates") var wrongBirthDates: Int
    /// The key of the form that made it: the same form sent twice makes one code.
    @OptionalField(key: "submission_key") var submissionKey: String?

    var properties: [any AnyProperty] {
        [
            $id, $patient, $creator, $createdByPatient, $kind, $lookupKey, $ending, $note, $createdAt, $expiresAt, $revokedAt,
            $lockedAt, $wrongBirthDates, $submissionKey,
        ]
    }

    init() {}
}

/// One try at a share code: when, from which browser (as "Chrome on Windows"), and what came of it.
final class ShareCodeUse: Model, @unchecked Sendable {
    static let schema = "share_code_uses"

    enum Outcome: String, Codable {
        case viewed
        case wrongBirthDate = "wrong_birth_date"
        /// A try at a code already locked by wrong dates of birth.
        case locked
        /// The code was right but no longer opened: expired, revoked, locked, or its maker
        /// may no longer share the record.
        case refused
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "share_code_id") var shareCode: ShareCodeRecord
    @Field(key: "at") var at: Date
    @Enum(key: "outcome") var outcome: Outcome
    @Field(key: "browser") var browser: String

    var properties: [any AnyProperty] { [$id, $shareCode, $at, $outcome, $browser] }

    init() {}

    init(shareCodeID: UUID, at: Date, outcome: Outcome, browser: String) {
        self.$shareCode.id = shareCodeID
        self.at = at
        self.outcome = outcome
        self.browser = browser
    }
}
