import Testing

@testable import PortalCore

@Suite("Staff reach only what their work needs")
struct StaffReachTests {
    @Test(
        "HIM reaches every record; clinicians their care teams' or through the glass; schedulers their queues'; administrators none"
    )
    func decide() {
        for (care, glass) in [(false, false), (true, false), (false, true), (true, true)] {
            #expect(StaffReach.decide(.him, hasCareRelationship: care, hasOpenGlass: glass) == .granted)
            #expect(StaffReach.decide(.administrator, hasCareRelationship: care, hasOpenGlass: glass) == .denied)
            #expect(
                StaffReach.decide(.clinician, hasCareRelationship: care, hasOpenGlass: glass)
                    == (care || glass ? .granted : .needsBreakingTheGlass))
            // The glass is the clinicians': it opens nothing for a scheduler.
            #expect(StaffReach.decide(.scheduler, hasCareRelationship: care, hasOpenGlass: glass) == (care ? .granted : .denied))
        }
    }

    @Test("Every role but the administrator's reaches patients, so giving it is reviewed")
    func reachesPatients() {
        #expect(
            StaffRole.allCases.filter(StaffReach.reachesPatients).sorted { $0.rawValue < $1.rawValue } == [
                .clinician, .him, .scheduler,
            ])
    }
}
