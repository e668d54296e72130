import Foundation
import Testing

@testable import PortalCore

/// Shared helpers: instants written in the hospital's zone, grants that began long ago.
enum PolicyFixtures {
    static let chicago = TimeZone(identifier: "America/Chicago")!
    static let longAgo = Date(timeIntervalSince1970: 0)

    static func instant(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    static func grant(
        _ relationship: Relationship = .parent, _ kind: GrantKind = .ordinary, ends: Date? = nil, revoked: Bool = false
    ) -> GrantFacts {
        GrantFacts(relationship: relationship, kind: kind, starts: longAgo, ends: ends, revoked: revoked)
    }

    static func decide(_ grants: [GrantFacts], born: String, at: String, active: Bool = true) -> AccessDecision {
        AccessPolicy.decide(
            viewer: .member(isActive: active, grants: grants), patientBirthDate: LocalDate(iso: born)!, at: instant(at),
            in: chicago)
    }
}

@Suite("The access policy at its edges")
struct AccessPolicyTests {
    typealias F = PolicyFixtures

    @Test("A parent sees everything but restricted items of a child under 12")
    func parentOfChild() throws {
        let access = try #require(F.decide([F.grant()], born: "2021-03-01", at: "2026-11-24T12:00:00-06:00").access)
        #expect(access.level == .proxyFull)
        #expect(access.canSee(.normal) && access.canSee(.adolescentConfidential(.mentalHealth)))
        #expect(!access.canSee(.restricted))
    }

    @Test(
        "The 12th birthday: full the day before, limited from local midnight, still limited the day after",
        arguments: [
            ("2026-11-24T23:59:59-06:00", AccessLevel.proxyFull),
            ("2026-11-25T00:00:00-06:00", .proxyAdolescentLimited),
            ("2026-11-26T12:00:00-06:00", .proxyAdolescentLimited),
        ])
    func twelfthBirthday(at: String, level: AccessLevel) throws {
        let access = try #require(F.decide([F.grant()], born: "2014-11-25", at: at).access)
        #expect(access.level == level)
        #expect(access.canSee(.adolescentConfidential(.contraception)) == (level == .proxyFull))
    }

    @Test("The birthday follows the hospital's midnight, not the viewer's or UTC")
    func viewerInAnotherZone() {
        // Half past midnight in New York is still 23:30 the evening before in Chicago.
        let newYorkAfterMidnight = F.decide([F.grant()], born: "2014-11-25", at: "2026-11-25T00:30:00-05:00")
        #expect(newYorkAfterMidnight.access?.level == .proxyFull)
        let utcNextDay = F.decide([F.grant()], born: "2014-11-25", at: "2026-11-25T05:59:59Z")
        #expect(utcNextDay.access?.level == .proxyFull)  // 23:59:59 in Chicago
        let chicagoMidnight = F.decide([F.grant()], born: "2014-11-25", at: "2026-11-25T06:00:00Z")
        #expect(chicagoMidnight.access?.level == .proxyAdolescentLimited)
    }

    @Test(
        "The 18th birthday ends a parent's ordinary access at local midnight, with no job running",
        arguments: [
            ("2026-11-24T23:59:59-06:00", true),
            ("2026-11-25T00:00:00-06:00", false),
            ("2026-11-26T00:00:00-06:00", false),
        ])
    func eighteenthBirthday(at: String, granted: Bool) {
        #expect((F.decide([F.grant()], born: "2008-11-25", at: at).access != nil) == granted)
    }

    @Test(
        "Born on February 29: the 12th birthday (always a leap year) is February 29; the 18th (never one) is March 1",
        arguments: [
            ("2008-02-29", "2020-02-28T23:59:59-06:00", AccessLevel?.some(.proxyFull)),
            ("2008-02-29", "2020-02-29T00:00:00-06:00", .proxyAdolescentLimited),
            ("2012-02-29", "2030-02-28T23:59:59-06:00", .proxyAdolescentLimited),
            ("2012-02-29", "2030-03-01T00:00:00-06:00", nil),
        ])
    func leapDayBirthday(born: String, at: String, level: AccessLevel?) {
        #expect(F.decide([F.grant()], born: born, at: at).access?.level == level)
    }

    @Test("A special circumstance works only in its age band and only until it ends")
    func specialCircumstanceWindow() {
        let end = F.instant("2027-01-01T00:00:00-06:00")
        let guardian = F.grant(.legalGuardian, .adultGuardianship, ends: end)
        #expect(F.decide([guardian], born: "2007-01-01", at: "2026-12-31T23:59:59-06:00").access?.level == .proxyFull)
        #expect(F.decide([guardian], born: "2007-01-01", at: "2027-01-01T00:00:00-06:00") == .denied)
        // Recorded for an adult, it does nothing for a patient who is not yet 18.
        #expect(F.decide([guardian], born: "2010-01-01", at: "2026-12-31T12:00:00-06:00") == .denied)
        // A grant that has not started yet grants nothing.
        let later = GrantFacts(
            relationship: .parent, kind: .adultAuthorization, starts: F.instant("2026-12-01T00:00:00-06:00"), ends: end)
        #expect(F.decide([later], born: "2000-01-01", at: "2026-11-30T23:59:59-06:00") == .denied)
        #expect(F.decide([later], born: "2000-01-01", at: "2026-12-01T00:00:00-06:00") != .denied)
    }

    @Test("What each special circumstance covers")
    func specialCircumstanceScope() throws {
        let end = F.instant("2028-01-01T00:00:00-06:00")
        let at = "2026-11-24T12:00:00-06:00"
        let guardianship = try #require(
            F.decide([F.grant(.legalGuardian, .adultGuardianship, ends: end)], born: "2000-01-01", at: at).access)
        #expect(guardianship.canSee(.adolescentConfidential(.mentalHealth)) && !guardianship.canSee(.restricted))
        let authorization = try #require(
            F.decide([F.grant(.parent, .adultAuthorization, ends: end)], born: "2000-01-01", at: at).access)
        #expect(authorization.canSee(.normal) && !authorization.canSee(.adolescentConfidential(.hiv)))
        // A parent of a 14-year-old who lacks capacity sees what a young child's parent sees, until 18.
        let capacity = F.grant(.parent, .adolescentLacksCapacity, ends: end)
        let teen = try #require(F.decide([capacity], born: "2012-06-01", at: at).access)
        #expect(teen.level == .proxyFull && teen.canSee(.adolescentConfidential(.substanceUse)))
        #expect(F.decide([capacity], born: "2008-12-01", at: "2026-12-01T00:00:00-06:00") == .denied)
    }

    @Test("A revoked grant, no grant, or a deactivated account is refused")
    func refusals() {
        let at = "2026-11-24T12:00:00-06:00"
        #expect(F.decide([F.grant(revoked: true)], born: "2021-01-01", at: at) == .denied)
        #expect(F.decide([], born: "2021-01-01", at: at) == .denied)
        #expect(F.decide([F.grant()], born: "2021-01-01", at: at, active: false) == .denied)
        #expect(F.decide([F.grant(.other)], born: "2021-01-01", at: at) == .denied)
    }

    @Test("A patient's own account works from 12, sees their confidential items, and never acts as a proxy")
    func ownAccount() throws {
        let at = "2026-11-24T12:00:00-06:00"
        let own = F.grant(.self)
        let teen = try #require(F.decide([own], born: "2012-06-01", at: at).access)
        #expect(teen.level == .patientSelf && teen.canSee(.adolescentConfidential(.pregnancy)) && !teen.canSee(.restricted))
        #expect(F.decide([own], born: "2016-06-01", at: at) == .denied)
        #expect(F.decide([own], born: "2000-06-01", at: at).access?.level == .patientSelf)
        // A proxy grant on the patient's own account counts for nothing, even a special one.
        let mixed = [F.grant(.self, revoked: true), F.grant(.parent)]
        #expect(F.decide(mixed, born: "2016-06-01", at: at) == .denied)
        #expect(F.decide([own, F.grant(.self, .adultGuardianship)], born: "2012-06-01", at: at).access?.level == .patientSelf)
    }

    @Test("Of two grants in force the wider one wins")
    func widestGrant() {
        let end = F.instant("2028-01-01T00:00:00-06:00")
        let grants = [F.grant(.parent), F.grant(.parent, .adolescentLacksCapacity, ends: end)]
        #expect(F.decide(grants, born: "2012-06-01", at: "2026-11-24T12:00:00-06:00").access?.level == .proxyFull)
    }

    @Test("Staff see by role: HIM and clinicians everything, schedulers ordinary items, administrators none")
    func staff() throws {
        func access(_ role: StaffRole) throws -> PatientAccess {
            try #require(
                AccessPolicy.decide(
                    viewer: .staff(role), patientBirthDate: LocalDate(iso: "2012-06-01")!, at: F.longAgo, in: F.chicago
                ).access)
        }
        #expect(try access(.him).canSee(.restricted) && access(.clinician).canSee(.restricted))
        #expect(try access(.scheduler).canSee(.normal) && !access(.scheduler).canSee(.adolescentConfidential(.hiv)))
        #expect(try access(.administrator).visibleTiers.isEmpty)
    }

    @Test("The labels a query may return match what the access can see")
    func storageValues() throws {
        let limited = try #require(F.decide([F.grant()], born: "2012-06-01", at: "2026-11-24T12:00:00-06:00").access)
        #expect(limited.visibleStorageValues == ["normal"])
        let own = try #require(F.decide([F.grant(.self)], born: "2012-06-01", at: "2026-11-24T12:00:00-06:00").access)
        #expect(Set(own.visibleStorageValues) == Set(["normal"] + SensitiveCategory.allCases.map(\.rawValue)))
        #expect(!own.visibleStorageValues.contains("restricted"))
    }
}
