import PortalCore
import PortalHTML

/// One document, laid out to read on a phone and to print on one sheet with whose it is.
enum DocumentPage {
    struct Model: Sendable {
        var patientName: String
        var patientBirthDate: String
        var title: String
        var date: String
        var author: String
        var paragraphs: [String]
        var sensitivityNote: LocalizedText?
        var listLink: String
        var printedOn: String
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.Documents.self
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
                    dt { words.author(language) }
                    dd { model.author }
                }
                if let note = model.sensitivityNote {
                    p(.class("tag confidential")) { note(language) }
                }
                div(.class("document-body")) {
                    for paragraph in model.paragraphs { p { paragraph } }
                }
                p(.class("print-only")) { words.printedOn(model.printedOn)(language) }
            }
        }
    }
}
