extension FamilyAudienceText {
    static let english = FamilyAudienceText(
        whoSees: "Who sees it",
        shareLegend: "Who sees this",
        shareWithParents: "Let my parents or guardians see this",
        shareHint: "Your care team always sees it. Your parents or guardians do not, unless you tick this box.",
        privateToPatient: "Only you and your care team see this.",
        privateToPatientStaffNote:
            "Private to the patient: the patient's parents or guardians do not see it. Do not discuss it with them."
    )
}
