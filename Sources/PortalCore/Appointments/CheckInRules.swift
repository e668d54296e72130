import Foundation

/// When a family may check in online for a visit: from 7 days before its start until the
/// start, for a visit still booked. Outside that window the check-in is neither offered nor
/// saved, and a cancelled visit's check-in is shown to no one.
public enum CheckInRules {
    public static let opensBefore: TimeInterval = 7 * 86_400

    public static func isOpen(start: Date, isBooked: Bool, at now: Date) -> Bool {
        isBooked && now >= start.addingTimeInterval(-opensBefore) && now < start
    }

    /// A confidential questionnaire (an adolescent screen) is asked of the patient alone,
    /// from their own account, and only from 12: a younger child's parents would answer it.
    public static func asksConfidential(patientAge: Int, viewerIsPatient: Bool) -> Bool {
        viewerIsPatient && patientAge >= AgeBand.adolescentFrom
    }

    public enum Progress: String, Sendable {
        case notStarted = "not-started", inProgress = "in-progress", done
    }
}
