import Fluent
import Foundation

/// A text a care team's members reuse in replies; `{first_name}` becomes the patient's first name.
final class SavedReply: Model, @unchecked Sendable {
    static let schema = "saved_replies"

    static let titleLimit = 80

    @ID(key: .id) var id: UUID?
    @Parent(key: "pool_id") var careTeam: CareTeam
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] { [$id, $careTeam, $title, $body, $createdBy, $createdAt] }

    init() {}

    init(careTeamID: UUID, title: String, body: String, createdBy: UUID?) {
        self.$careTeam.id = careTeamID
        self.title = title
        self.body = body
        self.createdBy = createdBy
    }
}
