import PortalCore

extension SchedulingText {
    static let english = SchedulingText(
        requestsHeading: "Appointment requests",
        newRequest: "Request an appointment",
        newRequestFor: { name in "Request an appointment for \(name)" },
        requestTo: { department in "Request to \(department)" },
        sentOn: { when in "Sent \(when)" },
        status: { status in
            switch status {
            case .open: "Waiting for the scheduling team"
            case .booked: "Booked"
            case .alternativesOffered: "Times offered: choose one"
            case .declined: "Declined"
            case .withdrawn: "Withdrawn"
            }
        },
        formIntro:
            "The scheduling team calls or writes back with a time. For an urgent problem, call the department; in an emergency, call 911.",
        department: "Department",
        answersWithin: { days in
            days == 1
                ? "answers within 1 business day"
                : "answers within \(days) business days"
        },
        noDepartments: "No department takes appointment requests in the portal for this patient. Please call the hospital.",
        reason: "Reason for the visit",
        somethingElse: "Something else",
        details: "Tell us more",
        detailsHint: "Optional unless you chose Something else. Up to 1,000 characters.",
        preferredDays: "Days that suit you",
        preferredDaysHint: "Up to five days, from tomorrow to 90 days ahead. Leave empty if any day works.",
        dayLabel: { number in "Day \(number)" },
        timesOfDay: "Times of day that suit you",
        timesOfDayHint: "Leave all unticked if any time works.",
        timeOfDay: { time in
            switch time {
            case .morning: "Morning (before noon)"
            case .afternoon: "Afternoon (noon to 5 PM)"
            case .evening: "Evening (after 5 PM)"
            }
        },
        visitMode: "In person or video",
        mode: { mode in
            switch mode {
            case .inPerson: "In person"
            case .video: "Video visit"
            case .either: "Either"
            }
        },
        phone: "Phone number for a call back",
        phoneHint: "Digits, spaces, dashes and parentheses; 10 to 15 digits.",
        interpreter: "Interpreter",
        interpreterHint: "If you would like an interpreter at the visit, write the language. Free of charge.",
        send: "Send request",
        fixProblems: "Some answers need a change. Each one is marked below.",
        sent: "Your request was sent to the scheduling team.",
        chooseDepartment: "Choose a department.",
        departmentTakesNoRequests: "That department does not take requests in the portal. Please call it.",
        chooseReason: "Choose a reason, or choose Something else and tell us more.",
        detailsNeeded: "Tell us in a few words what the visit is for.",
        detailsTooLong: "The details are longer than 1,000 characters.",
        dayProblem: { problem in
            switch problem {
            case .notADate(let text):
                "\"\(text)\" is not a date."
            case .notInFuture(let day):
                "\(DateText.long(day, language: .english)) is not after today. Choose days from tomorrow on."
            case .tooFarAhead(let day):
                "\(DateText.long(day, language: .english)) is more than 90 days ahead."
            case .tooMany:
                "Choose at most five days."
            }
        },
        chooseMode: "Choose in person, video, or either.",
        phoneInvalid: "Enter a phone number with 10 to 15 digits.",
        interpreterTooLong: "Write the language in at most 40 characters.",
        requestTitle: "Appointment request",
        backToAppointments: "Appointments",
        whatYouAsked: "What you asked for",
        anyDay: "Any day",
        anyTime: "Any time",
        expectAnswer: { date in "Expect an answer by \(date). The team may call you." },
        bookedIntro: "Your appointment is booked.",
        seeAppointment: "See the appointment",
        offeredIntro: "The scheduling team offers these times. Choose one and it is booked at once.",
        noneWork: "None of these times work: ask for others",
        choose: "Confirm my choice",
        chooseOneTime: "Choose one of the times.",
        slotGone: "That time has passed. Choose another, or ask for other times.",
        declinedIntro: "The scheduling team could not book this request.",
        noteFromTeam: "Note from the scheduling team",
        withdraw: "Withdraw this request",
        withdrawHint: "If you no longer need this appointment, let the scheduling team know.",
        withdrawn: "You withdrew this request.",
        alreadyAnswered: "This request was already answered; here is where it stands."
    )
}
