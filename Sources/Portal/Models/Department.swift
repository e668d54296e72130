import Fluent
import Foundation
import PortalCore

/// A hospital department as families meet it: where appointments happen, who schedules
/// them, whether families may ask for one here, and how its video visits are reached. The
/// EHR names it by a Location identifier (`ehr_key`).
final class Department: Model, @unchecked Sendable {
    static let schema = "departments"

    @ID(key: .id) var id: UUID?
    @Field(key: "ehr_key") var ehrKey: String
    @Field(key: "name_en") var nameEnglish: String
    @Field(key: "name_es") var nameSpanish: String
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "phone") var phone: String?
    /// Set for a department whose every visit is a sensitive service (an adolescent clinic):
    /// its appointments are labeled so, and a parent of a 12-17-year-old never sees them.
    @OptionalField(key: "confidential_category") var confidentialCategoryValue: String?
    @Field(key: "takes_requests") var takesRequests: Bool
    /// Common reasons for a visit, one per line, offered on the request form.
    @Field(key: "reasons_en") var reasonsEnglish: String
    @Field(key: "reasons_es") var reasonsSpanish: String
    /// The hospital video platform's room address, with `{room}` where the room goes.
    @OptionalField(key: "video_url_template") var videoURLTemplate: String?
    /// How many business days the schedulers promise to answer a request in.
    @Field(key: "response_business_days") var responseBusinessDays: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        id: UUID? = nil, ehrKey: String, nameEnglish: String, nameSpanish: String, address: String? = nil,
        phone: String? = nil, confidentialCategory: SensitiveCategory? = nil, takesRequests: Bool = true,
        reasonsEnglish: [String] = [], reasonsSpanish: [String] = [], videoURLTemplate: String? = nil,
        responseBusinessDays: Int = 2
    ) {
        self.id = id
        self.ehrKey = ehrKey
        self.nameEnglish = nameEnglish
        self.nameSpanish = nameSpanish
        self.address = address
        self.phone = phone
        self.confidentialCategoryValue = confidentialCategory?.rawValue
        self.takesRequests = takesRequests
        self.reasonsEnglish = reasonsEnglish.joined(separator: "\n")
        self.reasonsSpanish = reasonsSpanish.joined(separator: "\n")
        self.videoURLTemplate = videoURLTemplate
        self.responseBusinessDays = responseBusinessDays
    }

    var name: LocalizedText { LocalizedText(en: nameEnglish, es: nameSpanish) }

    var confidentialCategory: SensitiveCategory? { confidentialCategoryValue.flatMap(SensitiveCategory.init(rawValue:)) }

    /// The common reasons in one language, paired with their English text, which is what is stored.
    func reasons(in language: Language) -> [(stored: String, shown: String)] {
        let english = reasonsEnglish.split(separator: "\n").map(String.init)
        let spanish = reasonsSpanish.split(separator: "\n").map(String.init)
        return english.enumerated().map { index, text in
            (text, language == .spanish && index < spanish.count ? spanish[index] : text)
        }
    }

    var promise: ResponsePromise { ResponsePromise(businessDays: responseBusinessDays) }
}
