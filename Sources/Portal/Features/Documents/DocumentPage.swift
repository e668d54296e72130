import PortalCore
import PortalHTML

/// One document, laid out to read on a phone and to print on one sheet with whose it is.
enum DocumentPage {
    /// What the EHR sent: plain text, sanitized HTML, or a PDF offered as a download.
    enum Body: Sendable {
        case paragraphs([String])
        case html(String)
        case pdf(link: String)
    }

    struct Model: Sendable {
        var patientName: String
        var patientBirthDate: String
        var title: String
        var date: String
        var author: String
        var body: Body
        var sensitivityNote: LocalizedText?
        var listLink: String
        var printedOn: String
        var encounter: String?
        var restriction: RestrictionForm.Model?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.documents
        return Layout.page(title: model.title, context: context) {
            p(.class("breadcrumb")) { a(.href(model.listLink)) { words.backToDocuments(language) } }
            article(.class("document")) {
                h1 { model.title }
                dl(.class("facts")) {
                    dt { words.patient(language) }
                    dd { model.patientName }
                    dt { words.dateOfBirth(language) }
                    dd { model.patientBirthDate }
                    dt { words.written(language) }
                    dd { model.date }
                    if !model.author.isEmpty {
                        dt { words.author(language) }
                        dd { model.author }
                    }
                    if let encounter = model.encounter {
                        dt { words.visit(language) }
                        dd { encounter }
                    }
                }
                if let note = model.sensitivityNote {
                    p(.class("tag confidential")) { note(language) }
                }
                div(.class("document-body")) {
                    switch model.body {
                    case .paragraphs(let paragraphs):
                        for paragraph in paragraphs { p { paragraph } }
                    case .html(let html):
                        StoredHTML.render(html)
                    case .pdf(let link):
                        p { a(.href(link), .class("button")) { words.downloadPDF(language) } }
                    }
                }
                p(.class("print-only")) { words.printedOn(model.printedOn)(language) }
            }
            if let restriction = model.restriction { RestrictionForm.render(restriction, context: context) }
        }
    }
}
