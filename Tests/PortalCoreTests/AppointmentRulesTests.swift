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

@Suite("Guest links, renewals and preferred days")
struct RequestRulesTests {
    let chicago = TimeZone(identifier: "America/Chicago")!
    func instant(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }
    func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test("A guest link admits once, only inside the window, and never after it is revoked")
    func guestPass() {
        let window = VisitWindow(start: instant("2026-11-24T18:00:00Z"), end: instant("2026-11-24T18:30:00Z"))
        var pass = GuestPass(window: window)
        #expect(pass.answer(at: instant("2026-11-24T17:00:00Z")) == .notYet(opensAt: instant("2026-11-24T17:45:00Z")))
        #expect(pass.answer(at: instant("2026-11-24T17:50:00Z")) == .admit)
        #expect(pass.answer(at: instant("2026-11-24T18:30:00Z")) == .ended)
        pass.usedAt = instant("2026-11-24T17:50:00Z")
        #expect(pass.answer(at: instant("2026-11-24T17:51:00Z")) == .alreadyUsed)
        var revoked = GuestPass(window: window, revokedAt: instant("2026-11-24T17:00:00Z"))
        #expect(revoked.answer(at: instant("2026-11-24T17:50:00Z")) == .revoked)
        // A revocation dated later (a clock skew between servers) does not act before its time.
        revoked.revokedAt = instant("2026-11-24T18:10:00Z")
        #expect(revoked.answer(at: instant("2026-11-24T17:50:00Z")) == .admit)
    }

    @Test("Only an active medicine the hospital renews online, with no request open, can be asked for")
    func renewal() {
        #expect(RenewalEligibility.of(status: "active", renewableThroughPortal: true, hasOpenRequest: false) == .allowed)
        for status in ["stopped", "completed", "on-hold", "entered-in-error", "cancelled", ""] {
            #expect(RenewalEligibility.of(status: status, renewableThroughPortal: true, hasOpenRequest: false) == .notActive)
        }
        #expect(
            RenewalEligibility.of(status: "active", renewableThroughPortal: false, hasOpenRequest: false) == .notRenewableHere)
        #expect(RenewalEligibility.of(status: "active", renewableThroughPortal: true, hasOpenRequest: true) == .alreadyRequested)
    }

    @Test("Preferred days are real dates from tomorrow to 90 days ahead, at most five, sorted and once each")
    func preferredDays() {
        let today = day("2026-11-30")
        #expect(
            PreferredDays.check(["2026-12-03", " 2026-12-01", "", "2026-12-03"], today: today)
                == .success([day("2026-12-01"), day("2026-12-03")]))
        #expect(PreferredDays.check(["2026-11-30"], today: today) == .failure(.notInFuture(day("2026-11-30"))))
        #expect(PreferredDays.check(["2026-12-01"], today: today) == .success([day("2026-12-01")]))
        #expect(PreferredDays.check(["2027-02-28"], today: today) == .success([day("2027-02-28")]))
        #expect(PreferredDays.check(["2027-03-01"], today: today) == .failure(.tooFarAhead(day("2027-03-01"))))
        #expect(PreferredDays.check(["2027-02-30"], today: today) == .failure(.notADate("2027-02-30")))
        #expect(PreferredDays.check(["next tuesday"], today: today) == .failure(.notADate("next tuesday")))
        let six = (1...6).map { today.adding(days: $0).iso }
        #expect(PreferredDays.check(six, today: today) == .failure(.tooMany))
        #expect(PreferredDays.check([], today: today) == .success([]))
    }

    @Test("A visit to a confidential department is confidential even when the EHR sent it unlabeled; a stronger label stays")
    func appointmentLabel() {
        #expect(AppointmentLabel.of(source: .normal, departmentLabel: .normal) == .normal)
        #expect(
            AppointmentLabel.of(source: .normal, departmentLabel: .adolescentConfidential(.reproductiveHealth))
                == .adolescentConfidential(.reproductiveHealth))
        #expect(AppointmentLabel.of(source: .restricted, departmentLabel: .adolescentConfidential(.mentalHealth)) == .restricted)
        #expect(
            AppointmentLabel.of(source: .adolescentConfidential(.hiv), departmentLabel: .adolescentConfidential(.mentalHealth))
                == .adolescentConfidential(.hiv))
        #expect(
            AppointmentLabel.of(source: .adolescentConfidential(.hiv), departmentLabel: .normal) == .adolescentConfidential(.hiv))
    }

    @Test("A typed time becomes the instant the hospital's clock shows, on ordinary days and both daylight-saving nights")
    func wallClock() throws {
        let day = LocalDate(year: 2026, month: 12, day: 3)!
        #expect(WallClock.instant(on: day, at: "09:30", in: chicago) == .success(instant("2026-12-03T15:30:00Z")))
        let summer = LocalDate(year: 2026, month: 7, day: 3)!
        #expect(WallClock.instant(on: summer, at: "09:30", in: chicago) == .success(instant("2026-07-03T14:30:00Z")))
        // 2026-03-08: clocks jump from 2:00 to 3:00; 2:30 never happens.
        let springForward = LocalDate(year: 2026, month: 3, day: 8)!
        #expect(WallClock.instant(on: springForward, at: "02:30", in: chicago) == .failure(.doesNotExist))
        #expect(WallClock.instant(on: springForward, at: "03:00", in: chicago) == .success(instant("2026-03-08T08:00:00Z")))
        // 2026-11-01: 1:30 happens twice; the first is daylight time (UTC-5).
        let fallBack = LocalDate(year: 2026, month: 11, day: 1)!
        #expect(WallClock.instant(on: fallBack, at: "01:30", in: chicago) == .success(instant("2026-11-01T06:30:00Z")))
        #expect(WallClock.instant(on: fallBack, at: "02:30", in: chicago) == .success(instant("2026-11-01T08:30:00Z")))
        #expect(WallClock.instant(on: day, at: "24:00", in: chicago) == .failure(.notATime("24:00")))
        #expect(WallClock.instant(on: day, at: "9:30", in: chicago) == .failure(.notATime("9:30")))
        #expect(WallClock.instant(on: day, at: "", in: chicago) == .failure(.notATime("")))
    }

    @Test("A room template is an https address with one {room} in its path or query, never in the host")
    func roomTemplate() {
        #expect(VideoRoomTemplate.isValid("https://video.hospital.org/visit/{room}"))
        #expect(VideoRoomTemplate.isValid("https://video.hospital.org/join?room={room}&lang=en"))
        #expect(!VideoRoomTemplate.isValid("http://video.hospital.org/visit/{room}"))
        #expect(!VideoRoomTemplate.isValid("https://{room}.hospital.org/"))
        #expect(!VideoRoomTemplate.isValid("https://video.hospital.org/visit/"))
        #expect(!VideoRoomTemplate.isValid("https://video.hospital.org/{room}/{room}"))
        #expect(!VideoRoomTemplate.isValid("https://video.hospital.org/{name}/{room}"))
        #expect(!VideoRoomTemplate.isValid("https://user@video.hospital.org/{room}"))
        #expect(!VideoRoomTemplate.isValid("javascript:alert(1)//{room}"))
        #expect(!VideoRoomTemplate.isValid("https://video.hospital.org/ {room}"))
    }
}
