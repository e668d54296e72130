import Foundation
import PropertyBased
import Testing

@testable import PortalCore

/// Random patients, moments and grants: the policy's promises hold for all of them.
@Suite("The access policy over random cases")
struct AccessPolicyPropertyTests {
    static let zones = ["America/Chicago", "America/New_York", "Pacific/Honolulu", "Asia/Tokyo", "UTC"].map {
        TimeZone(identifier: $0)!
    }
    static let start = PolicyFixtures.instant("2020-01-01T00:00:00Z")

    static let birthDate = zip(Gen.int(in: 1990...2026), Gen.int(in: 1...12), Gen.int(in: 1...31)).map { year, month, day in
        LocalDate(year: year, month: month, day: min(day, LocalDate.daysIn(month: month, year: year)))!
    }
    /// A moment between 2020 and 2036.
    static let instant = Gen.int(in: 0...(16 * 365 * 86_400)).map { start.addingTimeInterval(TimeInterval($0)) }
    static let zone = Gen<TimeZone?>.element(of: zones).map { $0! }
    static let grant = zip(
        Gen<Relationship?>.element(of: Relationship.allCases).map { $0! },
        Gen<GrantKind?>.element(of: GrantKind.allCases).map { $0! },
        Gen.int(in: 0...(16 * 365 * 86_400)),
        Gen.int(in: -1...(6 * 365 * 86_400)),
        Gen.bool(0.2)
    ).map { relationship, kind, startOffset, length, revoked in
        let starts = start.addingTimeInterval(TimeInterval(startOffset))
        return GrantFacts(
            relationship: relationship, kind: kind, starts: starts,
            ends: length < 0 ? nil : starts.addingTimeInterval(TimeInterval(length)), revoked: revoked)
    }
    static let grants = grant.array(of: 0...4)
    static let allLabels: [Sensitivity] =
        [.normal, .restricted] + SensitiveCategory.allCases.map(Sensitivity.adolescentConfidential)
    static let sensitivity = Gen<Sensitivity?>.element(of: allLabels).map { $0! }

    static func band(_ birth: LocalDate, _ instant: Date, _ zone: TimeZone) -> AgeBand {
        AgeBand(age: Age.years(bornOn: birth, on: LocalDate(instant, in: zone)))
    }

    @Test("A parent never sees an adolescent-confidential or restricted item of a 12-17-year-old")
    func parentsOfAdolescents() async {
        await propertyCheck(count: 2000, input: Self.grants, Self.birthDate, Self.instant, Self.zone, Self.sensitivity) {
            grants, birth, instant, zone, item in
            let proxies = grants.filter { $0.relationship != .self && $0.kind != .adolescentLacksCapacity }
            guard Self.band(birth, instant, zone) == .adolescent else { return }
            let access = AccessPolicy.decide(
                viewer: .member(isActive: true, grants: proxies), patientBirthDate: birth, at: instant, in: zone
            ).access
            if let access, item != .normal { #expect(!access.canSee(item)) }
        }
    }

    @Test("No member ever sees a restricted item")
    func restrictedIsStaffOnly() async {
        await propertyCheck(count: 2000, input: Self.grants, Self.birthDate, Self.instant, Self.zone) {
            grants, birth, instant, zone in
            let access = AccessPolicy.decide(
                viewer: .member(isActive: true, grants: grants), patientBirthDate: birth, at: instant, in: zone
            ).access
            #expect(access?.canSee(.restricted) != true)
        }
    }

    @Test("Of an adult, only the patient and holders of an adult special circumstance see anything")
    func adultsAlone() async {
        await propertyCheck(count: 2000, input: Self.grants, Self.birthDate, Self.instant, Self.zone) {
            grants, birth, instant, zone in
            guard Self.band(birth, instant, zone) == .adult else { return }
            let ordinaryProxies = grants.filter { $0.relationship != .self && !$0.kind.isSpecialCircumstance }
            #expect(
                AccessPolicy.decide(
                    viewer: .member(isActive: true, grants: ordinaryProxies), patientBirthDate: birth, at: instant, in: zone)
                    == .denied)
            if let access = AccessPolicy.decide(
                viewer: .member(isActive: true, grants: grants), patientBirthDate: birth, at: instant, in: zone
            ).access {
                let grant = access.grant!
                #expect(grant.relationship == .self || grant.kind == .adultGuardianship || grant.kind == .adultAuthorization)
                #expect(grant.isInForce(at: instant))
            }
        }
    }

    @Test("A deactivated account sees nothing, whatever it holds")
    func deactivated() async {
        await propertyCheck(count: 500, input: Self.grants, Self.birthDate, Self.instant, Self.zone) {
            grants, birth, instant, zone in
            #expect(
                AccessPolicy.decide(
                    viewer: .member(isActive: false, grants: grants), patientBirthDate: birth, at: instant, in: zone)
                    == .denied)
        }
    }

    @Test("The decision depends only on its inputs: repeated or with the grants reordered, it is the same")
    func deterministic() async {
        await propertyCheck(count: 1000, input: Self.grants, Self.birthDate, Self.instant, Self.zone) {
            grants, birth, instant, zone in
            let first = AccessPolicy.decide(
                viewer: .member(isActive: true, grants: grants), patientBirthDate: birth, at: instant, in: zone)
            let again = AccessPolicy.decide(
                viewer: .member(isActive: true, grants: grants), patientBirthDate: birth, at: instant, in: zone)
            let reversed = AccessPolicy.decide(
                viewer: .member(isActive: true, grants: grants.reversed()), patientBirthDate: birth, at: instant, in: zone)
            #expect(first == again)
            #expect(first.access?.level == reversed.access?.level)
            #expect(first.access?.visibleTiers == reversed.access?.visibleTiers)
        }
    }

    @Test("A decision never outlives the local day: at the same local date the answer is the same")
    func sameLocalDaySameAnswer() async {
        await propertyCheck(count: 1000, input: Self.birthDate, Self.instant, Self.zone) { birth, instant, zone in
            let ordinary = [GrantFacts(relationship: .parent, kind: .ordinary, starts: .distantPast, ends: nil)]
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let dayStart = calendar.startOfDay(for: instant)
            let morning = AccessPolicy.decide(
                viewer: .member(isActive: true, grants: ordinary), patientBirthDate: birth, at: dayStart, in: zone)
            let now = AccessPolicy.decide(
                viewer: .member(isActive: true, grants: ordinary), patientBirthDate: birth, at: instant, in: zone)
            #expect(morning == now)
        }
    }
}
