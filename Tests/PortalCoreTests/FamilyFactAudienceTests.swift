import Foundation
import PropertyBased
import Testing

@testable import PortalCore

@Suite("Who sees what a family member creates")
struct FamilyFactAudienceTests {
    typealias F = PolicyFixtures
    typealias P = AccessPolicyPropertyTests

    static let levels: [AccessLevel] = [.patientSelf, .proxyFull, .proxyAdolescentLimited]
    static let bands: [AgeBand] = [.child, .adolescent, .adult]

    @Test("Only a 12-17-year-old on their own account is asked whether their parents may see it")
    func whoIsAsked() {
        for level in Self.levels + StaffRole.allCases.map(AccessLevel.staff) {
            for band in Self.bands {
                #expect(
                    FamilyFactAudience.offersSharing(to: level, patientBand: band)
                        == (level == .patientSelf && band == .adolescent))
            }
        }
    }

    @Test("A teen's unshared request is private to them; shared, it carries what it is about", arguments: P.allLabels)
    func teenChoice(subject: Sensitivity) {
        let kept = FamilyFactAudience.label(
            about: subject, createdWith: .patientSelf, patientBand: .adolescent, sharedWithParents: false)
        let shared = FamilyFactAudience.label(
            about: subject, createdWith: .patientSelf, patientBand: .adolescent, sharedWithParents: true)
        #expect(shared == subject)
        switch subject {
        case .normal: #expect(kept == .adolescentConfidential(.keptPrivateByPatient))
        // A request about a confidential or restricted item keeps that item's label: it is as private already.
        case .adolescentConfidential, .restricted: #expect(kept == subject)
        }
    }

    @Test("What a parent, or an adult patient, sends carries what it is about, whatever the box says")
    func othersCarryTheSubject() {
        for subject in P.allLabels {
            for shared in [false, true] {
                for (level, band) in [
                    (AccessLevel.proxyFull, AgeBand.child), (.proxyAdolescentLimited, .adolescent), (.proxyFull, .adolescent),
                    (.patientSelf, .adult), (.proxyFull, .adult),
                ] {
                    #expect(
                        FamilyFactAudience.label(about: subject, createdWith: level, patientBand: band, sharedWithParents: shared)
                            == subject)
                }
            }
        }
    }

    @Test("A private request is read back by the teen, and survives the 18th birthday for the patient")
    func theTeenReadsIt() throws {
        let kept = FamilyFactAudience.label(
            about: .normal, createdWith: .patientSelf, patientBand: .adolescent, sharedWithParents: false)
        for at in ["2026-11-24T12:00:00-06:00", "2030-06-01T12:00:00-05:00"] {
            let access = try #require(F.decide([F.grant(.`self`)], born: "2012-03-01", at: at).access)
            #expect(access.canSee(kept))
        }
    }

    @Test("A special-circumstance guardian sees it, as they see the teen's confidential care")
    func guardianOfATeenWhoLacksCapacity() throws {
        let kept = FamilyFactAudience.label(
            about: .normal, createdWith: .patientSelf, patientBand: .adolescent, sharedWithParents: false)
        let access = try #require(
            F.decide([F.grant(.parent, .adolescentLacksCapacity)], born: "2012-03-01", at: "2026-11-24T12:00:00-06:00").access)
        #expect(access.canSee(kept))
    }

    @Test("No parent or authorized adult ever sees what a teen kept private, at any later moment, whatever their grants")
    func parentsNeverSeeIt() async {
        await propertyCheck(
            count: 3000, input: P.grants, P.birthDate, P.instant, Gen.int(in: 0...(8 * 365 * 86_400)), P.zone, P.sensitivity
        ) { grants, birth, created, later, zone, subject in
            guard P.band(birth, created, zone) == .adolescent else { return }
            let label = FamilyFactAudience.label(
                about: subject, createdWith: .patientSelf, patientBand: .adolescent, sharedWithParents: false)
            // Never weaker than what it is about.
            #expect(label.tier >= subject.tier && label.tier >= .sensitive)
            // The guardian of a teen who lacks capacity, or of an adult, sees the patient's
            // confidential care, and so this too; every other proxy never does.
            let proxies = grants.filter {
                $0.relationship != .self && $0.kind != .adolescentLacksCapacity && $0.kind != .adultGuardianship
            }
            let viewing = created.addingTimeInterval(TimeInterval(later))
            let access = AccessPolicy.decide(
                viewer: .member(isActive: true, grants: proxies), patientBirthDate: birth, at: viewing, in: zone
            ).access
            if let access { #expect(!access.canSee(label)) }
        }
    }

    @Test("Departments are never given the teen's own category")
    func notACareCategory() {
        #expect(!SensitiveCategory.careCategories.contains(.keptPrivateByPatient))
        #expect(SensitiveCategory.careCategories.count == SensitiveCategory.allCases.count - 1)
    }
}
