import PortalCore

extension SavedRepliesText {
    static let english = SavedRepliesText(
        titleFor: { careTeam in "Saved replies: \(careTeam)" },
        intro: "Texts this inbox's members can put in a reply and finish by hand.",
        none: "No saved replies yet.",
        add: "Add a saved reply",
        name: "Name",
        text: "Text",
        placeholderHint: "Write {first_name} where the patient's first name should go.",
        save: "Save",
        delete: "Delete",
        deleteNamed: { title in "Delete \(title)" },
        titleProblem: "Give the reply a name of at most 80 characters.",
        notSaved: "The reply was not saved. Please fix what is marked below."
    )
}
