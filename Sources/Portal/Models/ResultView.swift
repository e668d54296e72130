import Fluent
import Foundation

/// That a member has seen a result (a laboratory or imaging report) in the portal.
final class ResultView: Model, @unchecked Sendable {
    static let schema = "result_views"

    @ID(key: .id) var id: UUID?
    @Parent(key: "member_id") var member: Member
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "viewed_at") var viewedAt: Date

    var properties: [any AnyProperty] { [$id, $member, $itemID, $viewedAt] }

    init() {}

    init(memberID: UUID, itemID: UUID, viewedAt: Date) {
        self.$member.id = memberID
        self.itemID = itemID
        self.viewedAt = viewedAt
    }
}
