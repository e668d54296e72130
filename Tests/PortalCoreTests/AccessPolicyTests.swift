import Foundation
import Testing

@testable import PortalCore

@Suite("The access policy")
struct AccessPolicyTests {
    let zone = TimeZone(identifier: "America/Chicago")!
    let longAgo = Date(timeIntervalSince1970: 0)

    func instant(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        return formatter.date(from: text)!
    }

    func parent(_ kind: GrantKind = .ordinary, ends: Date? = nil, revoked: Bool = false) -> GrantFacts {
        GrantFacts(relationship: .parent, kind: kind, starts: longAgo, ends: ends, revoked: revoked)
    }

    @Test("A parent sees everything of a child under 12")
    func parentOfChild() {
        let decision = AccessPolicy.decide(
            grant: parent(), patientBirthDate: date("2021-03-01"), at: instant("2026-11-24T12:00:00-06:00"), in: zone)
        #expect(decision == .granted(.proxyFull))
    }

    @Test("A parent gets the limited view from local midnight of the 12th birthday")
    func twelfthBirthdayAtMidnight() {
        let birth = date("2014-11-25")
        let evening = AccessPolicy.decide(
            grant: parent(), patientBirthDate: birth, at: instant("2026-11-24T23:59:00-06:00"), in: zone)
        let midnight = AccessPolicy.decide(
            grant: parent(), patientBirthDate: birth, at: instant("2026-11-25T00:00:00-06:00"), in: zone)
        #expect(evening == .granted(.proxyFull))
        #expect(midnight == .granted(.proxyAdolescentLimited))
    }

    @Test("A parent's ordinary access ends at local midnight of the 18th birthday")
    func eighteenthBirthday() {
        let birth = date("2008-11-25")
        #expect(
            AccessPolicy.decide(grant: parent(), patientBirthDate: birth, at: instant("2026-11-24T23:59:59-06:00"), in: zone)
                == .granted(.proxyAdolescentLimited))
        #expect(
            AccessPolicy.decide(grant: parent(), patientBirthDate: birth, at: instant("2026-11-25T00:00:00-06:00"), in: zone)
                == .denied)
    }

    @Test("A special circumstance gives a parent access to an adult until it ends")
    func specialCircumstance() {
        let end = instant("2027-01-01T00:00:00-06:00")
        let grant = parent(.specialCircumstance, ends: end)
        #expect(
            AccessPolicy.decide(
                grant: grant, patientBirthDate: date("2007-01-01"), at: instant("2026-12-31T23:59:59-06:00"), in: zone)
                == .granted(.proxyFull))
        #expect(AccessPolicy.decide(grant: grant, patientBirthDate: date("2007-01-01"), at: end, in: zone) == .denied)
    }

    @Test("A revoked grant or no grant at all is refused")
    func revokedOrMissing() {
        let now = instant("2026-11-24T12:00:00-06:00")
        #expect(
            AccessPolicy.decide(grant: parent(revoked: true), patientBirthDate: date("2021-01-01"), at: now, in: zone) == .denied)
        #expect(AccessPolicy.decide(grant: nil, patientBirthDate: date("2021-01-01"), at: now, in: zone) == .denied)
    }

    @Test("A patient's own account works from 12, never for a younger child")
    func selfAccess() {
        let now = instant("2026-11-24T12:00:00-06:00")
        let own = GrantFacts(relationship: .self, kind: .ordinary, starts: longAgo, ends: nil)
        #expect(
            AccessPolicy.decide(grant: own, patientBirthDate: date("2012-06-01"), at: now, in: zone) == .granted(.patientSelf))
        #expect(AccessPolicy.decide(grant: own, patientBirthDate: date("2016-06-01"), at: now, in: zone) == .denied)
        #expect(
            AccessPolicy.decide(grant: own, patientBirthDate: date("2000-06-01"), at: now, in: zone) == .granted(.patientSelf))
    }
}
