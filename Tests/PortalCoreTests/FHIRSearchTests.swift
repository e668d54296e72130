import Foundation
import Testing

@testable import PortalCore

@Suite("FHIR search values: dates with prefixes, tokens with systems")
struct FHIRSearchTests {
    static let chicago = TimeZone(identifier: "America/Chicago")!

    func instant(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    @Test("A day, a month and a year are periods in the hospital's zone")
    func periods() throws {
        let day = try #require(DateSearch("2026-11-24", zone: Self.chicago))
        #expect(day.start == instant("2026-11-24T06:00:00Z") && day.end == instant("2026-11-25T06:00:00Z"))
        let month = try #require(DateSearch("2026-02", zone: Self.chicago))
        #expect(month.start == instant("2026-02-01T06:00:00Z") && month.end == instant("2026-03-01T06:00:00Z"))
        let year = try #require(DateSearch("2024", zone: Self.chicago))
        #expect(year.end == instant("2025-01-01T06:00:00Z"))
        // The day the clocks change is 25 hours long.
        let fallBack = try #require(DateSearch("2026-11-01", zone: Self.chicago))
        #expect(fallBack.end.timeIntervalSince(fallBack.start) == 25 * 3600)
        let exact = try #require(DateSearch("2026-11-24T10:00:00Z", zone: Self.chicago))
        #expect(exact.start == instant("2026-11-24T10:00:00Z") && exact.end == instant("2026-11-24T10:00:01Z"))
    }

    @Test("Each prefix bounds an instant as FHIR says, at the edges of the period")
    func prefixes() throws {
        let dayStart = instant("2026-11-24T06:00:00Z"), lastSecond = instant("2026-11-25T05:59:59Z")
        let nextDay = instant("2026-11-25T06:00:00Z"), before = instant("2026-11-24T05:59:59Z")
        func search(_ text: String) throws -> DateSearch { try #require(DateSearch(text, zone: Self.chicago)) }
        #expect(try search("2026-11-24").matches(dayStart) && search("eq2026-11-24").matches(lastSecond))
        #expect(try !search("2026-11-24").matches(nextDay) && !search("2026-11-24").matches(before))
        #expect(try search("ne2026-11-24").matches(nextDay) && !search("ne2026-11-24").matches(dayStart))
        #expect(try search("lt2026-11-24").matches(before) && !search("lt2026-11-24").matches(dayStart))
        #expect(try search("le2026-11-24").matches(lastSecond) && !search("le2026-11-24").matches(nextDay))
        #expect(try search("gt2026-11-24").matches(nextDay) && !search("gt2026-11-24").matches(lastSecond))
        #expect(try search("ge2026-11-24").matches(dayStart) && !search("ge2026-11-24").matches(before))
        #expect(try search("sa2026-11-24").matches(nextDay) && search("eb2026-11-24").matches(before))
    }

    @Test("Malformed dates are refused, not read as something else")
    func badDates() {
        for bad in [
            "", "24-11-2026", "2026-13", "2026-02-30", "2026-1-5", "xx2026", "2026-11-24T10:00", "2026-11-24T25:00:00Z",
            "20261124", "2026-11-24 ", "2026-+1", "2026-11-+4", "+026",
        ] {
            #expect(DateSearch(bad, zone: Self.chicago) == nil, "\(bad)")
        }
    }

    @Test("Tokens: system and code, code alone, system alone, no system; alternatives by comma")
    func tokens() throws {
        let both = try #require(TokenSearch.alternatives("http://loinc.org|718-7"))
        #expect(both == [TokenSearch(system: .named("http://loinc.org"), code: "718-7")])
        #expect(both[0].matches(system: "http://loinc.org", code: "718-7"))
        #expect(!both[0].matches(system: "http://other", code: "718-7"))
        let codeOnly = try #require(TokenSearch.alternatives("718-7,4548-4"))
        #expect(codeOnly.count == 2 && codeOnly[1].matches(system: "x", code: "4548-4"))
        let systemOnly = try #require(TokenSearch.alternatives("http://loinc.org|")?.first)
        #expect(systemOnly.matches(system: "http://loinc.org", code: "1-1") && !systemOnly.matches(system: nil, code: "1-1"))
        let noSystem = try #require(TokenSearch.alternatives("|local-1")?.first)
        #expect(noSystem.matches(system: nil, code: "local-1") && !noSystem.matches(system: "s", code: "local-1"))
        for bad in ["", "|", "a,", ",a", "a|b|c"] { #expect(TokenSearch.alternatives(bad) == nil, "\(bad)") }
    }
}
