import PortalCore

/// What the imaging pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `ImagingText+English.swift` and
/// `ImagingText+Spanish.swift`; pages read them in both through `Strings.imaging`.
struct ImagingText: Sendable {
    let title: String
    let titleFor: @Sendable (String) -> String
    let intro: String
    let none: String
    let performed: String
    let bodySite: String
    let modality: String
    let findings: String
    let impression: String
    let backToList: String
    let modalityName: @Sendable (String) -> String
}

extension Strings {
    static let imaging = Translated(english: ImagingText.english, spanish: ImagingText.spanish)
}
