import PortalCore
import Testing

@Suite("Message text, response times and saved replies")
struct MessagingRulesTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
    let calendar = HospitalCalendar(observesUSFederalHolidays: true)

    @Test("A subject is one trimmed line of at most 120 characters")
    func subject() {
        #expect(MessageText.subject("  Fever since\r\nTuesday  ") == .success("Fever since Tuesday"))
        #expect(MessageText.subject(" \n\t ") == .failure(.subjectMissing))
        #expect(MessageText.subject(String(repeating: "é", count: 120)) == .success(String(repeating: "é", count: 120)))
        #expect(MessageText.subject(String(repeating: "a", count: 121)) == .failure(.subjectTooLong))
    }

    @Test("A body keeps its lines and markup, loses control characters, and stops at 10,000 characters")
    func body() {
        #expect(MessageText.body("Hello\r\n<script>alert(1)</script>\u{0007}\n") == .success("Hello\n<script>alert(1)</script>"))
        #expect(MessageText.body("\u{0000}\u{0008}  ") == .failure(.bodyMissing))
        #expect(MessageText.body(String(repeating: "x", count: 10_000)) == .success(String(repeating: "x", count: 10_000)))
        #expect(MessageText.body(String(repeating: "x", count: 10_001)) == .failure(.bodyTooLong))
        // Emoji count as one character each, as the person typing sees them.
        #expect(MessageText.body(String(repeating: "👨‍👩‍👧", count: 10_000)) != .failure(.bodyTooLong))
    }

    @Test("A reply is due on the promise's last business day, skipping weekends and holidays")
    func dueDate() {
        let two = ResponsePromise(businessDays: 2)
        #expect(two.dueDate(sentOn: day("2026-11-30"), calendar: calendar) == day("2026-12-02"))  // Monday → Wednesday
        #expect(two.dueDate(sentOn: day("2026-11-28"), calendar: calendar) == day("2026-12-01"))  // Saturday → Tuesday
        // Thanksgiving (Thursday 2026-11-26) does not count.
        #expect(two.dueDate(sentOn: day("2026-11-25"), calendar: calendar) == day("2026-11-30"))
        // Christmas on a Friday and New Year's Day 2027 on a Friday.
        let three = ResponsePromise(businessDays: 3)
        #expect(three.dueDate(sentOn: day("2026-12-24"), calendar: calendar) == day("2026-12-30"))
        #expect(ResponsePromise(businessDays: 0).businessDays == 1)
    }

    @Test("A thread is late the business day after its due date, not on it")
    func late() {
        let two = ResponsePromise(businessDays: 2)
        let sent = day("2026-11-30")
        #expect(!two.isLate(waitingSince: sent, today: day("2026-12-02"), calendar: calendar))
        #expect(two.isLate(waitingSince: sent, today: day("2026-12-03"), calendar: calendar))
        // Sent Friday: the weekend does not make it late.
        #expect(!two.isLate(waitingSince: day("2026-12-04"), today: day("2026-12-08"), calendar: calendar))
        #expect(two.isLate(waitingSince: day("2026-12-04"), today: day("2026-12-09"), calendar: calendar))
        for offset in 0..<30 {
            let due = two.dueDate(sentOn: sent.adding(days: offset), calendar: calendar)
            #expect(!two.isLate(waitingSince: sent.adding(days: offset), today: due, calendar: calendar))
        }
    }

    @Test("The late cutoff agrees with isLate on every arrival day around it")
    func lateCutoff() {
        let two = ResponsePromise(businessDays: 2)
        for offset in 0..<60 {
            let today = day("2026-11-20").adding(days: offset)
            let cutoff = two.lastLateArrival(today: today, calendar: calendar)
            #expect(two.isLate(waitingSince: cutoff, today: today, calendar: calendar))
            #expect(!two.isLate(waitingSince: cutoff.adding(days: 1), today: today, calendar: calendar))
        }
        // On Thursday 2026-12-03, Monday's message is late and Tuesday's is not.
        #expect(two.lastLateArrival(today: day("2026-12-03"), calendar: calendar) == day("2026-11-30"))
    }

    @Test("A saved reply gets the patient's first name where it asks for it")
    func quickText() {
        #expect(QuickText.fill("Hi, {first_name}'s labs look fine.", firstName: "Mateo") == "Hi, Mateo's labs look fine.")
        #expect(QuickText.fill("Hola, {nombre}.", firstName: "Lucía") == "Hola, Lucía.")
        #expect(QuickText.fill("No name here.", firstName: "Ana") == "No name here.")
        #expect(QuickText.firstName(of: "Lucía María García") == "Lucía")
        #expect(QuickText.firstName(of: "Mo") == "Mo")
    }
}
