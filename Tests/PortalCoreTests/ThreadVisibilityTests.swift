import Foundation
import PortalCore
import Testing

@Suite("Who reads a conversation with the care team")
struct ThreadVisibilityTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    let zone = TimeZone(identifier: "America/Chicago")!

    func access(_ relationship: Relationship, bornYearsAgo years: Int, kind: GrantKind = .ordinary) -> PatientAccess? {
        let today = LocalDate(start, in: zone)
        let grant = GrantFacts(relationship: relationship, kind: kind, starts: start.addingTimeInterval(-86_400), ends: nil)
        return AccessPolicy.decide(
            viewer: .member(isActive: true, grants: [grant]), patientBirthDate: today.adding(years: -years).adding(days: -10),
            at: start, in: zone
        ).access
    }

    @Test("A 14-year-old's own thread is theirs and the care team's; the parent never reads it")
    func teensThread() throws {
        let thread = ThreadFacts(audience: .patient, isRestricted: false)
        #expect(ThreadVisibility.canRead(thread, with: try #require(access(.`self`, bornYearsAgo: 14))))
        #expect(!ThreadVisibility.canRead(thread, with: try #require(access(.parent, bornYearsAgo: 14))))
        // Not even a proxy whose special circumstance shows the sensitive tier.
        let lacksCapacity = try #require(access(.parent, bornYearsAgo: 14, kind: .adolescentLacksCapacity))
        #expect(lacksCapacity.canSee(.adolescentConfidential(.mentalHealth)))
        #expect(!ThreadVisibility.canRead(thread, with: lacksCapacity))
        #expect(ThreadVisibility.canRead(thread, with: PatientAccess.staff(.clinician)))
    }

    @Test("A parent's thread is the parents' and the care team's, not the adolescent's")
    func parentsThread() throws {
        let thread = ThreadFacts(audience: .proxies, isRestricted: false)
        #expect(ThreadVisibility.canRead(thread, with: try #require(access(.parent, bornYearsAgo: 14))))
        #expect(ThreadVisibility.canRead(thread, with: try #require(access(.legalGuardian, bornYearsAgo: 6))))
        #expect(!ThreadVisibility.canRead(thread, with: try #require(access(.`self`, bornYearsAgo: 14))))
        // At 18 the parents lose the patient, and the adult does not inherit their threads.
        #expect(access(.parent, bornYearsAgo: 18) == nil)
        #expect(!ThreadVisibility.canRead(thread, with: try #require(access(.`self`, bornYearsAgo: 18))))
    }

    @Test("A restricted thread is kept from every proxy, not from the patient or the care team")
    func restricted() throws {
        let parents = ThreadFacts(audience: .proxies, isRestricted: true)
        #expect(!ThreadVisibility.canRead(parents, with: try #require(access(.parent, bornYearsAgo: 6))))
        #expect(ThreadVisibility.canRead(parents, with: PatientAccess.staff(.him)))
        let own = ThreadFacts(audience: .patient, isRestricted: true)
        #expect(ThreadVisibility.canRead(own, with: try #require(access(.`self`, bornYearsAgo: 15))))
    }

    @Test("Schedulers and administrators read no thread; a thread's audience follows who starts it")
    func staffAndAudience() {
        for audience in ThreadAudience.allCases {
            for role in [StaffRole.administrator, .scheduler] {
                #expect(!ThreadVisibility.canRead(.init(audience: audience, isRestricted: false), with: .staff(role)))
            }
        }
        #expect(ThreadFacts.audience(startedWith: .patientSelf) == .patient)
        #expect(ThreadFacts.audience(startedWith: .proxyAdolescentLimited) == .proxies)
        #expect(ThreadFacts.audience(startedWith: .staff(.clinician)) == nil)
    }

    @Test("The scope a query filters by agrees with canRead for every viewer and thread")
    func scopeAgreesWithCanRead() throws {
        var accesses: [PatientAccess] = StaffRole.allCases.map { PatientAccess.staff($0) }
        for years in [5, 12, 14, 17, 18, 30] {
            for relationship in [Relationship.`self`, .parent, .legalGuardian] {
                if let granted = access(relationship, bornYearsAgo: years) { accesses.append(granted) }
            }
        }
        #expect(accesses.count > 8)
        for viewer in accesses {
            for audience in ThreadAudience.allCases {
                for restricted in [false, true] {
                    let thread = ThreadFacts(audience: audience, isRestricted: restricted)
                    #expect(
                        ThreadVisibility.scope(for: viewer).contains(thread) == ThreadVisibility.canRead(thread, with: viewer))
                }
            }
        }
        #expect(ThreadVisibility.scope(for: .staff(.scheduler)) == .none)
    }
}

extension PatientAccess {
    static func staff(_ role: StaffRole) -> PatientAccess {
        AccessPolicy.decide(
            viewer: .staff(role), patientBirthDate: LocalDate(year: 2015, month: 1, day: 1)!, at: Date(),
            in: TimeZone(identifier: "UTC")!
        ).access!
    }
}
