import Foundation
import Testing

@testable import PortalCore

@Suite("What a grant means today")
struct GrantStatusTests {
    let zone = TimeZone(identifier: "America/Chicago")!
    /// 2026-11-24 12:00 in Chicago.
    let now = Date(timeIntervalSince1970: 1_795_543_200)
    var today: LocalDate { LocalDate(now, in: zone) }

    func grant(
        _ relationship: Relationship = .parent, _ kind: GrantKind = .ordinary, starts: Date? = nil, ends: Date? = nil,
        revoked: Bool = false
    )
        -> GrantFacts
    {
        GrantFacts(
            relationship: relationship, kind: kind, starts: starts ?? now.addingTimeInterval(-86_400 * 400), ends: ends,
            revoked: revoked)
    }

    @Test("A parent's grant ends at 18 on the birthday itself, and says which day that was")
    func endedAtEighteen() {
        let turnedEighteenToday = today.adding(years: -18)
        let turnsEighteenTomorrow = today.adding(days: 1).adding(years: -18)
        #expect(
            GrantStatus.of(grant(), patientBirthDate: turnedEighteenToday, at: now, in: zone)
                == .endedAtEighteen(birthday: today))
        #expect(GrantStatus.of(grant(), patientBirthDate: turnsEighteenTomorrow, at: now, in: zone) == .inForce)
        #expect(
            GrantStatus.of(grant(.parent, .adolescentLacksCapacity), patientBirthDate: turnedEighteenToday, at: now, in: zone)
                == .endedAtEighteen(birthday: today))
    }

    @Test("Revoked, not yet started, ended on its last day, and no access at this age")
    func otherStates() {
        let adult = today.adding(years: -25)
        let teen = today.adding(years: -15)
        let endsTonight = LocalDate(now, in: zone).adding(days: 1).startOfDay(in: zone)
        #expect(GrantStatus.of(grant(revoked: true), patientBirthDate: teen, at: now, in: zone) == .revoked)
        #expect(
            GrantStatus.of(grant(starts: now.addingTimeInterval(86_400 * 2)), patientBirthDate: teen, at: now, in: zone)
                == .notYetStarted(firstDay: today.adding(days: 2)))
        let guardianship = grant(.legalGuardian, .adultGuardianship, ends: endsTonight)
        #expect(GrantStatus.of(guardianship, patientBirthDate: adult, at: now, in: zone) == .inForce)
        #expect(
            GrantStatus.of(guardianship, patientBirthDate: adult, at: endsTonight, in: zone) == .ended(lastDay: today))
        #expect(GrantStatus.of(guardianship, patientBirthDate: teen, at: now, in: zone) == .noAccessAtThisAge)
        #expect(GrantStatus.ended(lastDay: today).canBeRevoked == false && GrantStatus.inForce.canBeRevoked)
    }

    @Test("A day starts at local midnight, even in another time zone than the server's")
    func startOfDay() {
        let day = LocalDate(year: 2027, month: 3, day: 31)!
        #expect(day.startOfDay(in: zone) == Date(timeIntervalSince1970: 1_806_469_200))  // 05:00 UTC, CDT
        #expect(LocalDate(day.startOfDay(in: zone), in: zone) == day)
        #expect(LocalDate(day.startOfDay(in: zone).addingTimeInterval(-1), in: zone) == day.adding(days: -1))
    }
}
