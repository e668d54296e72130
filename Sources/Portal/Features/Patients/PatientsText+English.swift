import PortalCore

extension PatientsText {
    static let english = PatientsText(
        dateOfBirth: "Date of birth",
        age: "Age",
        legalName: "Legal name",
        recordNumber: "Medical record number",
        inThisRecord: "In this record",
        documents: "Documents",
        section: { name, count in "\(name.english) (\(count))" },
        newCount: { count in "\(count) new" },
        yourAccess: "Your access",
        limitedExplanation:
            "Because your child is 12 or older, some of their care is private to them by law: for example sexual and reproductive health, mental health and substance use, and their own messages with the care team. Those items do not appear for you.",
        fullExplanation: "You can see everything the portal shows for this patient.",
        ownExplanation: "This is your own record. Information that is confidential to you is not shown to your parents.",
        specialExplanation: "You have access by special arrangement recorded by the hospital, until the date the hospital set.",
        authorizationExplanation:
            "The patient has authorized you in writing to see their record until the date shown. Sensitive services, such as mental health or sexual health, stay private to them.",
        questions:
            "Questions about what a clinician wrote go to the care team. Other questions about this record go to Health Information Management."
    )
}
