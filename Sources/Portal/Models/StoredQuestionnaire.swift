import Fluent
import Foundation

/// A Questionnaire resource as loaded, kept whole (`content`) and read again with
/// `IntakeQuestionnaire.read` when asked; one row per url and version.
final class StoredQuestionnaire: Model, @unchecked Sendable {
    static let schema = "questionnaires"

    @ID(key: .id) var id: UUID?
    @Field(key: "url") var url: String
    /// Empty when the resource has none.
    @Field(key: "version") var version: String
    @Field(key: "title_en") var titleEnglish: String
    @Field(key: "title_es") var titleSpanish: String
    @Field(key: "confidential") var confidential: Bool
    @Field(key: "content") var content: String
    @Field(key: "content_hash") var contentHash: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    var properties: [any AnyProperty] {
        [$id, $url, $version, $titleEnglish, $titleSpanish, $confidential, $content, $contentHash, $createdAt, $updatedAt]
    }

    init() {}
}

/// A department asks this questionnaire before its visits.
final class DepartmentQuestionnaire: Model, @unchecked Sendable {
    static let schema = "department_questionnaires"

    @ID(key: .id) var id: UUID?
    @Field(key: "department_id") var departmentID: UUID
    @Field(key: "questionnaire_id") var questionnaireID: UUID

    var properties: [any AnyProperty] { [$id, $departmentID, $questionnaireID] }

    init() {}

    init(departmentID: UUID, questionnaireID: UUID) {
        self.departmentID = departmentID
        self.questionnaireID = questionnaireID
    }
}
