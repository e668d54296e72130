import PortalCore
import PortalHTML

/// Medications, allergies and immunizations: current items first, each readable on a phone.
enum MedicationListPage {
    struct Model: Sendable {
        var patientName: String
        var recordLink: String
        var items: [HealthListModels.MedicationItem]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.healthLists
        let current = model.items.filter(\.isActive)
        let past = model.items.filter { !$0.isActive }
        return Layout.page(title: words.medicationsFor(model.patientName)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.recordLink)) { Strings.results.backToRecord(language) } }
            h1 { words.medicationsFor(model.patientName)(language) }
            if model.items.isEmpty { p { words.noMedications(language) } }
            for (heading, items) in [(words.current, current), (words.past, past)] where !items.isEmpty {
                h2 { heading(language) }
                ul(.class("item-list")) {
                    for item in items {
                        li {
                            medication(item, language)
                            if let restriction = item.restriction { RestrictionForm.folded(restriction, context: context) }
                        }
                    }
                }
            }
        }
    }

    static func medication(_ item: HealthListModels.MedicationItem, _ language: Language) -> Node {
        let words = Strings.healthLists
        return Node.fragment([
            h3 { item.name },
            item.sensitivityNote.map { note in p(.class("tag confidential")) { note(language) } } ?? Node.empty,
            dl(.class("facts compact")) {
                if let dose = item.dose {
                    dt { words.dose(language) }
                    dd { dose }
                }
                if let instructions = item.instructions {
                    dt { words.instructions(language) }
                    dd { instructions }
                }
                if let prescriber = item.prescriber {
                    dt { words.prescriber(language) }
                    dd { prescriber }
                }
                if let started = item.started {
                    dt { words.started(language) }
                    dd { started }
                }
                if let refills = item.refills, item.isActive {
                    dt { words.refills(language) }
                    dd { String(refills) }
                }
                if let pharmacy = item.pharmacy {
                    dt { words.pharmacy(language) }
                    dd { pharmacy }
                }
                dt { Strings.results.status(language) }
                dd { item.status(language) }
            },
            item.renewal.map { renewal in
                p(.class("renewal")) {
                    if let status = renewal.status {
                        span(.class("tag mode")) { status(language) }
                        " "
                    }
                    a(.href(renewal.link)) { renewal.linkText(language) }
                }
            } ?? Node.empty,
        ])
    }
}

enum AllergyListPage {
    struct Model: Sendable {
        var patientName: String
        var recordLink: String
        var items: [HealthListModels.AllergyItem]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.healthLists
        let current = model.items.filter(\.isActive)
        let past = model.items.filter { !$0.isActive }
        return Layout.page(title: words.allergiesFor(model.patientName)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.recordLink)) { Strings.results.backToRecord(language) } }
            h1 { words.allergiesFor(model.patientName)(language) }
            if model.items.isEmpty { p { words.noAllergies(language) } }
            for (heading, items) in [(words.current, current), (words.past, past)] where !items.isEmpty {
                h2 { heading(language) }
                ul(.class("item-list")) {
                    for item in items {
                        li {
                            allergy(item, language)
                            if let restriction = item.restriction { RestrictionForm.folded(restriction, context: context) }
                        }
                    }
                }
            }
        }
    }

    static func allergy(_ item: HealthListModels.AllergyItem, _ language: Language) -> Node {
        let words = Strings.healthLists
        return Node.fragment([
            h3 { item.substance },
            item.isHighRisk ? p(.class("tag warning")) { "⚠ \(words.highRisk(language))" } : Node.empty,
            item.sensitivityNote.map { note in p(.class("tag confidential")) { note(language) } } ?? Node.empty,
            dl(.class("facts compact")) {
                if let type = item.type {
                    dt { words.kind(language) }
                    dd { type(language) }
                }
                if !item.reactions.isEmpty {
                    dt { words.reactions(language) }
                    dd { item.reactions.joined(separator: ", ") }
                }
                if let severity = item.severity {
                    dt { words.severity(language) }
                    dd { severity(language) }
                }
                if let recorded = item.recorded {
                    dt { words.recorded(language) }
                    dd { recorded }
                }
                dt { Strings.results.status(language) }
                dd { item.status(language) }
            },
        ])
    }
}

enum ImmunizationListPage {
    struct Model: Sendable {
        var patientName: String
        var recordLink: String
        var printLink: String
        var items: [HealthListModels.ImmunizationItem]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.healthLists
        return Layout.page(title: words.immunizationsFor(model.patientName)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.recordLink)) { Strings.results.backToRecord(language) } }
            h1 { words.immunizationsFor(model.patientName)(language) }
            p { a(.href(model.printLink), .class("button secondary")) { words.printRecord(language) } }
            if model.items.isEmpty {
                p { words.noImmunizations(language) }
            } else {
                table(model.items, language)
            }
            let hideable = model.items.filter { $0.restriction != nil }
            if !hideable.isEmpty {
                h2 { Strings.results.restrictHeading(language) }
                ul(.class("item-list")) {
                    for item in hideable {
                        li {
                            "\(item.vaccine), \(item.date)"
                            if let restriction = item.restriction { RestrictionForm.folded(restriction, context: context) }
                        }
                    }
                }
            }
        }
    }

    /// The printed record a school reads: one row per disease a vaccine protects against,
    /// with every dose's number and date (a combination vaccine's dose in each of its rows),
    /// so a child's whole record fits a page. A vaccine the portal cannot place has a row of
    /// its own under the EHR's name.
    static func printTable(_ items: [HealthListModels.ImmunizationItem], _ language: Language) -> Node {
        let words = Strings.healthLists
        let rows = PrintRow.rows(of: items)
        return PortalHTML.table(.class("results immunizations by-vaccine")) {
            thead {
                tr {
                    th(Attribute("scope", "col")) { words.vaccine(language) }
                    th(Attribute("scope", "col")) { words.dosesGiven(language) }
                }
            }
            tbody {
                for row in rows {
                    tr {
                        th(Attribute("scope", "row")) { row.title(language) }
                        td {
                            // Products are named when a row holds more than one vaccine (DTaP
                            // and Tdap), not when one vaccine's name was worded two ways.
                            let named = Set(row.doses.map { $0.code ?? $0.vaccine }).count > 1
                            row.doses.map { item in
                                let date = item.wasGiven ? item.date : "\(item.date) (\(words.notGiven(language)))"
                                let which = [named ? item.vaccine : nil, item.dose?(language)].compactMap { $0 }
                                return which.isEmpty ? date : "\(which.joined(separator: ", ")): \(date)"
                            }.joined(separator: "; ")
                        }
                    }
                }
            }
        }
    }

    private struct PrintRow {
        /// The disease in the reader's language, or a vaccine the portal cannot place as the EHR named it.
        var title: LocalizedText
        var doses: [HealthListModels.ImmunizationItem]

        /// Known groups in the schedule's order, then the others by name; doses oldest first.
        static func rows(of items: [HealthListModels.ImmunizationItem]) -> [PrintRow] {
            var byGroup: [VaccineGroup: [HealthListModels.ImmunizationItem]] = [:]
            var byName: [String: [HealthListModels.ImmunizationItem]] = [:]
            for item in items {
                if item.groups.isEmpty { byName[item.vaccine, default: []].append(item) }
                for group in item.groups { byGroup[group, default: []].append(item) }
            }
            let known = VaccineGroup.allCases.compactMap { group in
                byGroup[group].map { PrintRow(title: group.name, doses: oldestFirst($0)) }
            }
            return known
                + byName.keys.sorted().map {
                    PrintRow(title: LocalizedText(en: $0, es: $0), doses: oldestFirst(byName[$0] ?? []))
                }
        }

        private static func oldestFirst(_ doses: [HealthListModels.ImmunizationItem]) -> [HealthListModels.ImmunizationItem] {
            doses.sorted { ($0.givenOn, $0.vaccine) < ($1.givenOn, $1.vaccine) }
        }
    }

    /// The table a family reads: every dose by vaccine, date, number, where and how it was
    /// given, and its lot; on a phone each dose stacks its facts under the vaccine's name.
    static func table(_ items: [HealthListModels.ImmunizationItem], _ language: Language) -> Node {
        let words = Strings.healthLists
        return PortalHTML.table(.class("results immunizations stack")) {
            thead {
                tr {
                    th(Attribute("scope", "col")) { words.vaccine(language) }
                    th(Attribute("scope", "col")) { words.dateGiven(language) }
                    th(Attribute("scope", "col")) { words.doseNumber(language) }
                    th(Attribute("scope", "col")) { words.site(language) }
                    th(Attribute("scope", "col")) { words.lot(language) }
                }
            }
            tbody {
                for item in items {
                    tr {
                        th(Attribute("scope", "row")) {
                            if item.groups.isEmpty {
                                item.vaccine
                            } else {
                                item.groups.map { $0.name(language) }.joined(separator: "; ")
                                br()
                                span(.class("item-meta")) { item.vaccine }
                            }
                        }
                        td(Attribute("data-label", words.dateGiven(language))) {
                            item.wasGiven ? item.date : "\(item.date) (\(words.notGiven(language)))"
                        }
                        td(Attribute("data-label", words.doseNumber(language))) { item.dose.map { $0(language) } ?? "" }
                        td(Attribute("data-label", words.site(language))) {
                            item.site.map { $0(language) } ?? ""
                            if let route = item.route {
                                if item.site != nil { br() }
                                span(.class("item-meta")) { route(language) }
                            }
                        }
                        td(Attribute("data-label", words.lot(language))) { item.lot ?? "" }
                    }
                }
            }
        }
    }
}
