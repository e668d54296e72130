import PortalCore
import PortalHTML

/// The imaging reports of one patient, and one report laid out to read on a phone.
enum ImagingListPage {
    struct Item: Sendable {
        var name: String
        var date: String
        var link: String
        var isNew: Bool
        var sensitivityNote: LocalizedText?
    }

    struct Model: Sendable {
        var patientName: String
        var recordLink: String
        var items: [Item]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.imaging
        return Layout.page(title: words.titleFor(model.patientName)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.recordLink)) { Strings.results.backToRecord(language) } }
            h1 { words.titleFor(model.patientName)(language) }
            p { words.intro(language) }
            if model.items.isEmpty {
                p { words.none(language) }
            } else {
                ul(.class("item-list")) {
                    for item in model.items {
                        li {
                            a(.href(item.link)) { item.name }
                            if item.isNew {
                                " "
                                span(.class("tag new")) { Strings.results.new(language) }
                            }
                            p(.class("item-meta")) { item.date }
                            if let note = item.sensitivityNote { p(.class("tag confidential")) { note(language) } }
                        }
                    }
                }
            }
        }
    }
}

enum ImagingReportPage {
    struct Model: Sendable {
        var patientName: String
        var name: String
        var performed: String
        var modality: LocalizedText?
        var bodySite: String?
        var status: LocalizedText
        var findings: [String]
        var impression: String?
        var sensitivityNote: LocalizedText?
        var listLink: String
        var restriction: RestrictionForm.Model?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.imaging
        return Layout.page(title: model.name, context: context) {
            p(.class("breadcrumb")) { a(.href(model.listLink)) { words.backToList(language) } }
            article(.class("document")) {
                h1 { model.name }
                if let note = model.sensitivityNote { p(.class("tag confidential")) { note(language) } }
                dl(.class("facts")) {
                    dt { Strings.documents.patient(language) }
                    dd { model.patientName }
                    dt { words.performed(language) }
                    dd { model.performed }
                    if let modality = model.modality {
                        dt { words.modality(language) }
                        dd { modality(language) }
                    }
                    if let site = model.bodySite {
                        dt { words.bodySite(language) }
                        dd { site }
                    }
                    dt { Strings.results.status(language) }
                    dd { model.status(language) }
                }
                if let impression = model.impression {
                    h2 { words.impression(language) }
                    p(.class("lead")) { impression }
                }
                if !model.findings.isEmpty {
                    h2 { words.findings(language) }
                    div(.class("document-body")) { for paragraph in model.findings { p { paragraph } } }
                }
            }
            if let restriction = model.restriction { RestrictionForm.render(restriction, context: context) }
        }
    }
}
