import PortalCore

extension DocumentsText {
    static let english = DocumentsText(
        title: "Documents",
        titleFor: { name in "Documents for \(name)" },
        intro: "Visit summaries, notes and letters from the care team, newest first.",
        none: "There are no documents in this record yet.",
        written: "Date",
        author: "Written by",
        patient: "Patient",
        visit: "Visit",
        downloadPDF: "Download the document (PDF)",
        dateOfBirth: "Date of birth",
        confidential: "Confidential: only you and your care team can see this document.",
        restricted: "Restricted: visible to hospital staff only.",
        backToDocuments: "All documents",
        backToRecord: "Back to the record",
        printedOn: { date in "Printed from the patient portal on \(date)." }
    )
}
