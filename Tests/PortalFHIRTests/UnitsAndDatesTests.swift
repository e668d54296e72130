import Foundation
import PortalCore
import Testing

@testable import PortalFHIR

@Suite("UCUM units and FHIR dates")
struct UnitsAndDatesTests {
    @Test("Units a laboratory sends are well-formed UCUM")
    func validUnits() {
        for unit in [
            "g/dL", "mg/dL", "10*3/uL", "10*6/uL", "%", "fL", "pg", "mmol/L", "ug/dL", "mL/min/{1.73_m2}",
            "[IU]/L", "/uL", "m2", "kg.m-2", "{ratio}", "mm[Hg]", "(mg/dL)/h",
        ] {
            #expect(UCUMSyntax.isValid(unit), "\(unit)")
        }
    }

    @Test("Units with spaces, doubled or dangling operators or broken brackets are refused")
    func invalidUnits() {
        for unit in ["", "mg dL", "g//dL", "g/", "mg/dL/", ".g", "[IU/L", "mg]", "{x", "x}", "()", "mg/(dL", "µg"] {
            #expect(!UCUMSyntax.isValid(unit), "\(unit)")
        }
    }

    @Test("Date-times carry their zone; a day is a day")
    func dateTimes() throws {
        let chicago = TimeZone(identifier: "America/Chicago")!
        #expect(try FHIRDateTime.parse("2025-11-20") == .day(LocalDate(year: 2025, month: 11, day: 20)!))
        let zulu = try FHIRDateTime.parse("2025-11-20T14:30:00Z")
        #expect(try FHIRDateTime.parse("2025-11-20T08:30:00-06:00") == zulu)
        #expect(try FHIRDateTime.parse("2025-11-20T20:00:00.000+05:30") == zulu)
        #expect(zulu.instant(in: chicago) == Date(timeIntervalSince1970: 1_763_649_000))
        // A whole day starts at the hospital's midnight, across the autumn clock change too.
        let changeDay = try FHIRDateTime.parse("2025-11-02").instant(in: chicago)
        #expect(changeDay == Date(timeIntervalSince1970: 1_762_059_600))
    }

    @Test("A time without a zone, a partial date and nonsense are told apart")
    func badDateTimes() {
        #expect(throws: FHIRDateTime.ParseFailure.missingTimeZone) { try FHIRDateTime.parse("2025-11-20T08:30:00") }
        #expect(throws: FHIRDateTime.ParseFailure.partialDate) { try FHIRDateTime.parse("2025-11") }
        #expect(throws: FHIRDateTime.ParseFailure.partialDate) { try FHIRDateTime.parse("2025") }
        for text in ["2025-02-30", "yesterday", "2025-11-20T25:00:00Z", "2025-11-20T08:30:00+5", "2025-11-20 08:30:00Z"] {
            #expect(throws: FHIRDateTime.ParseFailure.notADate, "\(text)") { try FHIRDateTime.parse(text) }
        }
    }

    @Test("The common shape read from its bytes gives the instant the general reading gives, and nothing it refuses")
    func commonShape() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["0", "1", "2", "5", "9", ":", "-", "+", "T", "Z", ".", " ", "é"]
        var texts = [
            "2025-11-20T14:30:00Z", "2025-11-20T08:30:00-06:00", "2024-02-29T23:59:60+14:00", "2025-02-29T10:00:00Z",
            "2025-11-20T24:00:00Z", "2025-11-20T10:60:00Z", "2025-11-20T10:00:00+15:00", "2025-11-20T10:00:00+05:60",
            "2025-11-20T10:00:00-00:00", "2025-13-01T10:00:00Z", "0000-01-01T00:00:00Z", "2025-11-20T10:00:00z",
            "2025-11-20t10:00:00Z", "2025-11-20T10:00:00+0530", "+025-11-20T10:00:00Z", "2025-11-20T1:00:00Z ",
        ]
        for _ in 0..<20_000 {
            // A valid date-time with one to three bytes changed, at either length.
            let zone = Bool.random(using: &generator) ? "Z" : "+05:30"
            let digit = { (range: ClosedRange<Int>) in String(Int.random(in: range, using: &generator)) }
            let day = "20\(digit(10...39))-0\(digit(1...9))-1\(digit(0...9))"
            var bytes = Array("\(day)T1\(digit(0...9)):3\(digit(0...9)):0\(digit(0...9))\(zone)")
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = Character(pieces.randomElement(using: &generator)!)
            }
            texts.append(String(bytes))
        }
        for text in texts {
            let general = try? FHIRDateTime.parseAnyShape(text)
            if let common = FHIRDateTime.parseCommonShape(text) {
                #expect(common == general, "\(text)")
            }
            #expect((try? FHIRDateTime.parse(text)) == general, "\(text)")
        }
        #expect(FHIRDateTime.parseCommonShape("2025-11-20T08:30:00-06:00") == (try FHIRDateTime.parse("2025-11-20T14:30:00Z")))
    }
}
