import PortalCore

extension RecordSearchText {
    static let english = RecordSearchText(
        title: "Open a patient's record",
        intro: "Open a patient's record as the portal shows it, with the controls to restrict a result or document.",
        label: "Record number or part of the legal name",
        search: "Search",
        tooShort: "Type at least two characters.",
        none: "No patient matches."
    )
}
