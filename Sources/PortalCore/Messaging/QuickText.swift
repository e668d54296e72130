/// A care team's saved reply, with the patient's first name put where the text asks for it.
public enum QuickText {
    /// What staff type in a saved reply where the name goes; `{nombre}` reads better in Spanish.
    public static let firstNamePlaceholders = ["{first_name}", "{nombre}"]

    public static func fill(_ template: String, firstName: String) -> String {
        firstNamePlaceholders.reduce(template) { text, placeholder in
            text.replacingOccurrences(of: placeholder, with: firstName)
        }
    }

    /// The first word of the name the family uses.
    public static func firstName(of shownName: String) -> String {
        shownName.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? shownName
    }
}
