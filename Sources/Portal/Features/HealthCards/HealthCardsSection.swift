import PortalCore
import PortalHTML

/// The QR codes under the printed immunization record: each one a signed card a verifier
/// app reads, drawn as SVG so it prints sharp at any size.
enum HealthCardsSection {
    struct Model: Sendable {
        var codes: [(code: QRCode, vaccines: [LocalizedText])]
        var leftOut: Int
        var fileLink: String
    }

    /// On paper the codes take a page of their own, which names the patient again.
    static func render(_ model: Model, header: PrintHeader.Model, _ language: Language) -> Node {
        let words = Strings.healthCards
        guard !model.codes.isEmpty else { return .empty }
        let total = model.codes.count
        return section(.class("health-cards")) {
            h2 { words.title(language) }
            p(.class("print-only")) {
                strong { header.patientName }
                " · \(Strings.healthLists.dateOfBirth(language)): \(header.dateOfBirth)"
            }
            p(.class("hint")) { words.explanation(header.hospitalName)(language) }
            if model.leftOut > 0 { p(.class("hint")) { words.leftOut(model.leftOut)(language) } }
            div(.class("health-card-codes")) {
                for (index, card) in model.codes.enumerated() {
                    figure(.class("health-card")) {
                        svg(
                            Attribute("viewbox", viewBox(card.code)), .role("img"),
                            .ariaLabel(words.codeLabel(index + 1, total)(language)),
                            Attribute("shape-rendering", "crispEdges")
                        ) {
                            path(Attribute("d", card.code.svgPath), Attribute("fill", "#000"))
                        }
                        figcaption { words.codeCaption(index + 1, total, card.vaccines.map { $0(language) })(language) }
                    }
                }
            }
            p(.class("screen-only")) { a(.href(model.fileLink), Attribute("download", nil)) { words.download(language) } }
        }
    }

    private static func viewBox(_ code: QRCode) -> String {
        let margin = QRCode.quietZone
        return "-\(margin) -\(margin) \(code.sideWithQuietZone) \(code.sideWithQuietZone)"
    }
}
