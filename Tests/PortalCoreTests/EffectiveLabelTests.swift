import Foundation
import PropertyBased
import Testing

@testable import PortalCore

/// The strictest label wins, whichever way it comes: from the item, its container, its parts
/// or a clinician.
@Suite("The label in force: the strictest wins")
struct EffectiveLabelTests {
    static let label = AccessPolicyPropertyTests.sensitivity
    static let mark = Gen.int(in: 0...ClinicianMark.allCases.count).map { index -> ClinicianMark? in
        index == 0 ? nil : ClinicianMark.allCases[index - 1]
    }

    @Test("Examples: a confidential report's value, a report of confidential values only, a mixed report, a mark")
    func examples() {
        let sti = Sensitivity.adolescentConfidential(.sexuallyTransmittedInfection)
        #expect(EffectiveLabel.of(own: .normal, containers: [sti], mark: nil) == sti)
        #expect(EffectiveLabel.ofContainer(own: .normal, parts: [sti, sti], mark: nil) == sti)
        #expect(EffectiveLabel.ofContainer(own: .normal, parts: [sti, .normal], mark: nil) == .normal)
        #expect(EffectiveLabel.ofContainer(own: .normal, parts: [], mark: nil) == .normal)
        #expect(EffectiveLabel.ofContainer(own: sti, parts: [.normal], mark: nil) == sti)
        #expect(EffectiveLabel.ofContainer(own: .normal, parts: [.restricted], mark: nil) == .restricted)
        #expect(
            EffectiveLabel.of(own: .normal, mark: .confidentialToAdolescent) == .adolescentConfidential(.markedByClinician))
        #expect(EffectiveLabel.of(own: sti, mark: .confidentialToAdolescent) == sti)
        #expect(EffectiveLabel.of(own: .normal, containers: [sti], mark: .restricted) == .restricted)
    }

    @Test("Never weaker than the item's own label, any container's, or its mark")
    func neverWeaker() async {
        await propertyCheck(count: 2000, input: Self.label, Self.label.array(of: 0...3), Self.mark) { own, containers, mark in
            let shown = EffectiveLabel.of(own: own, containers: containers, mark: mark)
            #expect(shown.tier >= own.tier)
            #expect(containers.allSatisfy { shown.tier >= $0.tier })
            if mark == .restricted { #expect(shown == .restricted) }
            if mark == .confidentialToAdolescent { #expect(shown.tier >= .sensitive) }
        }
    }

    @Test("A container is shown only as openly as its most open part: never to a viewer who may see none of them")
    func containerNeverOpenerThanItsParts() async {
        let viewers = AccessPolicyPropertyTests.grants
        await propertyCheck(
            count: 2000, input: Self.label, Self.label.array(of: 1...4), Self.mark, viewers, AccessPolicyPropertyTests.birthDate,
            AccessPolicyPropertyTests.instant
        ) { own, parts, mark, grants, birth, instant in
            let container = EffectiveLabel.ofContainer(own: own, parts: parts, mark: mark)
            #expect(container.tier >= own.tier)
            let zone = TimeZone(identifier: "America/Chicago")!
            guard
                let access = AccessPolicy.decide(
                    viewer: .member(isActive: true, grants: grants), patientBirthDate: birth, at: instant, in: zone
                ).access, access.canSee(container)
            else { return }
            // Whoever may see the report may see at least one of its values, as each shows.
            #expect(parts.contains { access.canSee(EffectiveLabel.of(own: $0, containers: [own], mark: mark)) })
        }
    }
}
