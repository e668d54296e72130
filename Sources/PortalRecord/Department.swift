import Fluent
import Foundation
import PortalCore

/// A hospital department as families meet it: where appointments happen, who schedules
/// them, whether families may ask for one here, and how its video visits are reached. The
/// EHR names it by a Location identifier (`ehr_key`).
public final class Department: Model, @unchecked Sendable {
    public static let schema = "departments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "ehr_key") public var ehrKey: String
    @Field(key: "name_en") public var nameEnglish: String
    @Field(key: "name_es") public var nameSpanish: String
    @OptionalField(key: "address") public var address: String?
    @OptionalField(key: "phone") public var phone: String?
    /// Set for a department whose every visit is a sensitive service (an adolescent clinic):
    /// its appointments are labeled so, and a parent of a 12-17-year-old never sees them.
    @OptionalField(key: "confidential_category") public var confidentialCategoryValue: String?
    @Field(key: "takes_requests") public var takesRequests: Bool
    /// Common reasons for a visit, one per line, offered on the request form.
    @Field(key: "reasons_en") public var reasonsEnglish: String
    @Field(key: "reasons_es") public var reasonsSpanish: String
    /// The hospital video platform's room address, with `{room}` where the room goes.
    @OptionalField(key: "video_url_template") public var videoURLTemplate: String?
    /// How many business days the schedulers promise to answer a request in.
    @Field(key: "response_business_days") public var responseBusinessDays: Int
    /// The ages it sees, in whole years (`DepartmentAges`); nil ends are open.
    @OptionalField(key: "ages_from") public var agesFrom: Int?
    @OptionalField(key: "ages_through") public var agesThrough: Int?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public var properties: [any AnyProperty] {
        [
            $id, $ehrKey, $nameEnglish, $nameSpanish, $address, $phone, $confidentialCategoryValue, $takesRequests,
            $reasonsEnglish, $reasonsSpanish, $videoURLTemplate, $responseBusinessDays, $agesFrom, $agesThrough, $createdAt,
        ]
    }

    public init() {}

    public init(
        id: UUID? = nil, ehrKey: String, nameEnglish: String, nameSpanish: String, address: String? = nil,
        phone: String? = nil, confidentialCategory: SensitiveCategory? = nil, takesRequests: Bool = true,
        reasonsEnglish: [String] = [], reasonsSpanish: [String] = [], videoURLTemplate: String? = nil,
        responseBusinessDays: Int = 2, ages: DepartmentAges = .everyone
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
        self.agesFrom = ages.from
        self.agesThrough = ages.through
    }

    /// The ages it sees; stored ends that no longer make a range read as everyone's, since
    /// the form never stores one.
    public var ages: DepartmentAges { DepartmentAges(from: agesFrom, through: agesThrough) ?? .everyone }

    public var name: LocalizedText { LocalizedText(en: nameEnglish, es: nameSpanish) }

    public var confidentialCategory: SensitiveCategory? { confidentialCategoryValue.flatMap(SensitiveCategory.init(rawValue:)) }

    /// The label its name and visits carry. A stored category the code does not know (a
    /// rollback, a hand edit) reads as restricted: it fails closed.
    public var label: Sensitivity {
        guard let value = confidentialCategoryValue else { return .normal }
        return SensitiveCategory(rawValue: value).map { .adolescentConfidential($0) } ?? .restricted
    }

    /// The common reasons in one language, paired with their English text, which is what is stored.
    public func reasons(in language: Language) -> [(stored: String, shown: String)] {
        let english = reasonsEnglish.split(separator: "\n").map(String.init)
        let spanish = reasonsSpanish.split(separator: "\n").map(String.init)
        return english.enumerated().map { index, text in
            (text, language == .spanish && index < spanish.count ? spanish[index] : text)
        }
    }

    public var promise: ResponsePromise { ResponsePromise(businessDays: responseBusinessDays) }
}
