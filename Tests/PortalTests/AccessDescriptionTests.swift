import Foundation
import PortalCore
import Testing

@testable import Portal

@Suite("How the family view words each access")
struct AccessDescriptionTests {
    let chicago = TimeZone(identifier: "America/Chicago")!

    func describe(_ grant: GrantFacts, born: String, at: String = "2026-11-24T12:00:00-06:00") throws -> AccessDescription {
        let access = try #require(
            AccessPolicy.decide(
                viewer: .member(isActive: true, grants: [grant]), patientBirthDate: LocalDate(iso: born)!,
                at: ISO8601DateFormatter().date(from: at)!, in: chicago
            ).access)
        return AccessDescription(access, hospitalTimeZone: chicago)
    }

    @Test("A guardianship ending at midnight of April 1 reads 'until March 31' in both languages")
    func specialUntilLastDay() throws {
        let ends = ISO8601DateFormatter().date(from: "2027-04-01T00:00:00-05:00")!
        let grant = GrantFacts(relationship: .legalGuardian, kind: .adultGuardianship, starts: .distantPast, ends: ends)
        let description = try describe(grant, born: "2000-01-01")
        #expect(description == .special(.adultGuardianship, lastDay: LocalDate(iso: "2027-03-31")))
        #expect(description.summary(.english) == "Guardian or conservator until March 31, 2027")
        #expect(description.summary(.spanish) == "Tutor o curador hasta el 31 de marzo de 2027")
    }

    @Test("A guardian of a 13-year-old reads 'limited view since age 12'; a parent of a 5-year-old reads 'Parent'")
    func ordinary() throws {
        let guardian = GrantFacts(relationship: .legalGuardian, kind: .ordinary, starts: .distantPast, ends: nil)
        #expect(try describe(guardian, born: "2013-01-01").summary(.english) == "Legal guardian, limited view since age 12")
        #expect(try describe(guardian, born: "2013-01-01").summary(.spanish) == "Tutor legal, vista limitada desde los 12 años")
        let parent = GrantFacts(relationship: .parent, kind: .ordinary, starts: .distantPast, ends: nil)
        #expect(try describe(parent, born: "2021-01-01").summary(.english) == "Parent")
        let own = GrantFacts(relationship: .self, kind: .ordinary, starts: .distantPast, ends: nil)
        #expect(try describe(own, born: "2012-01-01").summary(.spanish) == "Su propio expediente")
    }
}
