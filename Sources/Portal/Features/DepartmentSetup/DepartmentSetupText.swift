import PortalCore

/// What the department setup pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `DepartmentSetupText+English.swift` and
/// `DepartmentSetupText+Spanish.swift`; pages read them in both through `Strings.departmentSetup`.
struct DepartmentSetupText: Sendable {
    let title: String
    let intro: String
    let add: String
    let create: String
    let save: String
    let saved: String
    let settings: String
    let ehrKey: String
    let ehrKeyHint: String
    let nameEnglish: String
    let nameSpanish: String
    let address: String
    let phone: String
    let confidential: String
    let confidentialHint: String
    let notConfidential: String
    let takesRequests: String
    let reasonsEnglish: String
    let reasonsSpanish: String
    let videoTemplate: String
    let videoTemplateHint: String
    let responseDays: String
    let schedulers: String
    let noSchedulers: String
    let questionnaires: String
    let questionnairesHint: String
    let noQuestionnaires: String
    let asksBeforeVisits: String
    let confidentialScreen: String
    let saveQuestionnaires: String
    let addScheduler: String
    let addButton: String
    let removeNamed: @Sendable (String) -> String
    let takesRequestsShort: String
    let noRequests: String
    let hasVideo: String
    // Problems
    let keyNeeded: String
    let keyTaken: String
    let namesNeeded: String
    let textTooLong: String
    let reasonsMismatch: String
    let templateInvalid: String
    let daysNeeded: String
    let ages: String
    let agesHint: String
    let agesFrom: String
    let agesThrough: String
    let agesInvalid: String
    let agesShort: @Sendable (Int?, Int?) -> String
    let categoryUnknown: String
    let category: @Sendable (SensitiveCategory) -> String
}

extension Strings {
    static let departmentSetup = Translated(english: DepartmentSetupText.english, spanish: DepartmentSetupText.spanish)
}
