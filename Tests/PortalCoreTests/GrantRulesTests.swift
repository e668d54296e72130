import Foundation
import Testing

@testable import PortalCore

@Suite("Rules for recording grants")
struct GrantRulesTests {
    typealias F = PolicyFixtures
    let now = PolicyFixtures.instant("2026-11-24T12:00:00-06:00")

    func special(
        _ kind: GrantKind, _ relationship: Relationship = .parent, ends: String? = "2027-06-30T00:00:00-05:00",
        courtOrdered: Bool = false, reason: String = "Signed authorization on file", document: Bool = true
    ) -> GrantRules.SpecialCircumstance {
        GrantRules.SpecialCircumstance(
            kind: kind, relationship: relationship, starts: now, ends: ends.map(F.instant), courtOrdered: courtOrdered,
            reason: reason, hasSupportingDocument: document)
    }

    func problems(_ grant: GrantRules.SpecialCircumstance, born: String = "2006-05-01") -> [GrantRules.Problem] {
        GrantRules.problems(with: grant, patientBirthDate: LocalDate(iso: born)!, now: now, in: F.chicago)
    }

    @Test("A complete adult authorization may be recorded")
    func complete() {
        #expect(problems(special(.adultAuthorization)).isEmpty)
    }

    @Test("The end date is required, after the start and in the future")
    func endDate() {
        #expect(problems(special(.adultGuardianship, .legalGuardian, ends: nil)) == [.endRequired])
        #expect(
            problems(special(.adultGuardianship, .legalGuardian, ends: "2026-11-01T00:00:00-05:00"))
                == [.endNotAfterStart, .endsInThePast])
    }

    @Test("An authorization lasts at most 18 months unless a court order says otherwise")
    func eighteenMonths() {
        // Started 2026-11-24 in Chicago: the last allowed end day is 2028-05-24.
        #expect(problems(special(.adultAuthorization, ends: "2028-05-24T23:00:00-05:00")).isEmpty)
        #expect(
            problems(special(.adultAuthorization, ends: "2028-05-25T00:00:00-05:00"))
                == [.authorizationTooLong(latestEnd: LocalDate(iso: "2028-05-24")!)])
        #expect(problems(special(.adultAuthorization, ends: "2028-05-25T00:00:00-05:00", courtOrdered: true)).isEmpty)
        #expect(problems(special(.adultGuardianship, .legalGuardian, ends: "2031-01-01T00:00:00-06:00")).isEmpty)
    }

    @Test("A circumstance must match the patient's age band today")
    func ageBand() {
        #expect(problems(special(.adultAuthorization), born: "2010-01-01") == [.wrongAgeBand(.adult)])
        #expect(problems(special(.adolescentLacksCapacity), born: "2006-05-01") == [.wrongAgeBand(.adolescent)])
        #expect(problems(special(.adolescentLacksCapacity), born: "2012-05-01").isEmpty)
        // The adult band starts at local midnight of the 18th birthday.
        #expect(problems(special(.adultAuthorization), born: "2008-11-25") == [.wrongAgeBand(.adult)])
        #expect(problems(special(.adultAuthorization), born: "2008-11-24").isEmpty)
    }

    @Test("A reason and a supporting document are required; relationships are checked")
    func reasonDocumentRelationship() {
        #expect(problems(special(.adultAuthorization, reason: "  \n", document: false)) == [.reasonRequired, .documentRequired])
        #expect(problems(special(.adultAuthorization, .self)) == [.relationshipNotAllowed])
        #expect(problems(special(.adolescentLacksCapacity, .other), born: "2012-05-01") == [.relationshipNotAllowed])
        #expect(problems(special(.ordinary)) == [.notASpecialCircumstance])
    }

    @Test("A patient's own account never also holds a proxy grant, and the reverse")
    func ownAccountConflicts() {
        #expect(GrantRules.conflictsWithExisting(.parent, existing: [.self]))
        #expect(GrantRules.conflictsWithExisting(.self, existing: [.parent]))
        #expect(!GrantRules.conflictsWithExisting(.parent, existing: [.parent]))
        #expect(!GrantRules.conflictsWithExisting(.self, existing: []))
    }

    @Test("Months are added calendar-wise, ending on the month's last day when it is shorter")
    func addingMonths() {
        #expect(LocalDate(iso: "2026-01-31")!.adding(months: 1) == LocalDate(iso: "2026-02-28")!)
        #expect(LocalDate(iso: "2027-08-31")!.adding(months: 18) == LocalDate(iso: "2029-02-28")!)
        #expect(LocalDate(iso: "2026-12-15")!.adding(months: 1) == LocalDate(iso: "2027-01-15")!)
        #expect(LocalDate(iso: "2026-11-24")!.adding(months: 18) == LocalDate(iso: "2028-05-24")!)
    }

    @Test("Parents and the patient hear of the 18th birthday in the thirty days before it")
    func adulthoodNotice() {
        let born = LocalDate(iso: "2008-12-24")!
        #expect(AdulthoodNotice.upcomingEighteenthBirthday(bornOn: born, today: LocalDate(iso: "2026-11-23")!) == nil)
        #expect(
            AdulthoodNotice.upcomingEighteenthBirthday(bornOn: born, today: LocalDate(iso: "2026-11-24")!)
                == LocalDate(iso: "2026-12-24"))
        #expect(
            AdulthoodNotice.upcomingEighteenthBirthday(bornOn: born, today: LocalDate(iso: "2026-12-23")!)
                == LocalDate(iso: "2026-12-24"))
        #expect(AdulthoodNotice.upcomingEighteenthBirthday(bornOn: born, today: LocalDate(iso: "2026-12-24")!) == nil)
        let leap = LocalDate(iso: "2012-02-29")!
        #expect(
            AdulthoodNotice.upcomingEighteenthBirthday(bornOn: leap, today: LocalDate(iso: "2030-02-28")!)
                == LocalDate(iso: "2030-03-01"))
    }

    @Test("Labels round-trip through storage, and unknown ones read as restricted")
    func labelStorage() {
        let all: [Sensitivity] = [.normal, .restricted] + SensitiveCategory.allCases.map(Sensitivity.adolescentConfidential)
        for label in all { #expect(Sensitivity(storageValue: label.storageValue) == label) }
        #expect(Sensitivity(storageValue: "psychotherapy_note") == .restricted)
        #expect(Sensitivity.adolescentConfidential(.hiv).hl7ConfidentialityCode == "R")
        #expect(SensitiveCategory.contraception.hl7PolicyCode == "SEX")
    }
}
