import PortalCore
import PortalHTML

/// The front page of one patient's record: who they are and what the viewer may see.
enum PatientSummaryPage {
    struct Model: Sendable {
        var name: String
        var legalName: String
        var dateOfBirth: String
        var age: Int
        var recordNumber: String
        var access: AccessDescription
        var sections: [Section]
        var printLinks: [Section]
        /// Who else can see the record: offered to the patient and to staff.
        var accessOverviewLink: String?
    }

    /// A part of the record, with how many items the viewer may see in it.
    struct Section: Sendable {
        var name: LocalizedText
        var count: Int
        var link: String
        /// Results the member has not seen yet.
        var newCount: Int = 0
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: model.name, context: context) {
            h1 { model.name }
            dl(.class("facts")) {
                dt { Strings.patients.legalName(language) }
                dd { model.legalName }
                dt { Strings.patients.dateOfBirth(language) }
                dd { model.dateOfBirth }
                dt { Strings.patients.age(language) }
                dd { Strings.home.age(model.age)(language) }
                dt { Strings.patients.recordNumber(language) }
                dd { model.recordNumber }
            }
            section(Attribute("aria-labelledby", "record-heading")) {
                h2(.id("record-heading")) { Strings.patients.inThisRecord(language) }
                ul(.class("record-sections")) {
                    for part in model.sections {
                        li {
                            a(.href(part.link)) { Strings.patients.section(part.name, part.count)(language) }
                            if part.newCount > 0 {
                                " "
                                span(.class("tag new")) { Strings.patients.newCount(part.newCount)(language) }
                            }
                        }
                    }
                }
                ul(.class("print-links")) {
                    for link in model.printLinks { li { a(.href(link.link)) { link.name(language) } } }
                }
            }
            section(Attribute("aria-labelledby", "access-heading")) {
                h2(.id("access-heading")) { Strings.patients.yourAccess(language) }
                p { model.access.summary(language) }
                p { model.access.explanation(language) }
                if let link = model.accessOverviewLink {
                    p { a(.href(link)) { Strings.accessOverview.title(language) } }
                }
            }
            p(.class("hint")) { Strings.patients.questions(language) }
        }
    }
}
