import PortalCore

/// What the documents pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `DocumentsText+English.swift` and
/// `DocumentsText+Spanish.swift`; pages read them in both through `Strings.documents`.
struct DocumentsText: Sendable {
    let title: String
    let titleFor: @Sendable (String) -> String
    let intro: String
    let none: String
    let written: String
    let author: String
    let patient: String
    let visit: String
    let downloadPDF: String
    let dateOfBirth: String
    let confidential: String
    let restricted: String
    let backToDocuments: String
    let backToRecord: String
    let printedOn: @Sendable (String) -> String
}

extension Strings {
    static let documents = Translated(english: DocumentsText.english, spanish: DocumentsText.spanish)
}
