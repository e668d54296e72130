import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Operational metrics at /metrics")
struct MetricsTests {
    static let token = String(repeating: "m", count: 40)

    @Test("Without a configured token the endpoint does not exist")
    func absentWithoutToken() async throws {
        try await withTestApp { world in
            let page = try await Browser(world).get(Routes.metrics())
            #expect(page.status == .notFound)
        }
    }

    @Test("Only the monitoring system's bearer token reads the metrics")
    func onlyWithToken() async throws {
        try await withTestApp(environment: ["METRICS_BEARER_TOKEN": Self.token]) { world in
            let browser = Browser(world)
            #expect(try await browser.get(Routes.metrics()).status == .unauthorized)
            let wrong = try await browser.get(
                Routes.metrics(), headers: ["Authorization": "Bearer " + String(repeating: "x", count: 40)])
            #expect(wrong.status == .unauthorized && !wrong.body.contains("portal_"))
            let right = try await browser.get(Routes.metrics(), headers: ["Authorization": "Bearer \(Self.token)"])
            #expect(right.status == .ok && right.headers.contentType?.subType == "plain")
        }
    }

    @Test("Requests by route pattern, sign-in failures, audit writes and the outbox are counted, with no ids")
    func countsWhatHappened() async throws {
        try await withTestApp(environment: ["METRICS_BEARER_TOKEN": Self.token]) { world in
            let parent = try await Fixtures.member(world)
            let child = try await Fixtures.patient(world, name: "Counted Child", bornYearsAgo: 6)
            try await Fixtures.grant(world, parent, child)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email, password: "not the password at all")
            try await browser.signIn(email: parent.email)
            try await browser.get(Routes.patient(child.ref))
            try await Outbox.enqueue(
                to: "a@example.org", subject: "Hello", body: "Hi", now: world.now, config: world.config, on: world.app.db)

            let page = try await Browser(world).get(Routes.metrics(), headers: ["Authorization": "Bearer \(Self.token)"])
            let text = page.body
            #expect(text.contains(#"portal_http_requests_total{route="/patients/:patientID",method="GET",status="200"} 1"#))
            #expect(text.contains(#"portal_http_requests_total{route="/sign-in",method="POST",status="401"} 1"#))
            #expect(text.contains(#"portal_sign_in_failures_total{reason="wrong_password",account="member"} 1"#))
            #expect(text.contains("portal_http_request_duration_seconds_bucket{"))
            // The one queued here, and the "was this you?" notice of the first sign-in in this browser.
            #expect(text.contains("portal_outbox_pending 2"))
            #expect(text.contains("portal_outbox_failed 0"))
            #expect(text.contains("portal_db_pool_wait_seconds "))
            let audited = text.split(separator: "\n").first { $0.hasPrefix("portal_audit_events_written_total ") }
            #expect((audited?.split(separator: " ").last.flatMap { Int($0) } ?? 0) >= 3)
            // Route patterns only: no patient's id, no e-mail address.
            #expect(!text.contains(child.id!.uuidString.lowercased()) && !text.contains(parent.email))
            #expect(text.range(of: "[0-9a-f]{8}-[0-9a-f]{4}-", options: .regularExpression) == nil)
        }
    }
}
