import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Every patient-scoped route goes through the policy")
struct PatientScopedRoutesTests {
    @Test("Each listed route refuses another family's patient with 404, audited, and opens for one's own")
    func otherFamilyRefusedEverywhere() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world)
            let ownChild = try await Fixtures.patient(world, name: "Own Child", bornYearsAgo: 6)
            try await Fixtures.grant(world, parent, ownChild)
            let other = try await Fixtures.member(world)
            let theirChild = try await Fixtures.patient(world, name: "Their Child", bornYearsAgo: 6)
            try await Fixtures.grant(world, other, theirChild)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)

            for route in PatientScopedRoutes.all {
                let refused = try await send(route, patient: theirChild.id!, with: browser)
                #expect(refused.status == .notFound, "\(route.method) \(route.pattern)")
                #expect(!refused.body.contains("Their Child"), "\(route.pattern)")
                let denied = try await AuditEvent.query(on: world.app.db)
                    .filter(\.$outcome == "denied").filter(\.$patientID == theirChild.id!.uuidString.lowercased()).count()
                #expect(denied >= 1, "\(route.pattern) did not audit the refusal")

                let allowed = try await send(route, patient: ownChild.id!, with: browser)
                #expect(allowed.status != .notFound && allowed.status.code < 500, "\(route.pattern)")
            }
        }
    }

    @Test("No route names a patient without being in the list")
    func listIsComplete() async throws {
        try await withTestApp { world in
            let registered = Set(
                world.app.routes.all
                    .filter { route in route.path.contains { $0 == .parameter(Paths.patientParameter) } }
                    .map {
                        PatientScopedRoutes.Route(
                            method: $0.method, pattern: "/" + $0.path.map(\.description).joined(separator: "/"))
                    })
            #expect(registered == Set(PatientScopedRoutes.all))
            #expect(!registered.isEmpty)
        }
    }

    private func send(_ route: PatientScopedRoutes.Route, patient: UUID, with browser: Browser) async throws -> Browser.Page {
        switch route.method {
        case .GET: try await browser.get(route.path(for: patient))
        default: try await browser.post(route.path(for: patient), [:])
        }
    }
}
