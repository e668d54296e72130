import Foundation
import Testing

@testable import PortalCore

@Suite("Invitation links")
struct InvitationRulesTests {
    let sent = Date(timeIntervalSince1970: 1_795_543_200)

    @Test("Valid until exactly 90 days after sending, not a second longer")
    func expiry() {
        let lastMoment = sent.addingTimeInterval(90 * 86_400 - 1)
        #expect(InvitationRules.state(sentAt: sent, at: lastMoment, wrongAnswers: 0, used: false, replaced: false) == .usable)
        #expect(
            InvitationRules.state(
                sentAt: sent, at: sent.addingTimeInterval(90 * 86_400), wrongAnswers: 0, used: false, replaced: false)
                == .expired)
    }

    @Test("Day 89 and day 90 before the sending time work, day 91 does not; across the spring clock change too")
    func dayEdges() {
        // Sent January 10, 2026 at 12:00 in Chicago (CST); the clocks go forward on March 8.
        let chicago = TimeZone(identifier: "America/Chicago")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = chicago
        let sentAt = calendar.date(from: DateComponents(year: 2026, month: 1, day: 10, hour: 12))!
        func state(daysLater days: Int, hour: Int, minute: Int = 0) -> InvitationRules.State {
            let day = calendar.date(byAdding: .day, value: days, to: sentAt)!
            let instant = calendar.date(bySettingHour: hour, minute: minute, second: 0, of: day)!
            return InvitationRules.state(sentAt: sentAt, at: instant, wrongAnswers: 0, used: false, replaced: false)
        }
        #expect(state(daysLater: 89, hour: 23, minute: 59) == .usable)
        // 90 days of 24 hours end at 13:00 daylight time on April 10, not at noon.
        #expect(state(daysLater: 90, hour: 12, minute: 30) == .usable)
        #expect(state(daysLater: 90, hour: 13) == .expired)
        #expect(state(daysLater: 91, hour: 0) == .expired)
        #expect(
            LocalDate(sentAt.addingTimeInterval(InvitationRules.validity), in: chicago)
                == LocalDate(year: 2026, month: 4, day: 10))
    }

    @Test("Locked at the fifth wrong answer; used and replaced links say so first")
    func otherStates() {
        #expect(InvitationRules.state(sentAt: sent, at: sent, wrongAnswers: 4, used: false, replaced: false) == .usable)
        #expect(InvitationRules.state(sentAt: sent, at: sent, wrongAnswers: 5, used: false, replaced: false) == .locked)
        #expect(InvitationRules.state(sentAt: sent, at: sent, wrongAnswers: 5, used: true, replaced: false) == .used)
        #expect(InvitationRules.state(sentAt: sent, at: sent, wrongAnswers: 0, used: false, replaced: true) == .replaced)
    }

    @Test("Own accounts from 12, parents until 18")
    func ages() {
        #expect(!InvitationRules.mayInvite(.self, patientAge: 11) && InvitationRules.mayInvite(.self, patientAge: 12))
        #expect(InvitationRules.mayInvite(.parent, patientAge: 17) && !InvitationRules.mayInvite(.parent, patientAge: 18))
        #expect(!InvitationRules.mayInvite(.other, patientAge: 5))
    }

    @Test("ZIP+4 and spaces are forgiven; a wrong digit or date is not")
    func answers() {
        #expect(
            InvitationRules.answersMatch(
                zip: " 60614-1234", birthDate: "2009-02-28 ", patientZIP: "60614", patientBirthDate: "2009-02-28"))
        #expect(
            !InvitationRules.answersMatch(
                zip: "60615", birthDate: "2009-02-28", patientZIP: "60614", patientBirthDate: "2009-02-28"))
        #expect(
            !InvitationRules.answersMatch(
                zip: "60614", birthDate: "2009-03-01", patientZIP: "60614", patientBirthDate: "2009-02-28"))
        #expect(!InvitationRules.answersMatch(zip: "", birthDate: "", patientZIP: "", patientBirthDate: ""))
    }
}
