import PortalCore

extension AuditTrailText {
    static let english = AuditTrailText(
        title: "Audit trail",
        intro:
            "Every sign-in and every access to patient information, newest first. Entries cannot be changed, and each is chained to the one before it so that any change would be detected.",
        filter: "Filter",
        action: "Action",
        anyAction: "Any action",
        outcome: "Outcome",
        anyOutcome: "Any outcome",
        patient: "Patient record number",
        day: "Day",
        number: "No.",
        time: "Time",
        who: "Who",
        from: "From",
        older: "Older entries",
        none: "No entries match.",
        badFilter:
            "Some filters were not understood and were ignored: use a record number such as MRN100001 and a day such as 2026-11-24."
    )
}
