import Testing

@testable import PortalHTML

@Suite("Rendering")
struct RenderingTests {
    @Test("Conditionals, loops and optional attributes render as written")
    func builderControlFlow() {
        let names = ["Ana", "Ben"]
        let showNote = false
        let html = ul(.class("kids"), .flag("hidden", false)) {
            for name in names { li { name } }
            if showNote { li { "note" } } else { li { "none" } }
        }.render()
        #expect(html == #"<ul class="kids"><li>Ana</li><li>Ben</li><li>none</li></ul>"#)
    }

    @Test("Void elements have no closing tag and boolean attributes no value")
    func voidElements() {
        #expect(input(.type("email"), .required).render() == #"<input type="email" required>"#)
    }

    @Test("A document starts with the doctype")
    func documentHasDoctype() {
        let bytes = html(.lang("es")) { body { "hola" } }.renderDocument()
        #expect(String(decoding: bytes, as: UTF8.self) == #"<!DOCTYPE html><html lang="es"><body>hola</body></html>"#)
    }

    @Test("A 50-row table renders in well under a millisecond")
    func fiftyRowTableIsFast() {
        let rows = (0..<50).map { ("Hemoglobin \($0)", "13.\($0 % 10)", "g/dL", "12.0-16.0") }
        let page = table {
            thead {
                tr {
                    th { "Test" }; th { "Value" }; th { "Unit" }; th { "Range" }
                }
            }
            tbody {
                for row in rows {
                    tr {
                        td { row.0 }; td { row.1 }; td { row.2 }; td { row.3 }
                    }
                }
            }
        }
        let clock = ContinuousClock()
        var best = Duration.seconds(1)
        for _ in 0..<20 {
            let elapsed = clock.measure { _ = page.renderDocument() }
            best = min(best, elapsed)
        }
        #expect(best < .milliseconds(1))
    }
}
