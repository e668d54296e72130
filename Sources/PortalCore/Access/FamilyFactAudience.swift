/// Who sees what a family member creates about a patient: an appointment, cancellation or
/// interpreter request, a renewal request and its comment, a guest link to a video visit.
///
/// The creator is stored with each of these (its member). Its audience is stored as its
/// label, so every page, count, calendar file and notice filters it exactly as it filters a
/// clinical item, in the query: a fact about a confidential item is at least as private as
/// the item, and what a 12-17-year-old creates from their own account is labelled
/// `keptPrivateByPatient` unless they chose, on the form, to let their parents see it. That
/// label is in the sensitive tier: the teen and the care team see it, a parent of a
/// 12-17-year-old does not, nor does anyone after the 18th birthday through an adult's
/// authorization (normal items only). A guardian of an adolescent who lacks capacity sees
/// the sensitive tier, and so this too, as they see the teen's confidential care.
public enum FamilyFactAudience {
    /// Whether the form asks "let my parents see this": only a 12-17-year-old on their own account.
    public static func offersSharing(to level: AccessLevel, patientBand: AgeBand) -> Bool {
        level == .patientSelf && patientBand == .adolescent
    }

    /// The label a fact carries: never weaker than what it is about (the visit, the medicine),
    /// and private to the patient when a teen made it and did not share it.
    public static func label(
        about subject: Sensitivity, createdWith level: AccessLevel, patientBand: AgeBand, sharedWithParents: Bool
    ) -> Sensitivity {
        guard offersSharing(to: level, patientBand: patientBand), !sharedWithParents else { return subject }
        return subject.strictest(.adolescentConfidential(.keptPrivateByPatient))
    }
}
