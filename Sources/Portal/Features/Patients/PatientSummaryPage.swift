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
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: model.name, context: context) {
            h1 { model.name }
            dl(.class("facts")) {
                dt { Strings.Patients.legalName(language) }
                dd { model.legalName }
                dt { Strings.Patients.dateOfBirth(language) }
                dd { model.dateOfBirth }
                dt { Strings.Patients.age(language) }
                dd { Strings.Home.age(model.age)(language) }
                dt { Strings.Patients.recordNumber(language) }
                dd { model.recordNumber }
            }
            section(Attribute("aria-labelledby", "access-heading")) {
                h2(.id("access-heading")) { Strings.Patients.yourAccess(language) }
                p { model.access.summary(language) }
                p { model.access.explanation(language) }
            }
            p(.class("hint")) { Strings.Patients.questions(language) }
        }
    }
}
