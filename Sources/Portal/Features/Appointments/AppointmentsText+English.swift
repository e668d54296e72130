import PortalCore

extension AppointmentsText {
    static let english = AppointmentsText(
        title: "Appointments",
        titleOf: { name in "Appointments for \(name)" },
        upcoming: "Upcoming",
        upcomingAppointments: "Upcoming appointments",
        past: "Past and cancelled",
        noUpcoming: "No upcoming appointments.",
        noPast: "No past appointments.",
        timesIn: { zone in "All times are \(zone), the hospital's time." },
        video: "Video visit",
        inPerson: "In person",
        with: { clinician in "with \(clinician)" },
        status: { status in
            switch status {
            case "booked", "pending", "proposed": "Scheduled"
            case "arrived", "checked-in": "Checked in"
            case "fulfilled": "Completed"
            case "cancelled": "Cancelled"
            case "noshow": "Missed"
            case "waitlist": "On the waiting list"
            default: "Unknown"
            }
        },
        cancelRequestedTag: "Cancellation requested",
        backToList: "All appointments",
        when: "When",
        department: "Department",
        clinician: "Clinician",
        kind: "Type of visit",
        statusLabel: "Status",
        whatToBring: "Before the visit",
        defaultBring: "Bring your child's insurance card, a list of the medicines they take, and any forms you need filled in.",
        whereLabel: "Where",
        map: "Open in a map",
        phone: "Department phone",
        addToCalendar: "Add to calendar",
        calendarHint: "The calendar file holds the department, the time and the place, never the reason for the visit.",
        calendarSummary: { department in "Appointment: \(department)" },
        cancelHeading: "Cancel this appointment",
        cancelUntil: { deadline in "You can ask to cancel here until \(deadline). The scheduling team confirms it." },
        cancelReason: "Why are you cancelling?",
        cancelReasonHint:
            "For the scheduling team, up to 500 characters. For example: a schedule conflict, or the child is better.",
        cancelButton: "Ask to cancel",
        cancelReasonMissing: "Say in a few words why you are cancelling.",
        cancelReasonTooLong: "The reason is longer than 500 characters.",
        tooLateToCancel: { deadline, phone in
            let call = phone.map { " at \($0)" } ?? ""
            let llame = phone.map { " al \($0)" } ?? ""
            return "It is too late to cancel in the portal: the deadline was \(deadline). Please call the department\(call)."
        },
        visitOver: "This visit has passed or was cancelled.",
        cannotCancel: "This appointment can no longer be cancelled.",
        cancelRequested: { when in "You asked to cancel this appointment on \(when). The scheduling team will confirm it." },
        cancelSent: "Your cancellation request was sent to the scheduling team.",
        interpreterHeading: "Interpreter",
        interpreterIntro: "Free of charge, in person or by video. Write the language and the scheduling team arranges it.",
        interpreterLanguage: "Language",
        askInterpreter: "Ask for an interpreter",
        interpreterMissing: "Write the language, in at most 40 characters.",
        interpreterRequested: { language in "You asked for an interpreter (\(language)). The scheduling team arranges it." },
        interpreterArranged: { language in "An interpreter (\(language)) is arranged for this visit." },
        interpreterNotArranged: { language, note in "The scheduling team could not arrange an interpreter (\(language)): \(note)"
        },
        videoHeading: "Video visit",
        join: "Join video visit",
        joinOpen: "The visit room is open. Join from a quiet place with your child.",
        opensAt: { time, countdown in "The Join button appears at \(time), \(countdown) from now. Reload this page then." },
        visitEnded: "This video visit has ended. The room is closed.",
        testCamera: "Test your camera and microphone",
        notConfigured: "This department's video rooms are not set up yet. Please call the department.",
        joinNotYet: { time in "The visit room opens at \(time). Please come back then." },
        joinNotVideo: "This appointment is an in-person visit.",
        guestsHeading: "Invite someone to the video visit",
        guestsIntro:
            "Another parent or an interpreter can join with a link of their own. It works once, only while the room is open, and you can cancel it.",
        guestName: "Who is it for?",
        guestNameHint: "For example: Dad, or Interpreter (Spanish). Up to 60 characters.",
        guestNameMissing: "Say who the link is for, so you can tell links apart.",
        makeGuestLink: "Make a guest link",
        guestLinkMade: { name in "Here is the link for \(name). Copy it now and send it to them yourself: it is shown only once."
        },
        guestUnused: "Not used yet",
        guestUsed: { when in "Used \(when)" },
        guestRevoked: { when in "Cancelled \(when)" },
        revoke: "Cancel this link",
        guestLimit: "A visit can have at most 3 guest links.",
        guestTitle: "Video visit",
        guestUsedUp: "This link has already been used. Ask the family for a new one.",
        guestCancelled: "This link was cancelled by the family.",
        guestUnknown: "This link does not work. Check that it was copied whole, or ask the family for a new one.",
        checkTitle: "Test your camera and microphone",
        checkIntro:
            "Press “Start the test”. Your browser asks to use the camera and the microphone; allow it. Nothing is recorded or sent anywhere: the picture and the sound stay on this device.",
        checkStart: "Start the test",
        checkNeedsScript:
            "This test needs JavaScript. Without it, you can still join: the video platform checks your camera when you enter the room.",
        checkTips: "Before the visit",
        checkTipList: [
            "Use a phone, tablet or computer with a camera, charged or plugged in.",
            "Find a quiet, private, well-lit place.",
            "Have your child's medicines and any questions at hand.",
        ],
        checkWorking: "Your camera and microphone work. Speak and watch the level move.",
        checkDenied:
            "The browser could not use the camera or the microphone. Allow them in the browser's settings for this site, or try another browser.",
        checkCamera: "Camera",
        checkMicrophone: "Microphone level",
        countdown: { minutes in
            let days = minutes / 1440
            let hours = (minutes % 1440) / 60
            let rest = minutes % 60
            if days > 0 {
                return days == 1 ? "1 day" : "\(days) days"
            }
            func h(_ n: Int) -> String {
                n == 1 ? "1 hour" : "\(n) hours"
            }
            func m(_ n: Int) -> String {
                n == 1 ? "1 minute" : "\(n) minutes"
            }
            if hours == 0 { return m(max(rest, 1)) }
            if rest == 0 { return h(hours) }
            return "\(h(hours)) \(m(rest))"
        }
    )
}
