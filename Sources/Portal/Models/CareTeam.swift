import Fluent
import Foundation
import PortalCore

/// A shared inbox: a care team (a clinic or department) or Health Information Management.
final class CareTeam: Model, @unchecked Sendable {
    static let schema = "care_pools"

    enum Kind: String, Codable, Sendable {
        case clinical = "care_team"
        /// Questions about records; every patient may write to it.
        case him
    }

    @ID(key: .id) var id: UUID?
    @Enum(key: "kind") var kind: Kind
    @Field(key: "name_en") var nameEnglish: String
    @Field(key: "name_es") var nameSpanish: String
    @Field(key: "response_business_days") var responseBusinessDays: Int
    /// Whether its members get a morning e-mail of what is waiting.
    @Field(key: "sends_digest") var sendsDigest: Bool
    /// The kind of confidential care it gives (an adolescent clinic), or nil: its name alone
    /// tells what a patient is treated for, so it is named only to viewers who may see that.
    @OptionalField(key: "confidential_category") var confidentialCategoryValue: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [$id, $kind, $nameEnglish, $nameSpanish, $responseBusinessDays, $sendsDigest, $confidentialCategoryValue, $createdAt]
    }

    init() {}

    init(
        id: UUID? = nil, kind: Kind, nameEnglish: String, nameSpanish: String, responseBusinessDays: Int, sendsDigest: Bool = true
    ) {
        self.id = id
        self.kind = kind
        self.nameEnglish = nameEnglish
        self.nameSpanish = nameSpanish
        self.responseBusinessDays = responseBusinessDays
        self.sendsDigest = sendsDigest
    }

    var name: LocalizedText { LocalizedText(en: nameEnglish, es: nameSpanish) }
    var promise: ResponsePromise { ResponsePromise(businessDays: responseBusinessDays) }

    /// The label its name carries. A stored value the code does not know reads as restricted.
    var nameLabel: Sensitivity { Self.nameLabel(category: confidentialCategoryValue) }

    /// The label a name with this stored category carries, for a team read as columns.
    static func nameLabel(category: String?) -> Sensitivity {
        category.map(Sensitivity.init(storageValue:)) ?? .normal
    }

    /// Its name as a viewer of a patient's record may read it: a confidential team's name
    /// only for those who may see its category (a thread written before the team was marked,
    /// or before the patient turned 12, keeps its words but not the team's name).
    func name(shownWith access: PatientAccess?) -> LocalizedText {
        guard let access, access.canSee(nameLabel) else { return Strings.messaging.unnamedCareTeam }
        return name
    }
}
