/// The label an appointment or a scheduling request carries: the EHR's label, made at least
/// as private as its department. A visit to an adolescent clinic is a sensitive service
/// whatever the EHR sent, so a parent of a 12-17-year-old never sees it; a label the EHR
/// made stronger (restricted, or a category of its own) is kept.
public enum AppointmentLabel {
    /// The visit's label given its department's (normal, a confidential category, or
    /// restricted for a category the code does not know): the department's where it is
    /// stricter than the source's tier.
    public static func of(source: Sensitivity, departmentLabel: Sensitivity) -> Sensitivity {
        guard departmentLabel.tier > source.tier else { return source }
        return departmentLabel
    }
}

/// When in the day a family would like an appointment.
public enum TimeOfDay: String, CaseIterable, Sendable, Hashable {
    /// Before noon.
    case morning
    /// Noon to 5 PM.
    case afternoon
    /// After 5 PM, where a department has evening hours.
    case evening
}
