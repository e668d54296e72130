import Fluent
import Foundation

/// A member's "this was not me": someone else may have used their account. HIM sees open
/// reports and closes each once the account is dealt with.
final class AccountReport: Model, @unchecked Sendable {
    static let schema = "account_reports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "member_id") var member: Member
    @Field(key: "reported_at") var reportedAt: Date
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalParent(key: "closed_by") var closedBy: StaffUser?

    var properties: [any AnyProperty] { [$id, $member, $reportedAt, $closedAt, $closedBy] }

    init() {}

    init(memberID: UUID, reportedAt: Date) {
        self.$member.id = memberID
        self.reportedAt = reportedAt
    }
}
