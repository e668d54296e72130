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
        var access: MemberHomePage.PatientCard.Access
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
                p { MemberHomePage.accessText(model.access)(language) }
                p { explanation(model.access)(language) }
            }
            p(.class("hint")) { Strings.Patients.questions(language) }
        }
    }

    static func explanation(_ access: MemberHomePage.PatientCard.Access) -> LocalizedText {
        switch access {
        case .own: Strings.Patients.ownExplanation
        case .full: Strings.Patients.fullExplanation
        case .limited: Strings.Patients.limitedExplanation
        case .special: Strings.Patients.specialExplanation
        }
    }
}
