import PortalCore
import PortalHTML

/// The pages families print: a one-page health summary, and an immunization record a
/// school will accept (patient, date of birth, each vaccine with date and dose, the
/// hospital, the date printed).
enum PrintHeader {
    struct Model: Sendable {
        var title: LocalizedText
        var patientName: String
        var dateOfBirth: String
        var hospitalName: String
        var printedOn: String
        /// The record's page, or for a school nurse the page to open another code.
        var backLink: String
        var backText: LocalizedText = Strings.results.backToRecord
        /// What a school nurse is told about the code that opened the record.
        var sharedNotice: String? = nil
    }

    static func render(_ model: Model, _ language: Language) -> Node {
        let words = Strings.healthLists
        return Node.fragment([
            p(.class("breadcrumb")) { a(.href(model.backLink)) { model.backText(language) } },
            model.sharedNotice.map { notice in p(.class("notice screen-only")) { notice } } ?? .empty,
            p(.class("hint screen-only")) {
                words.printHint(language)
                " "
                button(.type("button"), .class("secondary"), Attribute("data-print", ""), Attribute("hidden", nil)) {
                    words.printButton(language)
                }
            },
            h1 { "\(model.title(language)): \(model.patientName)" },
            dl(.class("facts print-facts")) {
                dt { words.patient(language) }
                dd { model.patientName }
                dt { words.dateOfBirth(language) }
                dd { model.dateOfBirth }
                dt { words.issuedBy(language) }
                dd { model.hospitalName }
                dt { words.printedOn(language) }
                dd { model.printedOn }
            },
        ])
    }
}

enum ImmunizationRecordPage {
    struct Model: Sendable {
        var header: PrintHeader.Model
        var items: [HealthListModels.ImmunizationItem]
        var healthCards: HealthCardsSection.Model
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.healthLists
        return Layout.page(title: "\(words.immunizationRecord(language)): \(model.header.patientName)", context: context) {
            article(.class("print-view")) {
                PrintHeader.render(model.header, language)
                if model.items.isEmpty {
                    p { words.noImmunizations(language) }
                } else {
                    ImmunizationListPage.printTable(model.items, language)
                }
                p(.class("hint")) { words.recordStatement(model.header.hospitalName)(language) }
                HealthCardsSection.render(model.healthCards, header: model.header, language)
            }
        }
    }
}

enum HealthSummaryPage {
    struct Model: Sendable {
        var header: PrintHeader.Model
        var allergies: [HealthListModels.AllergyItem]
        var medications: [HealthListModels.MedicationItem]
        var immunizations: [HealthListModels.ImmunizationItem]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.healthLists
        return Layout.page(title: "\(words.healthSummary(language)): \(model.header.patientName)", context: context) {
            article(.class("print-view")) {
                PrintHeader.render(model.header, language)
                section(.class("summary-part")) {
                    h2 { words.allergies(language) }
                    if model.allergies.isEmpty { p { words.noneActive(language) } }
                    ul(.class("summary-list")) {
                        for item in model.allergies {
                            li {
                                strong { item.substance }
                                if !item.reactions.isEmpty { ": \(item.reactions.joined(separator: ", "))" }
                                if let severity = item.severity { " (\(severity(language)))" }
                                if item.isHighRisk { " ⚠ \(words.highRisk(language))" }
                            }
                        }
                    }
                }
                section(.class("summary-part")) {
                    h2 { words.medications(language) }
                    if model.medications.isEmpty { p { words.noneActive(language) } }
                    ul(.class("summary-list")) {
                        for item in model.medications {
                            li {
                                strong { item.name }
                                if let instructions = item.instructions { ": \(instructions)" }
                            }
                        }
                    }
                }
                section(.class("summary-part")) {
                    h2 { words.immunizations(language) }
                    if model.immunizations.isEmpty {
                        p { words.noImmunizations(language) }
                    } else {
                        ImmunizationListPage.printTable(model.immunizations, language)
                    }
                }
            }
        }
    }
}
