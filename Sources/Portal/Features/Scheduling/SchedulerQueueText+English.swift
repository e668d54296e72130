import PortalCore

extension SchedulerQueueText {
    static let english = SchedulerQueueText(
        title: "Scheduling requests",
        intro: "Requests from families for the departments you schedule for, oldest first.",
        noDepartments: "You do not schedule for any department yet. An administrator can add you.",
        waiting: { count, late in "\(count) waiting, \(late) late" },
        schedulerCount: { count in
            count == 1
                ? "1 scheduler"
                : "\(count) schedulers"
        },
        allDepartments: "All departments",
        nothingWaiting: "Nothing is waiting.",
        patient: "Patient",
        request: "Request",
        waited: "Waiting",
        received: "Received",
        businessDays: { days in
            days == 1
                ? "1 business day"
                : "\(days) business days"
        },
        late: "Late",
        newAppointment: "New appointment",
        cancellation: "Cancellation",
        interpreter: "Interpreter for a visit",
        appointmentForInterpreter: "Appointment",
        confirmInterpreter: "The interpreter is arranged",
        cannotArrange: "Cannot arrange one (explain why below)",
        interpreterArranged: "Interpreter arranged.",
        interpreterNeeded: { language in "Interpreter: \(language)" },
        backToQueue: "Back to the queue",
        requestedBy: "Requested by",
        appointmentToCancel: "Appointment to cancel",
        cancelReason: "Family's reason",
        answered: "This request has been answered.",
        book: "Book an appointment",
        offer: "Offer other times",
        offerHint: "Up to three times the family can pick from; their pick is booked at once, so hold these slots.",
        decline: "Decline",
        declineNote: "Reason, for the family",
        declineHint: "The family reads this. No diagnosis; say what they can do instead.",
        timesIn: { zone in "Type times in \(zone), the hospital's time." },
        date: "Date",
        time: "Time",
        slot: { number in "Time \(number)" },
        minutes: "Length in minutes",
        clinician: "Clinician (optional)",
        video: "Video visit",
        instruction: "Before the visit (optional, for the family)",
        note: "Note for the family (optional)",
        confirmCancel: "Confirm the cancellation",
        keepAppointment: "Keep the appointment (explain why below)",
        done: "Done. The family was told.",
        dateMissing: "Choose a date.",
        timeMissing: "Choose a time (HH:MM).",
        timeDoesNotExist: "That time does not exist on that day: the clocks jump forward an hour.",
        timeInPast: "That time has already passed.",
        minutesInvalid: "Choose a length between 10 and 240 minutes.",
        noteNeeded: "Write the reason the family will read.",
        textTooLong: "Keep it under 500 characters.",
        unknownAction: "Choose what to do.",
        alreadyAnswered: "Another scheduler answered this request first.",
        cancelConfirmedNote: "The appointment was cancelled."
    )
}
