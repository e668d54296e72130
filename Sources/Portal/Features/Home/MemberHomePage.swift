import PortalCore
import PortalHTML

/// A member's home: each patient they may see today, with name, age and kind of access.
enum MemberHomePage {
    struct PatientCard: Sendable {
        enum Access: Sendable { case own, full, limited, special }
        var name: String
        var age: Int
        var access: Access
        var link: String
    }

    struct Model: Sendable {
        var firstName: String
        var patients: [PatientCard]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.Home.memberTitle(language), context: context) {
            h1 { Strings.Home.memberTitle(language) }
            section(Attribute("aria-labelledby", "patients-heading")) {
                h2(.id("patients-heading")) { Strings.Home.patientsHeading(language) }
                if model.patients.isEmpty {
                    p { Strings.Home.noPatients(language) }
                } else {
                    ul(.class("cards patients")) {
                        for card in model.patients {
                            li(.class("card")) {
                                h3 { a(.href(card.link)) { card.name } }
                                p(.class("age")) { Strings.Home.age(card.age)(language) }
                                p(.class("access")) { accessText(card.access)(language) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func accessText(_ access: PatientCard.Access) -> LocalizedText {
        switch access {
        case .own: Strings.Home.yourOwnRecord
        case .full: Strings.Home.fullAccess
        case .limited: Strings.Home.limitedAccess
        case .special: Strings.Home.specialAccess
        }
    }
}
