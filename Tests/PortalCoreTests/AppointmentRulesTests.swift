import Foundation
import PortalCore
import Testing

@Suite("Video visit windows, cancellation deadlines and calendar files")
struct AppointmentRulesTests {
    let chicago = TimeZone(identifier: "America/Chicago")!

    func instant(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

    @Test("The join button opens 15 minutes before the start and closes at the end, to the second")
    func visitWindow() {
        let window = VisitWindow(start: instant("2026-11-24T18:00:00Z"), end: instant("2026-11-24T18:30:00Z"))
        #expect(window.state(at: instant("2026-11-24T17:44:59Z")) == .notYet(opensAt: instant("2026-11-24T17:45:00Z")))
        #expect(window.state(at: instant("2026-11-24T17:45:00Z")) == .open)
        #expect(window.state(at: instant("2026-11-24T18:29:59Z")) == .open)
        #expect(window.state(at: instant("2026-11-24T18:30:00Z")) == .ended)
        let configured = VisitWindow(start: instant("2026-11-24T18:00:00Z"), end: instant("2026-11-24T18:30:00Z"), lead: 5 * 60)
        #expect(configured.state(at: instant("2026-11-24T17:50:00Z")) == .notYet(opensAt: instant("2026-11-24T17:55:00Z")))
        // An end before the start (bad data from a feed) makes a window that is never open after the start.
        let broken = VisitWindow(start: instant("2026-11-24T18:00:00Z"), end: instant("2026-11-24T17:00:00Z"))
        #expect(broken.state(at: instant("2026-11-24T18:00:00Z")) == .ended)
    }

    @Test("Across the fall-back night the window is counted in real time, not wall-clock hours")
    func visitWindowAcrossDaylightSaving() {
        // 2026-11-01 01:30 happens twice in Chicago; a visit at 01:50 CST starts at 07:50 UTC.
        let window = VisitWindow(start: instant("2026-11-01T07:50:00Z"), end: instant("2026-11-01T08:20:00Z"))
        // 01:40 CDT (06:40 UTC) is an hour and ten minutes before, though the clock will read 01:40 again.
        #expect(window.state(at: instant("2026-11-01T06:40:00Z")) == .notYet(opensAt: instant("2026-11-01T07:35:00Z")))
        #expect(window.state(at: instant("2026-11-01T07:40:00Z")) == .open)
    }

    @Test("Cancelling is allowed until the notice period begins, not after, and never once started")
    func cancellation() {
        let start = instant("2026-11-26T15:00:00Z")
        let rule = CancellationRule()
        #expect(rule.answer(start: start, now: instant("2026-11-25T15:00:00Z")) == .allowed)
        #expect(
            rule.answer(start: start, now: instant("2026-11-25T15:00:01Z")) == .tooLate(deadline: instant("2026-11-25T15:00:00Z"))
        )
        #expect(rule.answer(start: start, now: start) == .alreadyStarted)
        #expect(CancellationRule(noticePeriod: 0).answer(start: start, now: instant("2026-11-26T14:59:59Z")) == .allowed)
        // Spring forward: 24 hours before 2027-03-15 09:00 CDT is 2027-03-14 09:00 CDT, a 23-hour wall-clock day earlier.
        let afterChange = instant("2027-03-15T14:00:00Z")
        #expect(rule.deadline(for: afterChange) == instant("2027-03-14T14:00:00Z"))
    }

    @Test("A calendar file has UTC times, escaped text, folded lines and CRLF endings")
    func calendarFile() {
        let event = ICalendarEvent(
            uid: "appointment-1@portal", start: instant("2026-11-24T18:00:00Z"), end: instant("2026-11-24T18:30:00Z"),
            stamp: instant("2026-11-20T12:00:00Z"), summary: "Visit, General Pediatrics; Room 2",
            location: "225 E Chicago Ave\nChicago, IL",
            description: String(repeating: "ñ", count: 60))
        let text = event.text(productID: "-//Riverside//Portal//EN")
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.contains("DTSTART:20261124T180000Z\r\nDTEND:20261124T183000Z\r\n"))
        #expect(text.contains("SUMMARY:Visit\\, General Pediatrics\\; Room 2\r\n"))
        #expect(text.contains("LOCATION:225 E Chicago Ave\\nChicago\\, IL\r\n"))
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        // Unfolding gives back the description whole, with no broken character.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:" + String(repeating: "ñ", count: 60) + "\r\n"))
        #expect(!text.contains("\n\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
}
